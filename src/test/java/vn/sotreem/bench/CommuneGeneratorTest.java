package vn.sotreem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.place.AdminUnits;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/** The generator of the benchmark's commune: counts, Vietnamese names, ages, determinism. No timing. */
class CommuneGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void writesEveryKindOfRecordInTheIssuesProportions(@TempDir Path folder) {
        CommuneGenerator.Size size = CommuneGenerator.Size.scaled(200);
        assertEquals(new CommuneGenerator.Size(200, 12, 30, 50, 4, 5, 20), size);
        try (RegisterStore store = RegisterStore.create(new DataFolder(folder),
                RegisterInfo.of(AdminUnits.get().commune(Benchmark.COMMUNE_CODE).orElseThrow(), "Thử"),
                Benchmark.PASSWORD.toCharArray(), CommuneGenerator.villageNames(size.villages()))) {
            CommuneGenerator.Counts counts = new CommuneGenerator(1, TODAY).generate(store, size);
            assertEquals(new CommuneGenerator.Counts(200, 12, 30, 50, 4, 5, 20), counts);
            assertEquals(200, store.allChildren().size());
            assertEquals(12, store.villages().size());
            assertEquals(30, store.read(tx -> tx.memberships(null)).size());
            assertEquals(50, store.read(tx -> tx.supports(null)).size());
            assertEquals(4, store.read(tx -> tx.abuseCases()).size());
            assertEquals(5, store.read(tx -> tx.abuseCases()).stream().mapToInt(c -> c.getVictims().size()).sum());
            assertEquals(20, store.read(tx -> tx.injuries(null)).size());
        }
    }

    @Test
    void childrenHaveVietnameseNamesAndAgesUpToFifteen() {
        List<Child> children = new CommuneGenerator(7, TODAY).children(CommuneGenerator.Size.scaled(200));
        for (Child child : children) {
            String[] words = child.getFullName().split(" ");
            assertEquals(3, words.length, child.getFullName());
            assertTrue(CommuneGenerator.FAMILY_NAMES.contains(words[0]), child.getFullName());
            int age = child.ageOn(TODAY);
            assertTrue(age >= 0 && age <= 15, child.getFullName() + " " + age);
        }
        assertTrue(children.stream().filter(c -> c.getFullName().startsWith("Nguyễn ")).count() > 40, "Nguyễn is common");
        assertTrue(children.stream().anyMatch(c -> c.getFullName().contains(" Thị ")));
        assertTrue(children.stream().anyMatch(c -> c.getFullName().contains(" Văn ")));
        Set<String> villages = children.stream().map(Child::getVillage).collect(Collectors.toSet());
        assertEquals(12, villages.size());
    }

    @Test
    void sameSeedSameCommune() {
        List<String> first = describe(new CommuneGenerator(42, TODAY).children(CommuneGenerator.Size.scaled(200)));
        List<String> again = describe(new CommuneGenerator(42, TODAY).children(CommuneGenerator.Size.scaled(200)));
        List<String> other = describe(new CommuneGenerator(43, TODAY).children(CommuneGenerator.Size.scaled(200)));
        assertEquals(first, again);
        assertTrue(!first.equals(other));
    }

    private static List<String> describe(List<Child> children) {
        return children.stream().map(c -> c.getFullName() + "|" + c.getBirthDate() + "|" + c.getSex() + "|" + c.getVillage()
                + "|" + c.getFatherName() + "|" + c.getMotherName()).toList();
    }
}
