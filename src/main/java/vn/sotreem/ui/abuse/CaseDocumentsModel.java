package vn.sotreem.ui.abuse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.child.Child;
import vn.sotreem.report.CaseForms;
import vn.sotreem.storage.RegisterStore;

/**
 * The documents a case can print: Mẫu 01 per victim, the plan (Mẫu 04), the latest review of
 * each child (Mẫu 06), written as .docx and recorded in the audit log as exports. {@link #write}
 * reads the register and writes a file: run it off the JavaFX thread.
 */
final class CaseDocumentsModel {

    /** One printable document: its menu text, file name and how to write it. */
    record Document(String label, String fileName, Writer writer) {
    }

    @FunctionalInterface
    interface Writer {
        void write(CaseForms forms, Path out);
    }

    private final RegisterStore store;

    CaseDocumentsModel(RegisterStore store) {
        this.store = store;
    }

    /** The documents the case can print now (the plan only once it has rows, reviews once made). */
    static List<Document> documents(AbuseCase c, Map<Long, Child> children) {
        List<Document> docs = new ArrayList<>();
        String code = c.getCode() == null ? "vu-viec" : c.getCode();
        for (AbuseVictim v : c.getVictims()) {
            Child child = children.get(v.childId());
            if (child != null) {
                docs.add(new Document("Mẫu 01 — Báo cáo tiếp nhận: " + child.getFullName(),
                        "Mau01_" + code + "_" + child.getCode() + ".docx", (f, out) -> f.writeIntakeReport(c, child, out)));
            }
        }
        if (!c.currentPlan().isEmpty()) {
            docs.add(new Document("Mẫu 04 — Kế hoạch hỗ trợ, can thiệp", "Mau04_" + code + ".docx",
                    (f, out) -> f.writePlan(c, children, out)));
        }
        Map<Long, Review> latest = new LinkedHashMap<>();
        c.getReviews().forEach(r -> latest.put(r.childId(), r));
        latest.values().forEach(r -> {
            Child child = children.get(r.childId());
            if (child != null) {
                docs.add(new Document("Mẫu 06 — Rà soát, đánh giá: " + child.getFullName(),
                        "Mau06_" + code + "_" + child.getCode() + ".docx", (f, out) -> f.writeReview(c, r, child, out)));
            }
        });
        return docs;
    }

    /** Writes {@code document} of case {@code c} to {@code target}, dated {@code today}, and records the export. */
    void write(Document document, AbuseCase c, Path target, LocalDate today) {
        CaseForms forms = new CaseForms(store.info(), today);
        document.writer().write(forms, target);
        store.audit(AuditAction.EXPORT, "xam_hai", c.getCode(), document.label() + " → " + target.getFileName());
    }
}
