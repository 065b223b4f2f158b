package vn.sotreem.ui;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.sotreem.storage.RegisterStore;

/** The main window: navigation rail, the current page, and a status line. */
final class MainView {

    static final String LATER = "Chức năng này sẽ có trong phiên bản sau.";

    @FXML
    private ToggleGroup navGroup;
    @FXML
    private ToggleButton navChildren;
    @FXML
    private ToggleButton navSpecial;
    @FXML
    private ToggleButton navAbuse;
    @FXML
    private ToggleButton navInjury;
    @FXML
    private ToggleButton navReports;
    @FXML
    private ToggleButton navBackup;
    @FXML
    private ToggleButton navSettings;
    @FXML
    private StackPane content;
    @FXML
    private Label statusCommune;
    @FXML
    private Label statusUser;
    @FXML
    private Label statusPeriod;

    private final Parent root;
    private final ChildrenView children;
    private final VillagesView villages;

    MainView(UiServices services, OpenedRegister opened) {
        RegisterStore store = opened.store();
        this.root = Views.load("MainView.fxml", this);
        this.children = new ChildrenView(services, store, opened.children());
        this.villages = new VillagesView(store, children::reloadAfterVillageChange);
        statusCommune.setText(opened.info().communeName() + ", " + opened.info().provinceName());
        statusUser.setText("Cán bộ: " + store.userName());
        statusPeriod.setText("Tháng " + services.today().get().format(DateTimeFormatter.ofPattern("MM/yyyy")));
        Map<Toggle, String> titles = Map.of(navSpecial, "Trẻ em có hoàn cảnh đặc biệt",
                navAbuse, "Trẻ em bị xâm hại", navInjury, "Tai nạn, thương tích",
                navReports, "Báo cáo", navBackup, "Sao lưu");
        navGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one entry stays selected
                return;
            }
            if (now == navChildren) {
                show(children.root());
            } else if (now == navSettings) {
                villages.refresh();
                show(villages.root());
            } else {
                show(placeholder(titles.get(now)));
            }
        });
        show(children.root());
    }

    private void show(Node page) {
        StackPane.setAlignment(page, Pos.TOP_LEFT);
        content.getChildren().setAll(page);
    }

    private static Node placeholder(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        Label text = new Label(LATER);
        text.setId("placeholderText");
        VBox box = new VBox(heading, text);
        box.getStyleClass().add("page");
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    Parent root() {
        return root;
    }

    void installShortcuts(Scene scene) {
        children.installShortcuts(scene, () -> navChildren.setSelected(true));
    }

    void focusSearch() {
        children.focusSearch();
    }

    ChildrenView children() {
        return children;
    }
}
