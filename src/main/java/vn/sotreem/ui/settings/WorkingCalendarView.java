package vn.sotreem.ui.settings;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.calendar.AnnouncedDay;
import vn.sotreem.domain.calendar.AnnouncedDayKind;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.ui.common.Converters;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * Settings: the working-day calendar of a year — the Điều 112 holidays (read only) and the days
 * the government announced, which administrators add and remove and everyone else reads.
 */
final class WorkingCalendarView {

    @FXML
    private Spinner<Integer> yearSpinner;
    @FXML
    private Label holidayTitle;
    @FXML
    private TableView<WorkingDays.Holiday> holidayTable;
    @FXML
    private TableColumn<WorkingDays.Holiday, String> holidayDateColumn;
    @FXML
    private TableColumn<WorkingDays.Holiday, String> holidayDayColumn;
    @FXML
    private TableColumn<WorkingDays.Holiday, String> holidayNameColumn;
    @FXML
    private Label announcedTitle;
    @FXML
    private TableView<AnnouncedDay> announcedTable;
    @FXML
    private TableColumn<AnnouncedDay, String> announcedDateColumn;
    @FXML
    private TableColumn<AnnouncedDay, String> announcedDayColumn;
    @FXML
    private TableColumn<AnnouncedDay, String> announcedKindColumn;
    @FXML
    private TableColumn<AnnouncedDay, String> announcedNoteColumn;
    @FXML
    private VBox announcedEditor;
    @FXML
    private DatePicker announcedDatePicker;
    @FXML
    private ComboBox<AnnouncedDayKind> announcedKindBox;
    @FXML
    private TextField announcedNoteField;
    @FXML
    private Button removeAnnouncedButton;
    @FXML
    private Label readOnlyNote;
    @FXML
    private Label calendarMessage;

    private final UiServices services;
    private final WorkingCalendarModel model;
    private final Parent root;

    WorkingCalendarView(UiServices services, WorkingCalendarModel model) {
        this.services = services;
        this.model = model;
        this.root = Views.load("WorkingCalendarView.fxml", this);
        yearSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                WorkingCalendarModel.FIRST_YEAR, WorkingCalendarModel.LAST_YEAR, model.year()));
        yearSpinner.valueProperty().addListener((o, was, now) -> {
            model.setYear(now);
            show();
        });
        column(holidayDateColumn, h -> DateText.format(h.date()));
        column(holidayDayColumn, h -> WorkingDays.dayName(h.date()));
        column(holidayNameColumn, WorkingDays.Holiday::name);
        column(announcedDateColumn, d -> DateText.format(d.date()));
        column(announcedDayColumn, d -> WorkingDays.dayName(d.date()));
        column(announcedKindColumn, d -> d.kind().label());
        column(announcedNoteColumn, AnnouncedDay::note);
        announcedDatePicker.setConverter(Converters.dates());
        announcedKindBox.getItems().setAll(AnnouncedDayKind.values());
        announcedKindBox.setValue(AnnouncedDayKind.DAY_OFF);
        removeAnnouncedButton.disableProperty().bind(announcedTable.getSelectionModel().selectedItemProperty().isNull());
        boolean editable = model.canEdit();
        announcedEditor.setVisible(editable);
        announcedEditor.setManaged(editable);
        readOnlyNote.setVisible(!editable);
        readOnlyNote.setManaged(!editable);
        calendarMessage.managedProperty().bind(calendarMessage.textProperty().isNotEmpty());
    }

    private static <T> void column(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    Parent root() {
        return root;
    }

    void refresh() {
        BackgroundTask.ofAction(model::reload)
                .onSuccess(nothing -> show())
                .onFailure(e -> message(ErrorMessages.describe(e), true))
                .run(services.runner());
    }

    /** Shows the year chosen in the model. */
    private void show() {
        int year = model.year();
        holidayTitle.setText("Ngày lễ năm " + year + " theo Điều 112 Bộ luật Lao động");
        holidayTable.getItems().setAll(model.holidays());
        announcedTitle.setText("Ngày nghỉ và ngày làm bù năm " + year + " theo thông báo của Chính phủ");
        announcedTable.setPlaceholder(new Label("Chưa ghi ngày nào cho năm " + year + "."));
        announcedTable.getItems().setAll(model.announcedDays());
    }

    @FXML
    private void add() {
        String date = announcedDatePicker.getEditor().getText();
        AnnouncedDayKind kind = announcedKindBox.getValue();
        String note = announcedNoteField.getText();
        // Checked and saved in the background: the model reads the list back from the register.
        BackgroundTask.of(() -> model.add(date, kind, note)).onSuccess(outcome -> {
            if (!outcome.error()) {
                announcedDatePicker.setValue(null);
                announcedDatePicker.getEditor().clear();
                announcedNoteField.clear();
                yearSpinner.getValueFactory().setValue(model.year()); // the added day's year
                show();
            }
            message(outcome.message(), outcome.error());
        }).onFailure(e -> message(ErrorMessages.describe(e), true)).run(services.runner());
    }

    @FXML
    private void remove() {
        AnnouncedDay selected = announcedTable.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        BackgroundTask.of(() -> model.remove(selected)).onSuccess(outcome -> {
            show();
            message(outcome.message(), outcome.error());
        }).onFailure(e -> message(ErrorMessages.describe(e), true)).run(services.runner());
    }

    private void message(String text, boolean error) {
        FieldMessages.show(calendarMessage, text, error ? Severity.ERROR : null);
    }
}
