package vn.sotreem.ui.abuse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.child.Child;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.UiServices;

/**
 * The print menu of a case: the documents {@link CaseDocumentsModel} offers for the case as it
 * stands, each written off the JavaFX thread to the file the officer chooses.
 */
final class CaseDocuments {

    private final UiServices services;
    private final CaseDocumentsModel model;

    CaseDocuments(UiServices services, CaseDocumentsModel model) {
        this.services = services;
        this.model = model;
    }

    /** Fills {@code menu} with the case's documents each time it opens; {@code victims}: the register's record of each victim. */
    void attach(MenuButton menu, Window owner, Supplier<AbuseCase> current, Supplier<Map<Long, Child>> victims) {
        menu.setOnShowing(e -> {
            AbuseCase c = current.get();
            List<CaseDocumentsModel.Document> docs = CaseDocumentsModel.documents(c, victims.get());
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

    void print(Window owner, AbuseCase c, CaseDocumentsModel.Document document) {
        Optional<Path> target = services.files().documentToSave(owner, document.fileName());
        if (target.isEmpty()) {
            return;
        }
        BackgroundTask.ofAction(() -> model.write(document, c, target.get(), services.today().get()))
                .onSuccess(done -> services.dialogs().showInfo(owner, "Đã lưu " + target.get().getFileName()
                        + ". Mở tệp bằng Word hoặc LibreOffice để in. Tài liệu có thông tin mật của trẻ: cất giữ theo NĐ 56/2017 Điều 24."))
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }
}
