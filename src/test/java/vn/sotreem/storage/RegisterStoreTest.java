package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.storage.security.WrongPasswordException;

class RegisterStoreTest {

    static final char[] PASSWORD = "mat-khau-dai-1".toCharArray();
    static final RegisterInfo INFO = new RegisterInfo("00004", "Phường Ba Đình", "01", "Thành phố Hà Nội", "Nguyễn Thị Lan");

    @TempDir
    Path dir;

    static Child child(String name, LocalDate birth, String village) {
        Child c = new Child();
        c.setFullName(name);
        c.setBirthDate(birth);
        c.setSex(Sex.FEMALE);
        c.setVillage(village);
        return c;
    }

    @Test
    void createsOpensAndKeepsChildren() {
        DataFolder folder = new DataFolder(dir.resolve("xa"));
        try (RegisterStore store = RegisterStore.create(folder, INFO, PASSWORD, List.of("Thôn Đông", "Thôn Tây"))) {
            Child saved = store.saveChild(child("Trần Thị Hoà", LocalDate.of(2018, 3, 5), "Thôn Đông"));
            assertNotNull(saved.getId());
            assertEquals("TE000001", saved.getCode());
        }
        try (RegisterStore store = RegisterStore.open(folder, PASSWORD)) {
            assertEquals(INFO, store.info());
            assertEquals("Nguyễn Thị Lan", store.userName());
            List<Child> all = store.allChildren();
            assertEquals(1, all.size());
            assertEquals("Trần Thị Hoà", all.get(0).getFullName());
            assertEquals("Thôn Đông", all.get(0).getVillage());
            assertEquals(List.of("Thôn Đông", "Thôn Tây"), store.villages().stream().map(v -> v.name()).toList());
            assertEquals(RegisterStore.LATEST_SCHEMA_VERSION, store.schemaVersion().orElseThrow());
        }
    }

    @Test
    void workAskedAfterClosingIsRefusedInVietnameseWithoutTouchingTheConnection() {
        DataFolder folder = new DataFolder(dir);
        RegisterStore store = RegisterStore.create(folder, INFO, PASSWORD, List.of("Thôn 1"));
        store.saveChild(child("Trần Thị Hoà", LocalDate.of(2018, 3, 5), "Thôn 1"));
        store.close();
        // A background read still running when the window closes asks for more afterwards: before,
        // H2 failed on the closed connection and the rollback logged "Rollback failed: 90007".
        UserFacingException e = assertThrows(UserFacingException.class, store::allChildren);
        assertTrue(e.getMessage().contains("đã được đóng"), e.getMessage());
        store.close(); // closing twice is harmless
        try (RegisterStore again = RegisterStore.open(folder, PASSWORD)) {
            assertEquals(1, again.allChildren().size());
        }
    }

    @Test
    void wrongPasswordIsRefusedInVietnamese() {
        DataFolder folder = new DataFolder(dir);
        RegisterStore.create(folder, INFO, PASSWORD, List.of("Thôn 1")).close();
        UserFacingException e = assertThrows(WrongPasswordException.class,
                () -> RegisterStore.open(folder, "sai-mat-khau".toCharArray()));
        assertTrue(e.getMessage().startsWith("Mật khẩu không đúng"), e.getMessage());
    }

    @Test
    void databaseFileHoldsNoPlainTextName() throws IOException {
        DataFolder folder = new DataFolder(dir);
        try (RegisterStore store = RegisterStore.create(folder, INFO, PASSWORD, List.of("Thôn Quyết Thắngxyzq"))) {
            store.saveChild(child("Nguyen Van Khoa Riengtu", LocalDate.of(2015, 1, 2), "Thôn Quyết Thắngxyzq"));
        }
        byte[] bytes = Files.readAllBytes(folder.databaseFile());
        String asLatin = new String(bytes, StandardCharsets.ISO_8859_1);
        assertFalse(asLatin.contains("Riengtu"), "child's name in plain text");
        assertFalse(asLatin.contains("RIENGTU"));
        String asUtf16 = new String(bytes, StandardCharsets.UTF_16BE);
        assertFalse(asUtf16.contains("Riengtu"));
        assertFalse(asLatin.contains("xyzq"), "village name in plain text");
        assertFalse(Files.readString(folder.keyringFile()).contains("Riengtu"));
    }

    @Test
    void secondOpenOfTheSameRegisterGetsAFriendlyMessage() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (RegisterStore first = RegisterStore.create(folder, INFO, PASSWORD, List.of("Thôn 1"))) {
            // Another process would get 90020; inside one JVM H2 shares the database, so we check the
            // refusal of a second set-up instead and the message of an opened file elsewhere in CliTest.
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> RegisterStore.create(folder, INFO, PASSWORD, List.of()));
            assertTrue(e.getMessage().contains("đã có một sổ"), e.getMessage());
        }
    }

    @Test
    void statusChangesAreKeptNotDeleted() {
        DataFolder folder = new DataFolder(dir);
        try (RegisterStore store = RegisterStore.create(folder, INFO, PASSWORD, List.of("Thôn 1"))) {
            Child saved = store.saveChild(child("Lê Văn Nam", LocalDate.of(2016, 6, 1), "Thôn 1"));
            saved.setStatus(ChildStatus.MOVED_AWAY);
            saved.setStatusDate(LocalDate.of(2026, 9, 1));
            store.saveChild(saved);
            assertEquals(1, store.allChildren().size());
            assertEquals(ChildStatus.MOVED_AWAY, store.child(saved.getId()).orElseThrow().getStatus());
            List<ChildRepository.StatusChange> history = store.query(c -> store.childRepository().statusHistory(c, saved.getId()));
            assertEquals(List.of(ChildStatus.LIVING_HERE, ChildStatus.MOVED_AWAY),
                    history.stream().map(ChildRepository.StatusChange::status).toList());
            assertEquals(LocalDate.of(2026, 9, 1), history.get(1).date());
        }
    }

    @Test
    void duplicatesAreFoundByFoldedNameAndBirthDateOrId() {
        DataFolder folder = new DataFolder(dir);
        try (RegisterStore store = RegisterStore.create(folder, INFO, PASSWORD, List.of("Thôn 1"))) {
            Child first = child("Nguyễn Thị Hòa", LocalDate.of(2017, 2, 3), "Thôn 1");
            first.setPersonalId("001317000123");
            store.saveChild(first);
            assertEquals(1, store.possibleDuplicates(child("Nguyen thi Hoà", LocalDate.of(2017, 2, 3), "Thôn 1")).size());
            assertEquals(0, store.possibleDuplicates(child("Nguyễn Thị Hòa", LocalDate.of(2017, 2, 4), "Thôn 1")).size());
            Child other = child("Phạm Minh", LocalDate.of(2019, 1, 1), "Thôn 1");
            other.setPersonalId("001317000123");
            assertEquals(1, store.possibleDuplicates(other).size());
        }
    }

    @Test
    void failedWriteLeavesNothingHalfDone() {
        DataFolder folder = new DataFolder(dir);
        try (RegisterStore store = RegisterStore.create(folder, INFO, PASSWORD, List.of("Thôn 1"))) {
            assertThrows(RuntimeException.class, () -> store.inTransaction(c -> {
                store.childRepository().save(c, child("Một", LocalDate.of(2016, 1, 1), "Thôn 1"),
                        store.villageRepository().ensure(c, "Thôn Mới"));
                throw new IllegalStateException("disk gone");
            }));
            assertEquals(0, store.allChildren().size());
            assertEquals(1, store.villages().size());
        }
    }

    @Test
    void migrationVersionMatchesNewestMigrationFile() throws Exception {
        Path migrations = Path.of("src/main/resources/db/migration");
        String newest;
        try (var files = Files.list(migrations)) {
            newest = files.map(p -> p.getFileName().toString())
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).orElseThrow();
        }
        assertEquals(newest, RegisterStore.LATEST_SCHEMA_VERSION);
    }
}
