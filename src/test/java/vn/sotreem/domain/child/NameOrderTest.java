package vn.sotreem.domain.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameOrderTest {

    @Test
    void givenNameIsTheLastWord() {
        assertEquals("Ánh", NameOrder.givenName("Nguyễn Thị Ngọc Ánh"));
        assertEquals("Nguyễn Thị Ngọc", NameOrder.familyAndMiddle("Nguyễn Thị Ngọc Ánh"));
        assertEquals("Mai", NameOrder.givenName("Mai"));
        assertEquals("", NameOrder.familyAndMiddle("Mai"));
    }

    @Test
    void lettersComeBeforeTonesAsInVietnameseDictionaries() {
        List<String> expected = List.of("An", "Ánh", "Ăn", "Âu", "Duy", "Đức", "Ông", "Ơn", "Út", "Ưng");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        shuffled.sort(NameOrder.textComparator());
        assertEquals(expected, shuffled);
    }

    @Test
    void tonesOrderNoneHuyenHoiNgaSacNang() {
        List<String> expected = List.of("Ma", "Mà", "Mả", "Mã", "Má", "Mạ");
        List<String> names = new ArrayList<>(List.of("Mạ", "Má", "Mã", "Mả", "Mà", "Ma"));
        names.sort(NameOrder.textComparator());
        assertEquals(expected, names);
    }

    @Test
    void childrenSortByGivenNameThenFamilyThenBirthDate() {
        List<Child> children = new ArrayList<>(List.of(
                child("Nguyễn Văn Bình", 2015),
                child("Trần Thị Ánh", 2016),
                child("Lê Văn Bình", 2014),
                child("Đỗ Minh Đức", 2013),
                child("Phạm Văn An", 2012),
                child("Nguyễn Văn Bình", 2012),
                child("Hoàng Thị Dung", 2017),
                child("Vũ Anh", 2018)));
        children.sort(NameOrder.childComparator());
        assertEquals(List.of(
                "Phạm Văn An 2012", "Vũ Anh 2018", "Trần Thị Ánh 2016", "Lê Văn Bình 2014",
                "Nguyễn Văn Bình 2012", "Nguyễn Văn Bình 2015", "Hoàng Thị Dung 2017", "Đỗ Minh Đức 2013"),
                children.stream().map(c -> c.getFullName() + " " + c.getBirthDate().getYear()).toList());
    }

    @Test
    void tonePlacementVariantsAreTheSameGivenName() {
        List<Child> children = new ArrayList<>(List.of(
                child("Trần Thị Hoà", 2015), child("Lê Văn Hòa", 2015), child("Phạm Thuỷ", 2016),
                child("Bùi Thủy", 2017), child("Vũ Hoa", 2014), child("Đặng Hoá", 2014)));
        children.sort(NameOrder.childComparator());
        assertEquals(List.of("Vũ Hoa", "Lê Văn Hòa", "Trần Thị Hoà", "Đặng Hoá", "Bùi Thủy", "Phạm Thuỷ"),
                children.stream().map(Child::getFullName).toList());
    }

    private static Child child(String name, int year) {
        Child c = new Child();
        c.setFullName(name);
        c.setBirthDate(LocalDate.of(year, 1, 1));
        return c;
    }
}
