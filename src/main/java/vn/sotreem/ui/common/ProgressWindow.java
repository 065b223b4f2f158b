package vn.sotreem.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import vn.sotreem.domain.common.Progress;

/** Runs long work on a background task with a progress bar and a Cancel button. */
public final class ProgressWindow {

    private ProgressWindow() {
    }

    /** Marks windows that stay visible when the idle lock hides the others: they show no personal data. */
    public static final String KEEP_WHEN_LOCKED = "sotreem.keepWhenLocked";

    public static <T> void run(UiServices services, Window owner, String title, Function<Progress, T> work,
                        Consumer<T> onSuccess) {
        run(services, owner, title, work, onSuccess, () -> { });
    }

    /** As above; {@code afterFailure} runs after the error (or "cancelled") message was shown. */
    public static <T> void run(UiServices services, Window owner, String title, Function<Progress, T> work,
                        Consumer<T> onSuccess, Runnable afterFailure) {
        ProgressTask<T> task = new ProgressTask<>(work);
        Label label = new Label(title);
        label.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setId("workProgress");
        bar.setPrefWidth(380);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button("Hủy");
        cancel.setId("cancelWorkButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            label.setText("Đang dừng…");
            task.cancel();
        });
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, label, bar, buttons);
        box.setPadding(new Insets(20));
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Sổ Trẻ Em");
        stage.getProperties().put(KEEP_WHEN_LOCKED, true);
        stage.setScene(Theme.scene(box));
        stage.setOnCloseRequest(e -> {
            e.consume();
            cancel.fire();
        });
        task.setOnSucceeded(e -> {
            stage.close();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            stage.close();
            services.dialogs().showError(owner, ErrorMessages.describe(task.getException()));
            afterFailure.run();
        });
        task.setOnCancelled(e -> {
            stage.close();
            services.dialogs().showInfo(owner, new Progress.CancelledException().getMessage());
            afterFailure.run();
        });
        stage.show();
        services.runner().start(task);
    }
}
