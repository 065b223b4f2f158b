package vn.sotreem.ui.importing;

import java.nio.file.Path;
import javafx.stage.Window;
import vn.sotreem.exchange.workbook.ImportReport;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.ProgressWindow;
import vn.sotreem.ui.common.UiServices;

/** Import from and export to the register workbook, and import of officers' own lists, on background tasks. */
public final class ExchangeActions {

    private final UiServices services;
    private final ExchangeModel model;
    private final Runnable afterImport;

    public ExchangeActions(UiServices services, ExchangeModel model, Runnable afterImport) {
        this.services = services;
        this.model = model;
        this.afterImport = afterImport;
    }

    /**
     * Choose a file; when old communes were merged into the register's, say whose register it is
     * (as the command line's {@code --old-commune}); check it (dry run), show the summary; import
     * only when the officer agrees.
     */
    public void importWorkbook(Window owner) {
        Path file = services.files().workbookToOpen(owner).orElse(null);
        if (file == null) {
            return;
        }
        BackgroundTask.of(model::communes)
                .onSuccess(communes -> {
                    if (!communes.merged()) { // the file can only be the commune's own
                        check(owner, file, null);
                        return;
                    }
                    OldCommuneDialog.ask(owner, file, OldCommuneDialog.choices(communes.communeName(), communes.former()))
                            .ifPresent(choice -> check(owner, file, choice.code()));
                })
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }

    private void check(Window owner, Path file, String oldCommuneCode) {
        ProgressWindow.run(services, owner, "Đang kiểm tra tệp " + file.getFileName() + "…",
                progress -> model.check(file, oldCommuneCode, services.today().get(), progress),
                report -> {
                    if (ImportSummaryDialog.confirm(owner, file, report)) {
                        apply(owner, file, oldCommuneCode);
                    }
                });
    }

    /** An officer's own list (any Excel sheet or CSV): the wizard maps its columns, checks, then imports. */
    public void importList(Window owner) {
        ListImportModel list = model.listImport();
        BackgroundTask.of(list::start)
                .onSuccess(start -> new ImportWizard(services, list, afterImport).show(owner, start))
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }

    private void apply(Window owner, Path file, String oldCommuneCode) {
        ProgressWindow.run(services, owner, "Đang nhập tệp " + file.getFileName() + "…",
                progress -> model.importAll(file, oldCommuneCode, services.today().get(), progress),
                report -> {
                    afterImport.run();
                    services.dialogs().showInfo(owner, done(report));
                });
    }

    static String done(ImportReport report) {
        if (!report.applied() || report.hasErrors()) {
            return "Tệp có lỗi nên chưa nhập gì. Hãy sửa tệp rồi nhập lại.";
        }
        StringBuilder s = new StringBuilder("Đã nhập xong: ").append(report.added()).append(" trẻ mới, ")
                .append(report.updated()).append(" trẻ được cập nhật.");
        if (report.memberships() + report.supports() > 0) {
            s.append(" Diện HCĐB: ").append(report.memberships()).append("; lần trợ giúp: ").append(report.supports()).append('.');
        }
        if (!report.newVillages().isEmpty()) {
            s.append(" Thôn mới: ").append(String.join(", ", report.newVillages())).append('.');
        }
        if (!report.duplicates().isEmpty()) {
            s.append(" Có ").append(report.duplicates().size()).append(" trường hợp có thể trùng cần xem lại.");
        }
        return s.toString();
    }

    /** Reads the commune's name (for the file name), asks where to save, then writes the workbook. */
    public void exportWorkbook(Window owner) {
        BackgroundTask.of(model::info)
                .onSuccess(info -> {
                    Path file = services.files().workbookToSave(owner,
                            ExchangeModel.suggestedName(info, services.today().get())).orElse(null);
                    if (file == null) {
                        return;
                    }
                    ProgressWindow.run(services, owner, "Đang xuất ra tệp " + file.getFileName() + "…",
                            progress -> model.export(file, services.today().get(), progress),
                            count -> services.dialogs().showInfo(owner, "Đã xuất " + count + " trẻ ra tệp:\n"
                                    + file.toAbsolutePath()));
                })
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }
}
