package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.mapping.HeaderMatch;
import vn.sotreem.domain.mapping.ImportMapping;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.common.UserFacingException;

/** Column mappings saved by name survive closing the register, and every change is audited. */
class ImportMappingRepositoryTest {

    private static final char[] PASSWORD = "mat-khau-dai-1".toCharArray();
    private static final RegisterInfo INFO = new RegisterInfo("00004", "Phường Ba Đình", "01", "Thành phố Hà Nội",
            "Nguyễn Thị Lan");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 9, 0);

    @TempDir
    Path dir;

    private List<AuditEntry> mappingAudits(RegisterStore store) {
        return store.auditEntries(AuditFilter.all(), 100).stream().filter(e -> e.entity().equals("cach_ghep_cot")).toList();
    }

    @Test
    void savedMappingRoundTripsWithColumnsValuesSheetAndHeaderRow() {
        ImportMapping mapping = HeaderMatch.propose(List.of("STT", "HỌ VÀ TÊN TRẺ", "Ngày", "Tháng", "Năm", "GT", "Xóm"));
        mapping.setName("Danh sách trạm y tế");
        mapping.setSheetName("DS 2025");
        mapping.setHeaderRow(4);
        mapping.mapValue("gioi_tinh", "1", "nam");
        mapping.mapValue("gioi_tinh", "Nữ", "nu");
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), INFO, PASSWORD, List.of("Xóm 1"))) {
            ImportMappingRepository mappings = store.importMappings();
            assertEquals(List.of(), mappings.names());
            mappings.save(mapping, NOW);
            mappings.save(mapping, NOW.plusDays(30));
            assertEquals(List.of(AuditAction.UPDATE, AuditAction.CREATE),
                    mappingAudits(store).stream().map(AuditEntry::action).toList());
            assertThrows(UserFacingException.class, () -> mappings.save(new ImportMapping(), NOW));
        }
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), PASSWORD)) {
            ImportMappingRepository mappings = store.importMappings();
            assertEquals(List.of("Danh sách trạm y tế"), mappings.names());
            ImportMapping loaded = mappings.load("Danh sách trạm y tế").orElseThrow();
            assertEquals(mapping, loaded);
            assertEquals(Optional.of("nu"), loaded.valueFor("gioi_tinh", "nữ"));
            assertEquals(Optional.empty(), mappings.load("Khác"));
            assertTrue(mappings.delete("Danh sách trạm y tế"));
            assertFalse(mappings.delete("Danh sách trạm y tế"));
            assertEquals(List.of(), mappings.names());
            assertEquals(AuditAction.DELETE, mappingAudits(store).get(0).action());
        }
    }
}
