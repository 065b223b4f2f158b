package vn.sotreem.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.exchange.workbook.ImportReport;
import vn.sotreem.ui.common.Theme;

/** What a dry run found; errors block the import, otherwise the officer chooses "Nhập". */
public final class ImportSummaryDialog {

    private ImportSummaryDialog() {
    }

    static List<String> summaryLines(ImportReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("Trẻ mới sẽ thêm: " + report.added());
        lines.add("Trẻ đã có sẽ cập nhật: " + report.updated());
        lines.add("Diện hoàn cảnh đặc biệt (sheet HCDB): " + report.memberships() + "; lần trợ giúp (sheet TroGiup): "
                + report.supports());
        lines.add("Vụ việc xâm hại thêm hoặc cập nhật (sheet XamHai): " + report.abuseCases());
        lines.add("Tai nạn, thương tích thêm hoặc cập nhật (sheet TNTT): " + report.injuries());
        lines.add("Thôn mới sẽ tạo: " + (report.newVillages().isEmpty() ? "không có"
                : report.newVillages().size() + " (" + String.join(", ", report.newVillages()) + ")"));
        lines.add("Có thể trùng (sẽ đưa vào danh sách cần xem lại): " + report.duplicates().size());
        lines.add("Lỗi: " + report.errors().size() + "; cảnh báo: " + report.warnings().size());
        return lines;
    }

    /** Shows the summary; true when the officer chose to import. */
    public static boolean confirm(Window owner, Path file, ImportReport report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Kiểm tra tệp trước khi nhập");
        dialog.setHeaderText("Tệp " + file.getFileName());
        VBox box = new VBox(6);
        for (String line : summaryLines(report)) {
            box.getChildren().add(new Label(line));
        }
        List<String> details = new ArrayList<>();
        report.errors().stream().map(i -> "Lỗi — " + i.describe()).forEach(details::add);
        report.warnings().stream().map(i -> "Cảnh báo — " + i.describe()).forEach(details::add);
        report.duplicates().stream().map(d -> "Có thể trùng — " + d).forEach(details::add);
        if (!details.isEmpty()) {
            TextArea list = new TextArea(String.join("\n", details));
            list.setId("importIssues");
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefSize(640, 240);
            box.getChildren().add(list);
        }
        ButtonType close = new ButtonType("Đóng", ButtonBar.ButtonData.CANCEL_CLOSE);
        if (report.hasErrors()) {
            Label blocked = new Label("Tệp có " + report.errors().size() + " lỗi nên chưa thể nhập. "
                    + "Hãy sửa các dòng ghi ở trên trong tệp Excel rồi nhập lại. Sổ chưa bị thay đổi.");
            blocked.setWrapText(true);
            blocked.getStyleClass().addAll("field-message", "msg-error");
            box.getChildren().add(blocked);
            dialog.getDialogPane().getButtonTypes().add(close);
        } else {
            ButtonType importNow = new ButtonType("Nhập", ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().addAll(importNow, new ButtonType("Hủy", ButtonBar.ButtonData.CANCEL_CLOSE));
        }
        box.setPrefWidth(660);
        dialog.getDialogPane().setContent(box);
        Theme.style(dialog.getDialogPane());
        return dialog.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

}
