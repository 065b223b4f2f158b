package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.RegisterStore;

/** A workbook exported before a case was voided does not bring the case back. */
class AbuseVoidImportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @Test
    void aVoidedCaseInAnOldWorkbookIsSkippedWithAWarning() {
        Path old = dir.resolve("cu.xlsx");
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("a"), "Thôn Đông")) {
            Child may = store.saveChild(RegisterWorkbookRoundTripTest.child("TE000001", "Lò Thị Mây", LocalDate.of(2014, 6, 1),
                    Sex.FEMALE, "Thôn Đông"));
            AbuseCase wrong = store.saveAbuseCase(AbuseCases.simple("XH-2026-001", may.getId(), LocalDate.of(2026, 11, 2), null),
                    TODAY);
            store.saveAbuseCase(AbuseCases.simple("XH-2026-002", may.getId(), LocalDate.of(2026, 11, 5), null), TODAY);
            new RegisterWorkbookExporter(store, TODAY).export(old, Progress.NONE);
            store.voidAbuseCase(wrong.getId(), "Nhập trùng");

            ImportReport report = new RegisterWorkbookImporter(store, TODAY).importAll(old, Progress.NONE);
            assertTrue(report.applied(), report.issues().toString());
            List<ImportIssue> issues = report.issues();
            assertEquals(1, issues.size(), issues.toString());
            assertEquals(Severity.WARNING, issues.get(0).severity());
            assertEquals("Vụ việc XH-2026-001 đã bị hủy trong sổ (nhập nhầm): các dòng của vụ việc này được bỏ qua.",
                    issues.get(0).message());
            assertEquals(List.of("XH-2026-002"), store.read(tx -> tx.abuseCases()).stream().map(AbuseCase::getCode).toList());
            assertEquals(0, report.abuseCases(), "the other case is unchanged");
        }
    }
}
