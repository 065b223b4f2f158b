package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.DuplicateReason;

class DuplicateQueueRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aPairIsQueuedOnceInEitherOrderAndADecisionIsNotReopened() {
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO,
                RegisterStoreTest.PASSWORD, List.of("Thôn 1"))) {
            Child a = store.saveChild(RegisterStoreTest.child("Lò Thị Mai", LocalDate.of(2017, 1, 1), "Thôn 1"));
            Child b = store.saveChild(RegisterStoreTest.child("Lo Thi Mai", LocalDate.of(2017, 1, 1), "Thôn 1"));
            DuplicateQueueRepository queue = store.duplicateQueueRepository();

            assertTrue(store.<Boolean>inTransaction(c -> queue.queue(c, b.getId(), a.getId(), DuplicateReason.SAME_NAME_AND_BIRTH_DATE)));
            assertFalse(store.<Boolean>inTransaction(c -> queue.queue(c, a.getId(), b.getId(), DuplicateReason.SAME_PERSONAL_ID)));

            List<DuplicateQueueRepository.PossibleDuplicate> pending = store.pendingDuplicates();
            assertEquals(1, pending.size());
            assertEquals(a.getId(), pending.get(0).childIdA());
            assertEquals(b.getId(), pending.get(0).childIdB());
            assertEquals(DuplicateReason.SAME_NAME_AND_BIRTH_DATE, pending.get(0).reason());
            assertEquals(DuplicateQueueRepository.PENDING, pending.get(0).status());

            store.inTransaction(c -> {
                queue.setStatus(c, pending.get(0).id(), "giu_ca_hai");
                return null;
            });
            assertFalse(store.<Boolean>inTransaction(c -> queue.queue(c, a.getId(), b.getId(), DuplicateReason.SAME_NAME_AND_BIRTH_DATE)));
            assertEquals(List.of(), store.pendingDuplicates());
        }
    }
}
