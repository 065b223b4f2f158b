package vn.sotreem.ui.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.Sex;

public class ChildListModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private ChildListModel model;

    public static Child child(long id, String name, LocalDate birth, Sex sex, String village) {
        Child c = new Child();
        c.setId(id);
        c.setCode(String.format("TE%06d", id));
        c.setFullName(name);
        c.setBirthDate(birth);
        c.setSex(sex);
        c.setVillage(village);
        return c;
    }

    @BeforeEach
    void setUp() {
        model = new ChildListModel(() -> TODAY);
        Child moved = child(5, "Phạm Minh Đức", LocalDate.of(2012, 1, 1), Sex.MALE, "Thôn Tây");
        moved.setStatus(ChildStatus.MOVED_AWAY);
        model.setAll(List.of(
                child(1, "Trần Thị Hòa", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông"),
                child(2, "Lê Văn Hoà", LocalDate.of(2021, 7, 9), Sex.MALE, "Thôn Tây"),
                child(3, "Nguyễn Đức Anh", LocalDate.of(2015, 5, 5), Sex.MALE, "Thôn Đông"),
                child(4, "Đỗ Thị Lan", LocalDate.of(2024, 2, 29), Sex.FEMALE, "Thôn Đông"),
                moved));
    }

    private List<String> shownNames() {
        return model.shown().stream().map(Child::getFullName).toList();
    }

    @Test
    void sortsByGivenNameThenFamilyName() {
        assertEquals(List.of("Nguyễn Đức Anh", "Phạm Minh Đức", "Lê Văn Hoà", "Trần Thị Hòa", "Đỗ Thị Lan"), shownNames());
        assertEquals("Đang hiện 5 / 5 trẻ", model.countTextProperty().get());
    }

    @Test
    void searchIgnoresAccentsAndTonePlacement() {
        model.searchProperty().set("hoa");
        assertEquals(List.of("Lê Văn Hoà", "Trần Thị Hòa"), shownNames());
        model.searchProperty().set("Hòa");
        assertEquals(2, model.shown().size());
        model.searchProperty().set("duc");
        assertEquals(List.of("Nguyễn Đức Anh", "Phạm Minh Đức"), shownNames());
        model.searchProperty().set("tran thi");
        assertEquals(List.of("Trần Thị Hòa"), shownNames());
        assertEquals("Đang hiện 1 / 5 trẻ", model.countTextProperty().get());
        model.searchProperty().set("TE000004");
        assertEquals(List.of("Đỗ Thị Lan"), shownNames());
    }

    @Test
    void filtersCombineWithSearch() {
        model.villageProperty().set("Thôn Đông");
        assertEquals(3, model.shown().size());
        model.sexProperty().set(Sex.FEMALE);
        assertEquals(List.of("Trần Thị Hòa", "Đỗ Thị Lan"), shownNames());
        model.ageBandProperty().set(AgeBand.FROM_0_TO_5);
        assertEquals(List.of("Đỗ Thị Lan"), shownNames());
        model.searchProperty().set("hoa");
        assertEquals(List.of(), shownNames());
        assertEquals("Đang hiện 0 / 5 trẻ", model.countTextProperty().get());
        model.clearFilters();
        assertEquals(5, model.shown().size());
        model.statusProperty().set(ChildStatus.MOVED_AWAY);
        assertEquals(List.of("Phạm Minh Đức"), shownNames());
    }

    @Test
    void putAddsInNameOrderAndReplacesById() {
        model.put(child(6, "Vũ Văn Bình", LocalDate.of(2019, 1, 1), Sex.MALE, "Thôn Tây"));
        assertEquals("Vũ Văn Bình", model.shown().get(1).getFullName());
        model.put(child(6, "Vũ Văn Yên", LocalDate.of(2019, 1, 1), Sex.MALE, "Thôn Tây"));
        assertEquals(6, model.all().size());
        assertEquals("Vũ Văn Yên", model.all().get(5).getFullName());
    }

    @Test
    void twentyThousandChildrenFilterQuickly() {
        List<Child> many = new ArrayList<>();
        String[] given = {"Hòa", "Hoà", "Đức", "Lan", "Minh", "Anh", "Bình", "Thủy", "Thuỷ", "Nam"};
        for (int i = 0; i < 20_000; i++) {
            many.add(child(i + 1, "Nguyễn Văn " + given[i % given.length] + " " + i, LocalDate.of(2012 + i % 14, 1 + i % 12, 1 + i % 28),
                    i % 2 == 0 ? Sex.MALE : Sex.FEMALE, "Thôn " + (i % 12)));
        }
        model.setAll(many);
        model.searchProperty().set("h");
        model.searchProperty().set("");
        long start = System.nanoTime();
        model.searchProperty().set("hoa");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(4000, model.shown().size());
        model.searchProperty().set("thuy");
        assertEquals(4000, model.shown().size());
        // Generous bound for slow CI machines; typically a few ms.
        org.junit.jupiter.api.Assertions.assertTrue(millis < 500, "filtering took " + millis + " ms");
    }
}
