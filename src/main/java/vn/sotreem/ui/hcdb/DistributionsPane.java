package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.Distribution;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The HCĐB page's tab "Các đợt trợ giúp": each distribution day ("Trợ giúp hàng loạt…") as one
 * entry, corrected (date, type, provider, amount, note) or voided as a whole, in one transaction.
 */
final class DistributionsPane {

    @FXML
    private Button editDistributionButton;
    @FXML
    private Button voidDistributionButton;
    @FXML
    private TableView<Distribution> distributionTable;
    @FXML
    private TableColumn<Distribution, String> dayColumn;
    @FXML
    private TableColumn<Distribution, String> dayTypeColumn;
    @FXML
    private TableColumn<Distribution, String> dayProviderColumn;
    @FXML
    private TableColumn<Distribution, String> dayAmountColumn;
    @FXML
    private TableColumn<Distribution, String> dayChildrenColumn;
    @FXML
    private TableColumn<Distribution, String> dayNoteColumn;
    @FXML
    private Label distributionMessage;

    private final UiServices services;
    private final HcdbModel register;
    private final Consumer<Runnable> reload;
    private final Node root;

    /** {@code reload} reads the page again and then runs the action given (the message, the dialog's closing). */
    DistributionsPane(UiServices services, HcdbModel register, boolean canEdit, Consumer<Runnable> reload) {
        this.services = services;
        this.register = register;
        this.reload = reload;
        this.root = Views.load("DistributionsPane.fxml", this);
        col(dayColumn, d -> DateText.format(d.support().date()));
        col(dayTypeColumn, d -> d.support().type().label());
        col(dayProviderColumn, d -> d.support().provider());
        col(dayAmountColumn, d -> SupportFormModel.formatAmount(d.support().amount()));
        dayAmountColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        col(dayChildrenColumn, d -> d.childCount() + " trẻ");
        col(dayNoteColumn, d -> d.support().note());
        distributionTable.setPlaceholder(new Label("Chưa có đợt trợ giúp hàng loạt nào."));
        for (Button b : List.of(editDistributionButton, voidDistributionButton)) {
            b.disableProperty().bind(distributionTable.getSelectionModel().selectedItemProperty().isNull());
            b.setVisible(canEdit);
            b.setManaged(canEdit);
        }
        distributionMessage.managedProperty().bind(distributionMessage.textProperty().isNotEmpty());
    }

    private static <T> void col(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue()) == null ? "" : text.apply(c.getValue())));
    }

    Node root() {
        return root;
    }

    void show(List<Distribution> distributions) {
        distributionTable.getItems().setAll(distributions);
    }

    private Window window() {
        return Views.windowOf(root);
    }

    private LocalDate today() {
        return services.today().get();
    }

    private static String describe(Distribution d) {
        return "đợt \"" + d.support().type().label() + "\" ngày " + DateText.format(d.support().date()) + " cho "
                + d.childCount() + " trẻ";
    }

    @FXML
    private void editDistribution() {
        Distribution chosen = distributionTable.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        new SupportDialog(window(), "Sửa đợt trợ giúp", "Sửa " + describe(chosen)
                + " (mọi trẻ của đợt được sửa cùng lúc)", null, chosen.support(), today(), (template, form) -> {
            form.saveButton.setDisable(true);
            LocalDate today = today();
            BackgroundTask.of(() -> register.correctDistribution(chosen.id(), template, today))
                    .onSuccess(saved -> reload.accept(() -> {
                        distributionMessage.getStyleClass().remove("msg-error");
                        distributionMessage.setText("Đã sửa đợt trợ giúp cho " + saved.size() + " trẻ.");
                        form.close();
                    }))
                    .onFailure(e -> form.formMessage.setText("Chưa sửa cho trẻ nào. " + ErrorMessages.describe(e)))
                    .onFinished(() -> form.saveButton.setDisable(false))
                    .run(services.runner());
        }).show();
    }

    @FXML
    private void voidDistribution() {
        Distribution chosen = distributionTable.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        new VoidDialog(window(), "Hủy đợt trợ giúp nhập nhầm", "Hủy cả " + describe(chosen) + ".", (reason, form) -> {
            form.saveButton.setDisable(true);
            BackgroundTask.of(() -> register.voidDistribution(chosen.id(), reason))
                    .onSuccess(count -> reload.accept(() -> {
                        distributionMessage.getStyleClass().remove("msg-error");
                        distributionMessage.setText("Đã hủy đợt trợ giúp của " + count + " trẻ.");
                        form.close();
                    }))
                    .onFailure(e -> form.formMessage.setText(ErrorMessages.describe(e)))
                    .onFinished(() -> form.saveButton.setDisable(false))
                    .run(services.runner());
        }).show();
    }
}
