package vn.sotreem.ui.report;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import vn.sotreem.domain.report.ReportProblem;

/** A check: "Lỗi"/"Cảnh báo", the message, and a link opening what it is about. */
final class ReportCheckCell extends ListCell<ReportProblem> {
    private final Label tag = new Label();
    private final Label text = new Label();
    private final Hyperlink link = new Hyperlink();
    private final HBox box = new HBox(8, tag, text, link);

    ReportCheckCell(Consumer<ReportProblem> open) {
        tag.getStyleClass().add("check-tag");
        tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tag.setPrefWidth(96);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        link.getStyleClass().add("check-link");
        link.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        link.setOnAction(e -> {
            if (getItem() != null) {
                open.accept(getItem());
            }
        });
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setPrefWidth(0); // as wide as the list, never wider: a long message is cut, not scrolled
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                open.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(ReportProblem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        tag.setText(item.isError() ? "Lỗi" : "Cảnh báo");
        tag.getStyleClass().removeAll("error", "warning");
        tag.getStyleClass().add(item.isError() ? "error" : "warning");
        text.setText(item.message());
        link.setText(ReportPageModel.openText(item));
        setTooltip(new Tooltip(item.message()));
        setText(null);
        setGraphic(box);
    }
}
