package vn.sotreem.ui.settings;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.ui.common.UiFont;
import vn.sotreem.ui.common.Views;

/**
 * Shows a new recovery key once, large and printable. "Tiếp tục" stays disabled until the officer
 * ticks that the key is kept somewhere safe.
 */
public final class RecoveryKeyView {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryKeyView.class);

    @FXML
    private Label recoveryKeyText;
    @FXML
    private Button printButton;
    @FXML
    private Label printMessage;
    @FXML
    private CheckBox keptSafeBox;
    @FXML
    private Button continueButton;

    private final String key;
    private final String communeName;
    private final LocalDate today;
    private final Runnable onDone;
    private final Parent root;

    public RecoveryKeyView(String key, String communeName, LocalDate today, Runnable onDone) {
        this.key = key;
        this.communeName = communeName;
        this.today = today;
        this.onDone = onDone;
        this.root = Views.load("RecoveryKeyView.fxml", this);
        recoveryKeyText.setText(key);
        continueButton.disableProperty().bind(keptSafeBox.selectedProperty().not());
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        printButton.requestFocus();
    }

    @FXML
    private void print() {
        Window owner = Views.windowOf(root);
        PrinterJob job;
        try {
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Printing is unavailable: {}", e.getClass().getName());
            job = null;
        }
        if (job == null) {
            printMessage.setText("Máy này chưa có máy in. Hãy chép mã ra giấy thật cẩn thận.");
            return;
        }
        if (!job.showPrintDialog(owner)) {
            printMessage.setText("Chưa in.");
            return;
        }
        boolean printed = job.printPage(page());
        if (printed && job.endJob()) {
            printMessage.setText("Đã gửi tới máy in. Hãy kiểm tra tờ giấy in ra có đủ mã.");
        } else {
            job.cancelJob();
            printMessage.setText("Không in được. Hãy chép mã ra giấy thật cẩn thận.");
        }
    }

    /**
     * The printed sheet: what it is, for which commune, the key, and how to keep it. It is in no
     * scene, so app.css does not reach it: the UI font is set on each text.
     */
    private VBox page() {
        Label title = new Label("SỔ TRẺ EM — MÃ KHÔI PHỤC");
        title.setFont(Font.font(UiFont.FAMILY, FontWeight.BOLD, 18));
        Label where = new Label(communeName + " — tạo ngày " + DateText.format(today));
        where.setFont(Font.font(UiFont.FAMILY, 14));
        Label code = new Label(key);
        code.setFont(Font.font("Monospaced", FontWeight.BOLD, 24));
        Label how = new Label("Mã này mở được sổ khi quên mật khẩu. Cất ở nơi an toàn, có khóa, tách khỏi máy tính. "
                + "Không chụp ảnh, không gửi qua tin nhắn hay thư điện tử. Ai có mã này thì đọc được toàn bộ sổ.");
        how.setFont(Font.font(UiFont.FAMILY, 14));
        how.setWrapText(true);
        how.setMaxWidth(440);
        VBox page = new VBox(16, title, where, code, how);
        page.setPrefWidth(460);
        return page;
    }

    @FXML
    private void proceed() {
        if (keptSafeBox.isSelected()) {
            onDone.run();
        }
    }
}
