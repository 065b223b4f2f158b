package vn.sotreem.ui.importing;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import javafx.stage.Window;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.exchange.workbook.ImportReport;
import vn.sotreem.exchange.workbook.RegisterWorkbookExporter;
import vn.sotreem.exchange.workbook.RegisterWorkbookImporter;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.common.ProgressWindow;
import vn.sotreem.ui.common.UiServices;

/** Import from and export to the register workbook, and import of officers' own lists, on background tasks. */
public final class ExchangeActions {

    private final UiServices services;
    private final RegisterStore store;
    private final Runnable afterImport;

    public ExchangeActions(UiServices services, RegisterStore store, Runnable afterImport) {
        this.services = services;
        this.store = store;
        this.afterImport = afterImport;
    }

    /** Choose a file, check it (dry run), show the summary; import only when the officer agrees. */
    public void importWorkbook(Window owner) {
        Path file = services.files().workbookToOpen(owner).orElse(null);
        if (file == null) {
            return;
        }
        ProgressWindow.run(services, owner, "Đang kiểm tra tệp " + file.getFileName() + "…",
                progress -> new RegisterWorkbookImporter(store, services.today().get()).dryRun(file, progress),
                report -> {
                    if (ImportSummaryDialog.confirm(owner, file, report)) {
                        apply(owner, file);
                    }
                });
    }

    /** An officer's own list (any Excel sheet or CSV): the wizard maps its columns, checks, then imports. */
    public void importList(Window owner) {
        new ImportWizard(services, store, afterImport).show(owner);
    }

    private void apply(Window owner, Path file) {
        ProgressWindow.run(services, owner, "Đang nhập tệp " + file.getFileName() + "…",
                progress -> new RegisterWorkbookImporter(store, services.today().get()).importAll(file, progress),
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

    public void exportWorkbook(Window owner, RegisterInfo info) {
        String suggested = "so-tre-em-" + VietnameseText.foldKey(info.communeName()) + "-"
                + services.today().get().format(DateTimeFormatter.ofPattern("yyyy-MM-dd")) + ".xlsx";
        Path file = services.files().workbookToSave(owner, suggested).orElse(null);
        if (file == null) {
            return;
        }
        ProgressWindow.run(services, owner, "Đang xuất ra tệp " + file.getFileName() + "…",
                progress -> new RegisterWorkbookExporter(store, services.today().get()).export(file, progress),
                count -> services.dialogs().showInfo(owner, "Đã xuất " + count + " trẻ ra tệp:\n"
                        + file.toAbsolutePath()));
    }
}
