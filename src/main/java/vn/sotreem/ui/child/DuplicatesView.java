package vn.sotreem.ui.child;

import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.merge.ChildMerge;
import vn.sotreem.domain.merge.MembershipOverlaps;
import vn.sotreem.domain.merge.MembershipOverlaps.Resolution;
import vn.sotreem.domain.merge.ChildMerge.Side;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The duplicates queue: each waiting pair of records side by side, every field of the child form
 * in a row, the rows that differ highlighted with a choice of value. The officer merges the pair
 * into the older record or declares the two children different ("Không trùng").
 */
final class DuplicatesView {

    @FXML
    private ListView<DuplicatesModel.Pair> pairList;
    @FXML
    private GridPane compareGrid;
    @FXML
    private Label message;
    @FXML
    private Button mergeButton;
    @FXML
    private Button notDuplicateButton;

    private final UiServices services;
    private final DuplicatesModel model;
    private final Runnable onChanged;
    private final Parent root;
    private Stage stage;
    /** Opened on two children chosen in the list, not on the queue: nothing else to show after deciding. */
    private boolean chosen;

    /** Reads the waiting pairs in the background, then shows them over {@code owner}. */
    static void open(UiServices services, DuplicatesModel model, Window owner, Runnable onChanged) {
        BackgroundTask.of(model::waitingPairs)
                .onSuccess(pairs -> {
                    DuplicatesView view = new DuplicatesView(services, model, onChanged);
                    view.fill(pairs, 0);
                    view.show(owner);
                })
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }

    /**
     * Reads two children chosen in the children list as a pair, then shows it over {@code owner}
     * ("Gộp hồ sơ…"): any two records can be merged, not only pairs an import or a save queued.
     */
    static void openChosen(UiServices services, DuplicatesModel model, Window owner, long childId, long otherChildId,
                           Runnable onChanged) {
        BackgroundTask.of(() -> model.pairOf(childId, otherChildId))
                .onSuccess(pair -> {
                    DuplicatesView view = new DuplicatesView(services, model, onChanged);
                    view.chosen = true;
                    view.fill(List.of(pair), 0);
                    view.show(owner);
                })
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }

    /** The queue's content, without a window (a test mounts it in a stage of its own); {@link #fill} shows the pairs. */
    DuplicatesView(UiServices services, DuplicatesModel model, Runnable onChanged) {
        this.services = services;
        this.model = model;
        this.onChanged = onChanged;
        this.root = Views.load("DuplicatesView.fxml", this);
        pairList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DuplicatesModel.Pair pair, boolean empty) {
                super.updateItem(pair, empty);
                setText(empty || pair == null ? null : describe(pair));
            }
        });
        pairList.setPlaceholder(new Label("Không còn cặp nào chờ xử lý."));
        pairList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showPair(now));
        mergeButton.disableProperty().bind(pairList.getSelectionModel().selectedItemProperty().isNull());
        notDuplicateButton.disableProperty().bind(pairList.getSelectionModel().selectedItemProperty().isNull());
        compareGrid.getColumnConstraints().addAll(column(215, Priority.NEVER), column(300, Priority.ALWAYS),
                column(300, Priority.ALWAYS));
    }

    private static ColumnConstraints column(double width, Priority grow) {
        ColumnConstraints c = new ColumnConstraints(grow == Priority.ALWAYS ? 200 : width, width,
                grow == Priority.ALWAYS ? Double.MAX_VALUE : width);
        c.setHgrow(grow);
        return c;
    }

    void show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(chosen ? "Gộp hồ sơ" : "Hồ sơ có thể trùng");
        LockedWindows.showAgainAfterUnlock(stage);
        stage.setScene(Theme.scene(root));
        stage.show();
    }

    Parent root() {
        return root;
    }

    /** Shows {@code pairs}, the one at {@code select} (or the last) chosen. */
    void fill(List<DuplicatesModel.Pair> pairs, int select) {
        pairList.getItems().setAll(pairs);
        if (!pairList.getItems().isEmpty()) {
            pairList.getSelectionModel().select(Math.min(select, pairList.getItems().size() - 1));
        } else {
            showPair(null);
        }
    }

    private static String describe(DuplicatesModel.Pair pair) {
        Child older = pair.merge().older();
        Child newer = pair.merge().newer();
        return older.getFullName() + (older.getFullName().equals(newer.getFullName()) ? "" : " / " + newer.getFullName())
                + "\n" + older.getCode() + " và " + newer.getCode();
    }

    private void showPair(DuplicatesModel.Pair pair) {
        compareGrid.getChildren().clear();
        if (pair == null) {
            return;
        }
        ChildMerge merge = pair.merge();
        Child older = merge.older();
        Child newer = merge.newer();
        int row = 0;
        compareGrid.addRow(row++, cell(new Label("Mục"), "merge-head"),
                cell(new Label("Hồ sơ " + older.getCode() + " (cũ hơn, giữ mã này)"), "merge-head"),
                cell(new Label("Hồ sơ " + newer.getCode()), "merge-head"));
        for (int i = 0; i < pair.overlaps().size(); i++) { // first: the merge waits for them
            row = showOverlap(merge, pair.overlaps().get(i), i, row);
        }
        for (ChildField field : ChildMerge.FIELDS) {
            Label name = new Label(field.label());
            name.getStyleClass().add("field-label");
            if (!merge.differs(field)) {
                compareGrid.addRow(row++, cell(name), cell(value(merge.text(field, Side.OLDER))),
                        cell(value(merge.text(field, Side.NEWER))));
                continue;
            }
            ToggleGroup choice = new ToggleGroup();
            RadioButton left = choiceButton(merge, field, Side.OLDER, choice);
            RadioButton right = choiceButton(merge, field, Side.NEWER, choice);
            compareGrid.addRow(row++, cell(name, "merge-diff"), cell(left, "merge-diff"), cell(right, "merge-diff"));
        }
        compareGrid.addRow(row++, cell(bold("Hồ sơ kèm theo")), cell(value(pair.olderLinked())), cell(value(pair.newerLinked())));
        showMessage((pair.reason() == null ? "Hai hồ sơ chọn từ danh sách trẻ." : "Nghi trùng vì " + pair.reason().label() + ".")
                + (pair.overlaps().isEmpty() ? "" : " Có đợt HCĐB chồng nhau: chọn cách giữ ở các dòng đầu bảng.")
                + " Gộp: hồ sơ " + newer.getCode() + " được gộp vào " + older.getCode()
                + "; mọi đợt HCĐB, trợ giúp, tai nạn và vụ việc của hai hồ sơ được giữ.", false);
    }

    /** Two memberships of one group whose periods overlap: keep the older's, the newer's, or join the periods. */
    private int showOverlap(ChildMerge merge, MembershipOverlaps.Conflict conflict, int index, int row) {
        MembershipOverlaps overlaps = merge.memberships();
        ToggleGroup group = new ToggleGroup();
        RadioButton older = overlapButton(overlaps, conflict, Resolution.KEEP_OLDER, "Giữ đợt " + period(conflict.ofOlder()), group);
        RadioButton newer = overlapButton(overlaps, conflict, Resolution.KEEP_NEWER, "Giữ đợt " + period(conflict.ofNewer()), group);
        RadioButton join = overlapButton(overlaps, conflict, Resolution.JOIN, "Nối thành một đợt "
                + period(conflict.joined()), group);
        older.setId("overlap_" + index + "_older");
        newer.setId("overlap_" + index + "_newer");
        join.setId("overlap_" + index + "_join");
        Label name = new Label("Nhóm " + conflict.ofOlder().group().code() + " chồng nhau");
        name.getStyleClass().add("field-label");
        compareGrid.addRow(row, cell(name, "merge-diff"), cell(older, "merge-diff"), cell(newer, "merge-diff"));
        compareGrid.addRow(row + 1, cell(new Label(""), "merge-diff"), cell(join, "merge-diff"), cell(new Label(""), "merge-diff"));
        return row + 2;
    }

    private static RadioButton overlapButton(MembershipOverlaps overlaps, MembershipOverlaps.Conflict conflict,
                                             Resolution resolution, String text, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setWrapText(true);
        button.setToggleGroup(group);
        button.setSelected(overlaps.resolution(conflict).orElse(null) == resolution);
        button.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                overlaps.resolve(conflict, resolution);
            }
        });
        return button;
    }

    private static String period(Membership m) {
        return (m.subCase() == null ? "" : m.subCase().code() + " ") + "từ " + DateText.format(m.fromDate())
                + (m.toDate() == null ? " (chưa kết thúc)" : " đến " + DateText.format(m.toDate()));
    }

    private static RadioButton choiceButton(ChildMerge merge, ChildField field, Side side, ToggleGroup group) {
        String text = merge.text(field, side);
        RadioButton button = new RadioButton(text.isEmpty() ? "(để trống)" : text);
        button.setId((side == Side.OLDER ? "older_" : "newer_") + field.key());
        button.setWrapText(true);
        button.setToggleGroup(group);
        button.setSelected(merge.choice(field) == side);
        button.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                merge.choose(field, side);
            }
        });
        return button;
    }

    private static Label value(String text) {
        Label label = new Label(text.isEmpty() ? "—" : text);
        label.setWrapText(true);
        return label;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static StackPane cell(Node content, String... styles) {
        StackPane cell = new StackPane(content);
        cell.setAlignment(Pos.CENTER_LEFT);
        cell.getStyleClass().add("merge-cell");
        cell.getStyleClass().addAll(styles);
        cell.setMaxWidth(Double.MAX_VALUE);
        return cell;
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.getStyleClass().remove("msg-error");
        if (error) {
            message.getStyleClass().add("msg-error");
        }
    }

    @FXML
    private void merge() {
        DuplicatesModel.Pair pair = pairList.getSelectionModel().getSelectedItem();
        if (pair == null) {
            return;
        }
        Child older = pair.merge().older();
        Child newer = pair.merge().newer();
        if (!services.dialogs().confirm(stage, "Gộp hồ sơ " + newer.getCode() + " vào hồ sơ " + older.getCode() + " ("
                + older.getFullName() + ")? Hồ sơ " + newer.getCode() + " sẽ không còn trong danh sách; việc gộp được ghi "
                + "vào nhật ký.", "Gộp")) {
            return;
        }
        LocalDate today = services.today().get();
        decide(() -> chosen ? model.mergeChosen(pair.merge(), today) : model.merge(pair.merge(), today),
                "Đã gộp hồ sơ " + newer.getCode() + " vào " + older.getCode() + ".");
    }

    @FXML
    private void notDuplicate() {
        DuplicatesModel.Pair pair = pairList.getSelectionModel().getSelectedItem();
        if (pair == null) {
            return;
        }
        decide(() -> {
            List<DuplicatesModel.Pair> waiting = model.markNotDuplicate(pair.merge());
            return chosen ? List.<DuplicatesModel.Pair>of() : waiting;
        }, "Đã ghi: " + pair.merge().older().getCode() + " và " + pair.merge().newer().getCode()
                + " là hai trẻ khác nhau; cặp này sẽ không được đề xuất lại.");
    }

    /** Writes the officer's decision in the background, then shows the pairs still waiting and {@code done}. */
    private void decide(java.util.concurrent.Callable<List<DuplicatesModel.Pair>> write, String done) {
        int index = pairList.getSelectionModel().getSelectedIndex();
        mergeButton.disableProperty().unbind();
        notDuplicateButton.disableProperty().unbind();
        mergeButton.setDisable(true);
        notDuplicateButton.setDisable(true);
        BackgroundTask.of(write)
                .onSuccess(pairs -> {
                    onChanged.run();
                    fill(pairs, index);
                    showMessage(done, false);
                })
                .onFailure(error -> showMessage(ErrorMessages.describe(error), true))
                .onFinished(() -> {
                    mergeButton.disableProperty().bind(pairList.getSelectionModel().selectedItemProperty().isNull());
                    notDuplicateButton.disableProperty().bind(pairList.getSelectionModel().selectedItemProperty().isNull());
                })
                .run(services.runner());
    }

    @FXML
    private void close() {
        stage.close();
    }
}
