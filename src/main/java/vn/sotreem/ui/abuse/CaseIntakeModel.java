package vn.sotreem.ui.abuse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.abuse.IntakeChannel;
import vn.sotreem.domain.abuse.ReceivingBody;
import vn.sotreem.domain.abuse.Reporter;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.TimeText;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.FieldMessages;

/**
 * The fields of the intake tab as typed (Mẫu 01, with the case's code and emergency mark), and
 * the intake they read as. Validation and the working copy are the {@link CaseFormModel}'s.
 */
final class CaseIntakeModel {

    static final String BAD_TIME = "Giờ không hợp lệ, hãy gõ giờ:phút, ví dụ 14:30.";
    /** The form's own key for the place (the rules have none: an unknown place means outside the commune). */
    static final String PLACE = "noi_xay_ra";

    private final List<Choice<String>> placeChoices = new ArrayList<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty receivedDate = new SimpleStringProperty("");
    private final StringProperty receivedTime = new SimpleStringProperty("");
    private final ObjectProperty<IntakeChannel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<ReceivingBody> receivingBody = new SimpleObjectProperty<>();
    private final StringProperty officer = new SimpleStringProperty("");
    private final StringProperty occurredDate = new SimpleStringProperty("");
    private final ObjectProperty<Choice<String>> place = new SimpleObjectProperty<>();
    private final StringProperty placeDetail = new SimpleStringProperty("");
    private final ObjectProperty<AbuseSetting> setting = new SimpleObjectProperty<>();
    private final StringProperty childState = new SimpleStringProperty("");
    private final StringProperty fearedConsequences = new SimpleStringProperty("");
    private final StringProperty familySituation = new SimpleStringProperty("");
    private final StringProperty actionsTaken = new SimpleStringProperty("");
    private final BooleanProperty emergency = new SimpleBooleanProperty();
    private final StringProperty reporterName = new SimpleStringProperty("");
    private final StringProperty reporterPhone = new SimpleStringProperty("");
    private final StringProperty reporterAddress = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    /** {@code villages}: the commune's villages, offered as the place (and "Ngoài xã" last). */
    CaseIntakeModel(List<String> villages) {
        villages.forEach(v -> placeChoices.add(new Choice<>(v, v)));
        placeChoices.add(new Choice<>(null, AbuseListModel.OUTSIDE_COMMUNE));
    }

    /** A new case received today by {@code userName}, at the commune. */
    void startNew(String firstCode, LocalDate today, String userName) {
        code.set(firstCode);
        receivedDate.set(DateText.format(today));
        officer.set(userName == null ? "" : userName);
        receivingBody.set(ReceivingBody.COMMUNE);
    }

    void load(AbuseCase c) {
        code.set(nz(c.getCode()));
        Intake in = c.getIntake();
        receivedDate.set(DateText.format(in.receivedOn()));
        receivedTime.set(TimeText.format(in.receivedTime()));
        channel.set(in.channel());
        receivingBody.set(in.receivingBody());
        officer.set(nz(in.receivingOfficer()));
        occurredDate.set(DateText.format(in.occurredOn()));
        if (in.village() == null) {
            place.set(placeChoices.get(placeChoices.size() - 1));
        } else {
            Choice<String> known = placeChoices.stream().filter(p -> in.village().equals(p.value())).findFirst().orElse(null);
            if (known == null) {
                // A village renamed or deleted since: still offered, so that saving keeps it.
                known = new Choice<>(in.village(), in.village());
                placeChoices.add(placeChoices.size() - 1, known);
            }
            place.set(known);
        }
        placeDetail.set(nz(in.placeDetail()));
        setting.set(in.setting());
        childState.set(nz(in.childState()));
        fearedConsequences.set(nz(in.fearedConsequences()));
        familySituation.set(nz(in.familySituation()));
        actionsTaken.set(nz(in.actionsTaken()));
        emergency.set(c.isMarkedEmergency());
        if (in.reporter() != null) {
            reporterName.set(nz(in.reporter().name()));
            reporterPhone.set(nz(in.reporter().phone()));
            reporterAddress.set(nz(in.reporter().address()));
        }
        note.set(nz(in.note()));
    }

    /** The fields that no rule checks on their own: any change only revalidates. */
    List<Observable> unkeyedFields() {
        return List.of(channel, receivingBody, officer, placeDetail, childState, fearedConsequences, familySituation,
                actionsTaken, emergency, reporterName, reporterPhone, reporterAddress, note);
    }

    /** The intake as typed; what does not read is left empty and reported in {@code parse}. */
    Intake read(List<Problem> parse) {
        LocalDate received = parseDate(receivedDate.get(), AbuseCaseRules.RECEIVED, parse);
        LocalTime time = null;
        if (!VietnameseText.isBlank(receivedTime.get())) {
            time = TimeText.parse(receivedTime.get()).orElse(null);
            if (time == null) {
                parse.add(Problem.error(AbuseCaseRules.RECEIVED_TIME, BAD_TIME));
            }
        }
        LocalDate occurred = parseDate(occurredDate.get(), AbuseCaseRules.OCCURRED, parse);
        Reporter reporter = new Reporter(VietnameseText.cleanOrNull(reporterName.get()),
                VietnameseText.cleanOrNull(reporterPhone.get()), VietnameseText.cleanOrNull(reporterAddress.get()));
        return new Intake(received, time, channel.get(), receivingBody.get(),
                VietnameseText.cleanOrNull(officer.get()), occurred, place.get() == null ? null : place.get().value(),
                VietnameseText.cleanOrNull(placeDetail.get()), setting.get(), text(childState.get()),
                text(fearedConsequences.get()), text(familySituation.get()), text(actionsTaken.get()),
                reporter.isEmpty() ? null : reporter, text(note.get()));
    }

    private static LocalDate parseDate(String text, String key, List<Problem> parse) {
        if (VietnameseText.isBlank(text)) {
            return null;
        }
        Optional<LocalDate> date = DateText.parse(text);
        if (date.isEmpty()) {
            parse.add(Problem.error(key, FieldMessages.BAD_DATE));
        }
        return date.orElse(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Free text as typed (lines kept), null when blank. */
    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- properties

    List<Choice<String>> placeChoices() {
        return placeChoices;
    }

    StringProperty codeProperty() {
        return code;
    }

    StringProperty receivedDateProperty() {
        return receivedDate;
    }

    StringProperty receivedTimeProperty() {
        return receivedTime;
    }

    ObjectProperty<IntakeChannel> channelProperty() {
        return channel;
    }

    ObjectProperty<ReceivingBody> receivingBodyProperty() {
        return receivingBody;
    }

    StringProperty officerProperty() {
        return officer;
    }

    StringProperty occurredDateProperty() {
        return occurredDate;
    }

    ObjectProperty<Choice<String>> placeProperty() {
        return place;
    }

    StringProperty placeDetailProperty() {
        return placeDetail;
    }

    ObjectProperty<AbuseSetting> settingProperty() {
        return setting;
    }

    StringProperty childStateProperty() {
        return childState;
    }

    StringProperty fearedConsequencesProperty() {
        return fearedConsequences;
    }

    StringProperty familySituationProperty() {
        return familySituation;
    }

    StringProperty actionsTakenProperty() {
        return actionsTaken;
    }

    BooleanProperty emergencyProperty() {
        return emergency;
    }

    StringProperty reporterNameProperty() {
        return reporterName;
    }

    StringProperty reporterPhoneProperty() {
        return reporterPhone;
    }

    StringProperty reporterAddressProperty() {
        return reporterAddress;
    }

    StringProperty noteProperty() {
        return note;
    }
}
