package vn.sotreem.ui.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import vn.sotreem.ui.common.Views;

/**
 * The report page's preview: every indicator of the period beside the previous period, its
 * breakdowns under it in a tree, filtered as the officer types.
 */
final class ReportPreviewPane {

    @FXML
    private TextField filterField;
    @FXML
    private TreeTableView<ReportPreviewModel.Line> previewTable;
    @FXML
    private TreeTableColumn<ReportPreviewModel.Line, String> nameColumn;
    @FXML
    private TreeTableColumn<ReportPreviewModel.Line, String> currentColumn;
    @FXML
    private TreeTableColumn<ReportPreviewModel.Line, String> previousColumn;
    @FXML
    private TreeTableColumn<ReportPreviewModel.Line, String> changeColumn;
    @FXML
    private TreeTableColumn<ReportPreviewModel.Line, String> unitColumn;

    private final Parent root;
    /** Indicators and headings the officer opened, kept open when the period changes. */
    private final Set<String> expanded = new HashSet<>();
    private List<ReportPreviewModel.Indicator> preview = List.of();

    ReportPreviewPane() {
        this.root = Views.load("ReportPreviewPane.fxml", this);
        text(nameColumn, ReportPreviewModel.Line::text);
        text(currentColumn, ReportPreviewModel.Line::currentText);
        text(previousColumn, ReportPreviewModel.Line::previousText);
        text(changeColumn, ReportPreviewModel.Line::changeText);
        text(unitColumn, ReportPreviewModel.Line::unitText);
        for (TreeTableColumn<ReportPreviewModel.Line, String> number : List.of(currentColumn, previousColumn, changeColumn)) {
            number.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        nameColumn.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("preview-indicator", "preview-cut");
                ReportPreviewModel.Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 30 ? null : new Tooltip(item));
                if (line != null && line.level() != ReportPreviewModel.Level.CELL) {
                    getStyleClass().add(line.level() == ReportPreviewModel.Level.INDICATOR ? "preview-indicator" : "preview-cut");
                }
            }
        });
        previewTable.setFixedCellSize(30);
        previewTable.setPlaceholder(new Label("Chưa có số liệu."));
        filterField.textProperty().addListener((o, was, now) -> showPreview());
    }

    private static void text(TreeTableColumn<ReportPreviewModel.Line, String> column,
                             Function<ReportPreviewModel.Line, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? ""
                : text.apply(c.getValue().getValue())));
    }

    /** Shows {@code indicators} (those of a new period; none: an empty tree), keeping the filter and the opened headings. */
    void show(List<ReportPreviewModel.Indicator> indicators) {
        preview = indicators;
        showPreview();
    }

    private void showPreview() {
        String query = filterField.getText();
        boolean filtering = query != null && !query.isBlank();
        List<ReportPreviewModel.Indicator> lines = ReportPreviewModel.filter(preview, query);
        TreeItem<ReportPreviewModel.Line> top = new TreeItem<>();
        for (ReportPreviewModel.Indicator indicator : lines) {
            TreeItem<ReportPreviewModel.Line> item = item(indicator.line(), filtering);
            for (ReportPreviewModel.Cut cut : indicator.cuts()) {
                TreeItem<ReportPreviewModel.Line> heading = item(cut.heading(), filtering);
                cut.cells().forEach(line -> heading.getChildren().add(new TreeItem<>(line)));
                item.getChildren().add(heading);
            }
            top.getChildren().add(item);
        }
        previewTable.setPlaceholder(new Label(filtering ? "Không có chỉ tiêu hay phân tổ nào khớp với “" + query.trim() + "”."
                : "Chưa có số liệu."));
        previewTable.setRoot(top);
    }

    /** A heading of the tree, opened when the officer had opened it, or while a filter is typed. */
    private TreeItem<ReportPreviewModel.Line> item(ReportPreviewModel.Line line, boolean filtering) {
        TreeItem<ReportPreviewModel.Line> item = new TreeItem<>(line);
        String key = line.indicatorId() + "|" + line.breakdown();
        item.setExpanded(filtering || expanded.contains(key));
        item.expandedProperty().addListener((o, was, now) -> {
            if (!filtering) {
                if (now) {
                    expanded.add(key);
                } else {
                    expanded.remove(key);
                }
            }
        });
        return item;
    }

    /** Selects an indicator's line in the preview (clearing a filter that hides it), opened and in sight. */
    void showIndicator(String indicatorId) {
        TreeItem<ReportPreviewModel.Line> item = find(indicatorId);
        if (item == null && !filterField.getText().isBlank()) {
            filterField.clear();
            item = find(indicatorId);
        }
        if (item == null) {
            return;
        }
        item.setExpanded(true);
        previewTable.getSelectionModel().select(item);
        int row = previewTable.getRow(item);
        previewTable.scrollTo(Math.max(0, row));
        previewTable.requestFocus();
    }

    private TreeItem<ReportPreviewModel.Line> find(String indicatorId) {
        return previewTable.getRoot() == null ? null : previewTable.getRoot().getChildren().stream()
                .filter(i -> i.getValue().indicatorId().equals(indicatorId)).findFirst().orElse(null);
    }

    /** The indicators shown in the preview (after the filter), for tests. */
    List<ReportPreviewModel.Indicator> shown() {
        return ReportPreviewModel.filter(preview, filterField.getText());
    }

    Parent root() {
        return root;
    }
}
