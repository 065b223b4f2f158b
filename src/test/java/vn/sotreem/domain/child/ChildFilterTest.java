package vn.sotreem.domain.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.common.Sex;

class ChildFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Child child(String name, Sex sex, String village, LocalDate birth, ChildStatus status) {
        Child c = new Child();
        c.setFullName(name);
        c.setSex(sex);
        c.setVillage(village);
        c.setBirthDate(birth);
        c.setStatus(status);
        return c;
    }

    private final List<Child> children = List.of(
            child("Nguyễn Thị Hòa", Sex.FEMALE, "Thôn Đông", LocalDate.of(2020, 1, 1), ChildStatus.LIVING_HERE),
            child("Trần Văn Hoà", Sex.MALE, "Thôn Tây", LocalDate.of(2012, 1, 1), ChildStatus.LIVING_HERE),
            child("Lê Minh Đức", Sex.MALE, "Thôn Đông", LocalDate.of(2016, 1, 1), ChildStatus.MOVED_AWAY),
            child("Phạm Thị Hoa", Sex.FEMALE, "Thôn Tây", LocalDate.of(2011, 6, 1), ChildStatus.LIVING_HERE),
            child("Đinh Văn Khoa", Sex.MALE, "Thôn Tây", LocalDate.of(2019, 6, 1), ChildStatus.LIVING_HERE));

    private List<String> names(ChildFilter filter) {
        return children.stream().filter(filter.toPredicate()).map(Child::getFullName).toList();
    }

    @Test
    void searchWithoutDiacriticsFindsBothTonePlacementsAndPlainSpelling() {
        assertEquals(List.of("Nguyễn Thị Hòa", "Trần Văn Hoà", "Phạm Thị Hoa"),
                names(new ChildFilter("hoa", null, null, null, null, TODAY)));
        assertEquals(List.of("Lê Minh Đức"), names(new ChildFilter("duc", null, null, null, null, TODAY)));
        assertEquals(List.of("Lê Minh Đức"), names(new ChildFilter("Đức", null, null, null, null, TODAY)));
        assertEquals(List.of("Nguyễn Thị Hòa"), names(new ChildFilter("nguyen thi h", null, null, null, null, TODAY)));
        assertEquals(List.of("Đinh Văn Khoa"), names(new ChildFilter("khoa", null, null, null, null, TODAY)),
                "matches start at a word: hoa does not find Khoa, khoa does");
        assertEquals(List.of("Đinh Văn Khoa"), names(new ChildFilter("dinh", null, null, null, null, TODAY)));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("Nguyễn Thị Hòa", "Lê Minh Đức"),
                names(new ChildFilter("", "Thôn Đông", null, null, null, TODAY)));
        assertEquals(List.of("Trần Văn Hoà"),
                names(new ChildFilter("hoa", null, Sex.MALE, null, null, TODAY)));
        assertEquals(List.of("Trần Văn Hoà", "Phạm Thị Hoa"),
                names(new ChildFilter("", null, null, AgeBand.FROM_14_TO_15, null, TODAY)));
        assertEquals(List.of("Nguyễn Thị Hòa", "Đinh Văn Khoa"),
                names(new ChildFilter("", null, null, AgeBand.FROM_6_TO_9, null, TODAY)));
        assertEquals(List.of("Lê Minh Đức"),
                names(new ChildFilter("", null, null, null, ChildStatus.MOVED_AWAY, TODAY)));
        assertEquals(5, names(ChildFilter.none(TODAY)).size());
    }

    @Test
    void findListsMatchesInNameOrderUpToALimit() {
        List<String> all = ChildFilter.find(children, " hoa ", 10).stream().map(Child::getFullName).toList();
        assertEquals(List.of("Phạm Thị Hoa", "Nguyễn Thị Hòa", "Trần Văn Hoà"), all, "given name first, then family name");
        assertEquals(all.subList(0, 2), ChildFilter.find(children, "hoa", 2).stream().map(Child::getFullName).toList());
        assertEquals(List.of(), ChildFilter.find(children, "  ", 10), "nothing typed, nothing listed");
        assertEquals(List.of("Lê Minh Đức"), ChildFilter.find(children, "le minh", 10).stream().map(Child::getFullName).toList(),
                "any status: a moved-away child is found too");
    }
}
