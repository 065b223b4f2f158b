package vn.sotreem.ui.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.abuse.EnforcementStatus;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.ReceivingBody;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.TimeText;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.UiTestSupport;

/** The abuse list's, case form's and perpetrator dialog's logic, without a screen. */
class AbuseModelsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Child child(long id, String code, String name, LocalDate birth, String village) {
        Child c = UiTestSupport.child(name, birth, Sex.FEMALE, village);
        c.setId(id);
        c.setCode(code);
        return c;
    }

    private static final List<Child> REGISTER = List.of(
            child(1, "TE000001", "Trần Thị Hoà", LocalDate.of(2014, 3, 5), "Thôn Đông"),
            child(2, "TE000002", "Lê Văn Hòa", LocalDate.of(2016, 6, 1), "Thôn Tây"),
            child(3, "TE000003", "Nguyễn Văn Đức", LocalDate.of(2015, 9, 12), "Thôn Tây"),
            child(4, "TE000004", "Phạm Văn Khoa", LocalDate.of(2013, 1, 20), "Thôn Đông"));

    private static CaseFormModel newForm() {
        return new CaseFormModel(TODAY, null, REGISTER, List.of("Thôn Đông", "Thôn Tây"), "Nguyễn Thị Lan",
                year -> "XH-" + year + "-001");
    }

    /** A new form filled so that only the hour of receipt is missing. */
    private static CaseFormModel filledWithoutHour() {
        CaseFormModel form = newForm();
        form.intake().occurredDateProperty().set("20/11/2026");
        form.intake().settingProperty().set(AbuseSetting.FAMILY);
        form.intake().placeProperty().set(form.intake().placeChoices().get(0));
        form.addVictim(REGISTER.get(0)).form(AbuseForm.VIOLENCE).set(true);
        return form;
    }

    @Test
    void hoursAreReadAsOfficesWriteThem() {
        assertEquals(Optional.of(LocalTime.of(9, 30)), TimeText.parse("9:30"));
        assertEquals(Optional.of(LocalTime.of(9, 30)), TimeText.parse("09.30"));
        assertEquals(Optional.of(LocalTime.of(14, 5)), TimeText.parse("14h05"));
        assertEquals(Optional.of(LocalTime.of(14, 0)), TimeText.parse("14h"));
        assertEquals(Optional.empty(), TimeText.parse("24:00"));
        assertEquals(Optional.empty(), TimeText.parse("9:75"));
        assertEquals(Optional.empty(), TimeText.parse("930"));
        assertEquals(Optional.empty(), TimeText.parse("9"));
        assertEquals("07:05", TimeText.format(LocalTime.of(7, 5)));
    }

    @Test
    void aNewFormIsPrefilledAndNotCoveredInRedUntilSaveIsPressed() {
        CaseFormModel form = newForm();
        assertEquals("XH-2026-001", form.intake().codeProperty().get());
        assertEquals("23/11/2026", form.intake().receivedDateProperty().get());
        assertEquals("Nguyễn Thị Lan", form.intake().officerProperty().get());
        assertEquals(ReceivingBody.COMMUNE, form.intake().receivingBodyProperty().get());
        assertEquals(TODAY, form.workingCopy().getIntake().receivedOn(), "the procedure pane gets a case with an intake");
        assertEquals("", form.message(AbuseCaseRules.OCCURRED).message());
        assertEquals("", form.sectionMessage(CaseFormModel.Section.VICTIMS).get());

        assertEquals(CaseFormModel.SaveCheck.ERRORS, form.check());
        assertEquals("Chưa nhập ngày xảy ra.", form.message(AbuseCaseRules.OCCURRED).message());
        assertEquals(Severity.ERROR, form.message(AbuseCaseRules.SETTING).severity());
        assertEquals("Vụ việc cần ít nhất một trẻ bị xâm hại.", form.sectionMessage(CaseFormModel.Section.VICTIMS).get());
        assertEquals(Severity.WARNING, form.message(AbuseCaseRules.RECEIVED_TIME).severity());
        assertEquals(Optional.of(CaseFormModel.Section.INTAKE), form.firstErrorSection());
        assertEquals(Optional.of(AbuseCaseRules.OCCURRED), form.firstErrorField());
    }

    @Test
    void datesAndHoursAreCheckedAsTheOfficerTypes() {
        CaseFormModel form = newForm();
        form.intake().receivedTimeProperty().set("25:10");
        assertEquals(CaseFormModel.BAD_TIME, form.message(AbuseCaseRules.RECEIVED_TIME).message());
        assertEquals(Severity.ERROR, form.message(AbuseCaseRules.RECEIVED_TIME).severity());
        form.intake().receivedTimeProperty().set("8h15");
        assertEquals("", form.message(AbuseCaseRules.RECEIVED_TIME).message());
        form.intake().receivedTimeProperty().set("");
        assertTrue(form.message(AbuseCaseRules.RECEIVED_TIME).message().startsWith("Chưa có giờ tiếp nhận"));
        form.intake().occurredDateProperty().set("31/02/2026");
        assertEquals(FieldMessages.BAD_DATE, form.message(AbuseCaseRules.OCCURRED).message());
        form.intake().occurredDateProperty().set("25/11/2026");
        assertEquals("Ngày tiếp nhận 23/11/2026 trước ngày xảy ra 25/11/2026.", form.message(AbuseCaseRules.RECEIVED).message());
        // Not touched yet: the place says nothing before the first press of Lưu.
        assertEquals("", form.message(CaseFormModel.PLACE).message());
    }

    @Test
    void aMissingHourWarnsOnceThenTheSecondPressSaves() {
        CaseFormModel form = filledWithoutHour();
        assertEquals(CaseFormModel.SaveCheck.WARNINGS_SHOWN, form.check());
        assertEquals("Chưa có giờ tiếp nhận: thời hạn 12 giờ được tính từ đầu ngày tiếp nhận.",
                form.message(AbuseCaseRules.RECEIVED_TIME).message());
        assertEquals(CaseFormModel.SaveCheck.READY, form.check());
        AbuseCase c = form.caseToSave().orElseThrow();
        assertNull(c.getIntake().receivedTime());
        assertEquals(LocalDate.of(2026, 11, 20), c.getIntake().occurredOn());
        assertEquals("Thôn Đông", c.getIntake().village());

        CaseFormModel withHour = filledWithoutHour();
        withHour.intake().receivedTimeProperty().set("07:45");
        assertEquals(CaseFormModel.SaveCheck.READY, withHour.check(), "no warning: one press saves");
        assertEquals(LocalTime.of(7, 45), withHour.workingCopy().getIntake().receivedTime());
    }

    @Test
    void theVictimSearchIgnoresAccentsAndLeavesOutChildrenAlreadyLinked() {
        CaseFormModel form = newForm();
        form.searchProperty().set("hoa");
        assertEquals(List.of("Lê Văn Hòa", "Trần Thị Hoà"), names(form.searchResults()), "not Khoa");
        form.searchProperty().set("duc");
        assertEquals(List.of("Nguyễn Văn Đức"), names(form.searchResults()));
        form.searchProperty().set("nguyen van d");
        assertEquals(List.of("Nguyễn Văn Đức"), names(form.searchResults()));
        form.searchProperty().set("TE000004");
        assertEquals(List.of("Phạm Văn Khoa"), names(form.searchResults()));

        form.searchProperty().set("hoa");
        form.addVictim(form.searchResults().get(0));
        assertEquals("", form.searchProperty().get(), "cleared after adding");
        assertEquals(List.of(), form.searchResults());
        form.searchProperty().set("HOA");
        assertEquals(List.of("Trần Thị Hoà"), names(form.searchResults()));
        form.searchProperty().set("  ");
        assertEquals(List.of(), form.searchResults());
        form.addVictim(REGISTER.get(1));
        assertEquals(1, form.victims().size(), "a child is linked once");
    }

    private static List<String> names(List<Child> children) {
        return children.stream().map(Child::getFullName).toList();
    }

    @Test
    void subFormsAreOfferedOnlyForTickedFormsThatHaveThem() {
        assertEquals(List.of(), AbuseForm.VIOLENCE.subForms());
        assertEquals(5, AbuseForm.EXPLOITATION.subForms().size());
        assertEquals(5, AbuseForm.SEXUAL_ABUSE.subForms().size());

        CaseFormModel form = newForm();
        CaseFormModel.Victim v = form.addVictim(REGISTER.get(0));
        assertEquals(List.of(), v.formsWithSubFormsShown());
        v.form(AbuseForm.VIOLENCE).set(true);
        assertEquals(List.of(), v.formsWithSubFormsShown());
        v.form(AbuseForm.SEXUAL_ABUSE).set(true);
        assertEquals(List.of(AbuseForm.SEXUAL_ABUSE), v.formsWithSubFormsShown());
        HcdbSubCase l4 = HcdbSubCase.byCode("l.4").orElseThrow();
        v.subForm(l4).set(true);
        assertEquals("Bạo lực; Xâm hại tình dục (l.4)", v.formsText());
        assertEquals(List.of(l4), form.workingCopy().getVictims().get(0).subForms());

        v.form(AbuseForm.SEXUAL_ABUSE).set(false);
        assertFalse(v.subForm(l4).get(), "a hidden sub-form does not stay ticked");
        assertEquals(List.of(), form.workingCopy().getVictims().get(0).subForms());
        assertEquals("Bạo lực", v.formsText());
    }

    @Test
    void aVictimWithoutFormIsAnErrorOfTheVictimsTab() {
        CaseFormModel form = filledWithoutHour();
        form.intake().receivedTimeProperty().set("10:00");
        CaseFormModel.Victim second = form.addVictim(REGISTER.get(2));
        assertEquals("Nguyễn Văn Đức (TE000003): chưa chọn hình thức xâm hại.",
                form.sectionMessage(CaseFormModel.Section.VICTIMS).get());
        assertEquals(CaseFormModel.SaveCheck.ERRORS, form.check());
        assertEquals(Optional.of(CaseFormModel.Section.VICTIMS), form.firstErrorSection());
        second.form(AbuseForm.ABANDONMENT).set(true);
        assertEquals("", form.sectionMessage(CaseFormModel.Section.VICTIMS).get());
        assertEquals(CaseFormModel.SaveCheck.READY, form.check());
        assertEquals(2, form.caseToSave().orElseThrow().getVictims().size());
    }

    @Test
    void stepsRecordedInTheWorkingCopyAreCheckedWithTheCase() {
        CaseFormModel form = filledWithoutHour();
        form.intake().receivedTimeProperty().set("10:00");
        // What the procedure pane does: change the working copy's steps in place.
        form.workingCopy().getSteps().add(new CaseStepRecord(CaseStep.PLAN_APPROVED, TODAY, null, null, null, null));
        assertEquals(CaseFormModel.SaveCheck.ERRORS, form.check());
        assertEquals(Optional.of(CaseFormModel.Section.PROCEDURE), form.firstErrorSection());
        assertTrue(form.sectionMessage(CaseFormModel.Section.PROCEDURE).get().startsWith("Không thể chuyển từ bước"));
        form.workingCopy().getSteps().set(0, new CaseStepRecord(CaseStep.INITIAL_ASSESSMENT, TODAY, LocalTime.of(11, 0),
                null, vn.sotreem.domain.abuse.RiskLevel.LOW, null));
        assertEquals(CaseFormModel.SaveCheck.READY, form.check());
        assertEquals(CaseStep.INITIAL_ASSESSMENT, form.caseToSave().orElseThrow().currentStep());
    }

    @Test
    void aNewCaseCodeFollowsTheYearOfReceiptUntilTyped() {
        CaseFormModel form = newForm();
        form.intake().receivedDateProperty().set("30/12/2025");
        assertEquals("XH-2025-001", form.intake().codeProperty().get());
        assertEquals("XH-2025-001", form.workingCopy().getCode(), "the working copy follows");
        form.intake().codeProperty().set("XH-2025-017");
        form.intake().receivedDateProperty().set("02/01/2026");
        assertEquals("XH-2025-017", form.intake().codeProperty().get());
    }

    @Test
    void removingAVictimMovesItsPerpetratorsToTheWholeCase() {
        CaseFormModel form = newForm();
        CaseFormModel.Victim v = form.addVictim(REGISTER.get(0));
        form.addVictim(REGISTER.get(1));
        form.perpetrators().add(new Perpetrator(1L, Sex.MALE, null, null, HandlingRoute.VERIFYING, null, null));
        form.perpetrators().add(new Perpetrator(2L, Sex.MALE, null, null, null, null, null));
        assertEquals(1, form.perpetratorsOf(v));
        assertEquals("Trần Thị Hoà", form.targetText(form.perpetrators().get(0)));
        form.removeVictim(v);
        assertNull(form.perpetrators().get(0).victimChildId());
        assertEquals(PerpetratorFormModel.WHOLE_CASE, form.targetText(form.perpetrators().get(0)));
        assertEquals(2L, form.perpetrators().get(1).victimChildId());
        assertEquals(List.of(2L), form.workingCopy().getVictims().stream().map(x -> x.childId()).toList());
    }

    @Test
    void anExistingCaseLoadsAndSavesBackUnchanged() {
        List<Child> register = new ArrayList<>(REGISTER);
        AbuseCase full = AbuseCases.full("XH-2026-005", 1, 2);
        full.setId(7L);
        CaseFormModel form = new CaseFormModel(TODAY, full, register, List.of("Thôn Đông", "Thôn Tây"), "Ai đó",
                year -> "không dùng");
        assertEquals("XH-2026-005", form.intake().codeProperty().get());
        assertEquals("09:30", form.intake().receivedTimeProperty().get());
        assertEquals("Thôn 1", form.intake().placeProperty().get().value(), "a village no longer in the list stays offered");
        assertEquals("Trần Văn Minh", form.intake().reporterNameProperty().get());
        assertTrue(form.intake().emergencyProperty().get());
        assertTrue(form.victims().get(0).subForm(HcdbSubCase.byCode("l.4").orElseThrow()).get());

        assertEquals(CaseFormModel.SaveCheck.READY, form.check());
        AbuseCase back = form.caseToSave().orElseThrow();
        AbuseCase expected = AbuseCases.full("XH-2026-005", 1, 2);
        assertEquals(7L, back.getId());
        assertEquals(expected.getIntake(), back.getIntake());
        assertEquals(expected.getVictims(), back.getVictims());
        assertEquals(expected.getPerpetrators(), back.getPerpetrators());
        assertEquals(expected.getSteps(), back.getSteps());
        assertEquals(expected.getReviews(), back.getReviews());
    }

    // ---- perpetrator dialog

    @Test
    void aPerpetratorOfTheOnlyVictimWithAnAdministrativeFine() {
        List<Choice<Long>> oneVictim = List.of(new Choice<>(null, PerpetratorFormModel.WHOLE_CASE), new Choice<>(1L, "Trần Thị Hoà"));
        PerpetratorFormModel p = new PerpetratorFormModel(TODAY, oneVictim, null);
        assertEquals(1L, p.targetProperty().get().value(), "one child: the perpetrator concerns that child");
        assertFalse(p.sanctionedProperty().get());
        p.handlingProperty().set(HandlingRoute.ADMINISTRATIVE);
        assertTrue(p.sanctionedProperty().get());
        p.fineProperty().set("2,5 triệu");
        assertEquals(PerpetratorFormModel.BAD_FINE, p.message(AbuseCaseRules.FINE).message());
        p.fineProperty().set("2.500.000");
        assertEquals("", p.message(AbuseCaseRules.FINE).message());
        p.decisionDateProperty().set("01/12/2026");
        assertEquals("Ngày quyết định 01/12/2026 ở trong tương lai.", p.message(PerpetratorFormModel.DECISION_DATE).message());
        assertEquals(Optional.empty(), p.perpetratorToSave());
        p.decisionDateProperty().set("20/11/2026");
        p.decisionNumberProperty().set("12/QĐ-XPHC");
        p.enforcementProperty().set(EnforcementStatus.DONE);
        Perpetrator saved = p.perpetratorToSave().orElseThrow();
        assertEquals(1L, saved.victimChildId());
        assertEquals(2_500_000L, saved.fine());
        assertEquals("QĐ 12/QĐ-XPHC ngày 20/11/2026, phạt 2.500.000 đồng, Đã thi hành xong",
                PerpetratorFormModel.sanctionText(saved.sanction()));

        // Another route drops the sanction block, so the case never holds a fine without administrative handling.
        p.handlingProperty().set(HandlingRoute.CRIMINAL);
        assertNull(p.perpetratorToSave().orElseThrow().sanction());
        p.handlingProperty().set(HandlingRoute.ADMINISTRATIVE);
        assertEquals(saved, p.perpetratorToSave().orElseThrow());
    }

    @Test
    void withSeveralVictimsAPerpetratorStartsAsConcerningTheWholeCase() {
        List<Choice<Long>> two = List.of(new Choice<>(null, PerpetratorFormModel.WHOLE_CASE), new Choice<>(1L, "A"),
                new Choice<>(2L, "B"));
        PerpetratorFormModel p = new PerpetratorFormModel(TODAY, two, null);
        assertNull(p.targetProperty().get().value());
        p.handlingProperty().set(HandlingRoute.ADMINISTRATIVE);
        assertNull(p.perpetratorToSave().orElseThrow().sanction(), "an empty sanction block records no decision");
        PerpetratorFormModel edit = new PerpetratorFormModel(TODAY, two,
                new Perpetrator(2L, Sex.FEMALE, null, null, HandlingRoute.NONE, null, "ghi chú"));
        assertEquals(2L, edit.targetProperty().get().value());
        assertEquals("ghi chú", edit.noteProperty().get());
    }

    // ---- list

    private static AbuseCaseSummary summary(long id, AbuseCase c, boolean details, LocalDateTime now) {
        c.setId(id);
        Map<Long, Child> byId = new java.util.HashMap<>();
        REGISTER.forEach(ch -> byId.put(ch.getId(), ch));
        return AbuseCaseSummary.of(c, byId, details, WorkingDays.standard(), now);
    }

    @Test
    void theListSearchesCodesAndNamesWithoutAccentsAndFiltersByStateAndYear() {
        LocalDateTime now = TODAY.atTime(10, 0);
        AbuseCase older = AbuseCases.simple("XH-2025-003", 2, LocalDate.of(2025, 5, 2), null);
        older.setSteps(List.of(new CaseStepRecord(CaseStep.CLOSED, LocalDate.of(2025, 5, 3), null, null, null, null)));
        AbuseCase recent = AbuseCases.simple("XH-2026-001", 3, LocalDate.of(2026, 11, 20), LocalTime.of(8, 30));
        AbuseListModel list = new AbuseListModel();
        list.setAll(List.of(summary(1, older, true, now), summary(2, recent, true, now)), now);
        assertEquals(List.of("XH-2026-001", "XH-2025-003"), codes(list), "newest first");
        assertEquals(List.of(2026, 2025), list.years());

        list.searchProperty().set("hoa");
        assertEquals(List.of("XH-2025-003"), codes(list));
        list.searchProperty().set("van d");
        assertEquals(List.of("XH-2026-001"), codes(list));
        list.searchProperty().set("xh-2026");
        assertEquals(List.of("XH-2026-001"), codes(list));
        list.searchProperty().set("");
        list.stateProperty().set(AbuseListModel.StateFilter.OPEN);
        assertEquals(List.of("XH-2026-001"), codes(list));
        list.stateProperty().set(AbuseListModel.StateFilter.CLOSED);
        assertEquals(List.of("XH-2025-003"), codes(list));
        list.stateProperty().set(AbuseListModel.StateFilter.ALL);
        list.yearProperty().set(2025);
        assertEquals(List.of("XH-2025-003"), codes(list));
        assertEquals("Đang hiện 1 / 2 vụ việc", list.countTextProperty().get());
        list.clearFilters();
        assertEquals(2, list.shown().size());

        AbuseCaseSummary r = list.byId(2).orElseThrow();
        assertEquals("20/11/2026 08:30", AbuseListModel.receivedText(r));
        assertEquals("02/05/2025", AbuseListModel.receivedText(list.byId(1).orElseThrow()), "no hour recorded");
        assertEquals("Nguyễn Văn Đức", AbuseListModel.childrenText(r));
        assertEquals("Thôn 1", AbuseListModel.villageText(r));
        assertEquals("Tiếp nhận thông tin", AbuseListModel.stepText(r));
        // Received Friday 20/11: the plan is due 5 working days later, Friday 27/11; on Monday 23/11 it is still pending.
        assertEquals("27/11/2026 · Còn hạn\nXây dựng kế hoạch hỗ trợ (≤ 5 ngày làm việc)", list.deadlineText(r));
        assertNull(AbuseListModel.deadlineStyle(r));
        assertEquals("", list.deadlineText(list.byId(1).orElseThrow()), "a closed case owes nothing");
    }

    private static List<String> codes(AbuseListModel list) {
        return list.shown().stream().map(AbuseCaseSummary::code).toList();
    }

    @Test
    void deadlinesNeedingAttentionAreMarkedAndViewersSeeTheMask() {
        AbuseCase emergency = AbuseCases.simple("XH-2026-002", 1, TODAY, LocalTime.of(7, 0));
        emergency.getVictims().add(vn.sotreem.domain.abuse.AbuseVictim.of(2, List.of(AbuseForm.VIOLENCE)));
        emergency.setMarkedEmergency(true);
        LocalDateTime now = TODAY.atTime(15, 0);
        AbuseListModel list = new AbuseListModel();
        AbuseCaseSummary soon = summary(1, emergency, true, now);
        list.setAll(List.of(soon), now);
        assertEquals("19:00 23/11/2026 · Sắp đến hạn (còn 4 giờ 0 phút)\nCan thiệp khẩn cấp / cách ly (≤ 12 giờ)",
                list.deadlineText(soon));
        assertEquals("deadline-soon", AbuseListModel.deadlineStyle(soon));
        LocalDateTime later = TODAY.atTime(20, 0);
        AbuseCaseSummary overdue = summary(1, emergency, false, later);
        list.setAll(List.of(overdue), later);
        assertEquals("deadline-overdue", AbuseListModel.deadlineStyle(overdue));
        assertTrue(list.deadlineText(overdue).contains("Quá hạn (quá 1 giờ 0 phút)"), list.deadlineText(overdue));

        assertEquals("(ẩn) · 2 trẻ", AbuseListModel.childrenText(overdue));
        assertEquals(AbuseCaseSummary.MASK, AbuseListModel.villageText(overdue));
        list.searchProperty().set("hoa");
        assertEquals(List.of(), codes(list), "masked names are not searched");
        list.searchProperty().set("002");
        assertEquals(List.of("XH-2026-002"), codes(list));
    }
}
