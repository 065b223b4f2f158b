package vn.sotreem.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A small modal form window: title, fields, a message line and Lưu / Hủy. */
public final class FormDialog {

    final Stage stage = new Stage();
    public final VBox fields = new VBox(6);
    public final Label formMessage = new Label();
    public final Button saveButton = new Button("Lưu (Enter)");
    final Button cancelButton = new Button("Hủy (Esc)");

    public FormDialog(Window owner, String title, String heading, String hint) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        LockedWindows.showAgainAfterUnlock(stage);
        Label head = new Label(heading);
        head.getStyleClass().add("page-title");
        head.setWrapText(true);
        VBox top = new VBox(2, head);
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().add("muted");
            h.setWrapText(true);
            top.getChildren().add(h);
        }
        top.setPadding(new Insets(14, 20, 6, 20));
        fields.setPadding(new Insets(6, 20, 10, 20));
        formMessage.setId("dialogMessage");
        formMessage.getStyleClass().addAll("field-message", "msg-error");
        formMessage.setWrapText(true);
        formMessage.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(formMessage, Priority.ALWAYS);
        saveButton.setId("dialogSave");
        saveButton.getStyleClass().add("accent");
        saveButton.setDefaultButton(true);
        cancelButton.setId("dialogCancel");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> stage.close());
        HBox buttons = new HBox(10, formMessage, saveButton, cancelButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 20, 12, 20));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane root = new BorderPane(scroll, top, null, new VBox(new Separator(), buttons), null);
        root.setPrefWidth(540);
        stage.setScene(Theme.scene(root));
        stage.setMaxHeight(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        // Messages appearing below the fields make the window taller (never shorter while typing).
        fields.layoutBoundsProperty().addListener((o, was, now) -> {
            if (now.getHeight() > was.getHeight()) {
                javafx.application.Platform.runLater(this::grow);
            }
        });
    }

    /** A labelled field with its message below. */
    public VBox row(String label, Node input, Label message) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        if (input instanceof javafx.scene.layout.Region r && !(input instanceof VBox)
                && (r.getMaxWidth() == javafx.scene.layout.Region.USE_COMPUTED_SIZE || r.getMaxWidth() > 470)) {
            r.setMaxWidth(470);
        }
        VBox box = new VBox(2, l, input);
        if (message != null) {
            message.setMaxWidth(470);
            box.getChildren().add(message);
        }
        fields.getChildren().add(box);
        return box;
    }

    public static Label message(String id, FieldMessages.Field field) {
        Label label = new Label();
        label.setId(id);
        FieldMessages.bind(label, field);
        return label;
    }

    public void show() {
        stage.show();
        fit();
    }

    private void grow() {
        if (!stage.isShowing()) {
            return;
        }
        double wanted = stage.getScene().getRoot().prefHeight(stage.getScene().getWidth())
                + stage.getHeight() - stage.getScene().getHeight();
        if (wanted > stage.getHeight() + 1) {
            double max = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
            stage.setHeight(Math.min(wanted, max));
            keepOnScreen();
        }
    }

    private void keepOnScreen() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (stage.getY() + stage.getHeight() > screen.getMaxY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - stage.getHeight()));
        }
    }

    /** After rows appeared or went: the window fits them and stays on the screen. */
    public void fit() {
        if (!stage.isShowing()) {
            return;
        }
        stage.sizeToScene();
        keepOnScreen();
    }

    public void close() {
        stage.close();
    }
}
