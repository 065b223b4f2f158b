package vn.sotreem.ui.abuse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.report.CaseForms;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.UiServices;

/**
 * The print menu of a case: Mẫu 01 per victim, the plan (Mẫu 04), the latest review of each child
 * (Mẫu 06), written as .docx off the JavaFX thread and recorded in the audit log as exports.
 */
final class CaseDocuments {

    /** One printable document: its menu text, file name and how to write it. */
    record Document(String label, String fileName, Writer writer) {
    }

    @FunctionalInterface
    interface Writer {
        void write(CaseForms forms, Path out);
    }

    private final UiServices services;
    private final RegisterStore store;

    CaseDocuments(UiServices services, RegisterStore store) {
        this.services = services;
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

    /** Fills {@code menu} with the case's documents each time it opens. */
    void attach(MenuButton menu, Window owner, java.util.function.Supplier<AbuseCase> current) {
        menu.setOnShowing(e -> {
            AbuseCase c = current.get();
            Map<Long, Child> children = new LinkedHashMap<>();
            c.getVictims().forEach(v -> store.child(v.childId()).ifPresent(child -> children.put(v.childId(), child)));
            List<Document> docs = documents(c, children);
            if (docs.isEmpty()) {
                MenuItem none = new MenuItem("Chưa có trẻ nào để in biểu mẫu");
                none.setDisable(true);
                menu.getItems().setAll(none);
                return;
            }
            menu.getItems().setAll(docs.stream().map(d -> {
                MenuItem item = new MenuItem(d.label());
                item.setOnAction(a -> print(owner, c.copy(), d));
                return item;
            }).toList());
        });
    }

    void print(Window owner, AbuseCase c, Document document) {
        Optional<Path> target = services.files().documentToSave(owner, document.fileName());
        if (target.isEmpty()) {
            return;
        }
        CaseForms forms = new CaseForms(store.info(), services.today().get());
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                document.writer().write(forms, target.get());
                store.audit(AuditAction.EXPORT, "xam_hai", c.getCode(), document.label() + " → " + target.get().getFileName());
                return null;
            }
        };
        task.setOnSucceeded(e -> services.dialogs().showInfo(owner, "Đã lưu " + target.get().getFileName()
                + ". Mở tệp bằng Word hoặc LibreOffice để in. Tài liệu có thông tin mật của trẻ: cất giữ theo NĐ 56/2017 Điều 24."));
        task.setOnFailed(e -> services.dialogs().showError(owner, ErrorMessages.describe(task.getException())));
        services.runner().start(task);
    }
}
