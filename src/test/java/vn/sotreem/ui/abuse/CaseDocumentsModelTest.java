package vn.sotreem.ui.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.UiTestSupport;

/** The case documents without a screen, on a real register: what a case can print, written and recorded. */
class CaseDocumentsModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @Test
    void aCaseJustReceivedPrintsItsIntakeReportWhichIsRecordedAsAnExport() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Nguyễn Văn Đức", LocalDate.of(2015, 9, 12), Sex.MALE, "Thôn Tây")));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            Child duc = store.allChildren().get(0);
            AbuseCase c = store.saveAbuseCase(AbuseCases.simple("XH-2026-001", duc.getId(), TODAY, LocalTime.of(8, 30)), TODAY);

            List<CaseDocumentsModel.Document> docs = CaseDocumentsModel.documents(c, Map.of(duc.getId(), duc));
            assertEquals(List.of("Mẫu 01 — Báo cáo tiếp nhận: Nguyễn Văn Đức"), docs.stream().map(CaseDocumentsModel.Document::label).toList(),
                    "no plan rows, no review: only the intake report");
            assertEquals("Mau01_XH-2026-001_" + duc.getCode() + ".docx", docs.get(0).fileName());
            assertEquals(List.of(), CaseDocumentsModel.documents(c, Map.of()), "a victim not in the register prints nothing");

            Path out = dir.resolve(docs.get(0).fileName());
            new AbuseModel(store).documents().write(docs.get(0), c, out, TODAY);
            try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertTrue(text.getText().contains("Nguyễn Văn Đức"), text.getText());
            }
            assertEquals(1, store.auditEntries(new AuditFilter(null, AuditAction.EXPORT, null, null, "Mẫu 01"), 10).size());
        }
    }
}
