package vn.sotreem.ui.injury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryField;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.ui.child.ChildListModelTest;
import vn.sotreem.ui.common.FieldMessages;

/** The injury list (filters, count line, chart counts) and the injury form, without a screen. */
class InjuryModelsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Child mây = ChildListModelTest.child(1, "Lò Thị Mây", LocalDate.of(2014, 6, 1), Sex.FEMALE, "Thôn Đông");
    private final Child núi = ChildListModelTest.child(2, "Lò Văn Núi", LocalDate.of(2016, 2, 29), Sex.MALE, "Thôn Tây");
    /** Turns 16 on 03/12/2026: 9 years old in 2020, 15 now. */
    private final Child hạnh = ChildListModelTest.child(3, "Vũ Thị Hạnh", LocalDate.of(2010, 12, 3), Sex.FEMALE, "Thôn Tây");
    private InjuryListModel model;

    private static Injury injury(long id, Child child, LocalDate date, InjuryType type, InjuryPlace place, boolean died,
                                 boolean disabled) {
        return Injuries.of(child.getId(), date).id(id).type(type).place(place).died(died).disabled(disabled).build();
    }

    @BeforeEach
    void setUp() {
        model = new InjuryListModel(() -> TODAY);
        model.setAll(List.of(
                injury(1, mây, LocalDate.of(2026, 11, 2), InjuryType.DROWNING, InjuryPlace.COMMUNITY, true, false),
                injury(2, mây, LocalDate.of(2026, 3, 10), InjuryType.FALL, InjuryPlace.HOME, false, true),
                injury(3, núi, LocalDate.of(2026, 11, 20), InjuryType.TRAFFIC, InjuryPlace.COMMUNITY, false, false),
                injury(4, hạnh, LocalDate.of(2020, 5, 1), InjuryType.BURN, InjuryPlace.HOME, false, false),
                injury(5, hạnh, LocalDate.of(2026, 10, 15), InjuryType.FALL, InjuryPlace.SCHOOL, false, false),
                injury(6, núi, LocalDate.of(2025, 12, 31), InjuryType.FALL, InjuryPlace.SCHOOL, false, false)),
                List.of(mây, núi, hạnh));
    }

    private List<Long> shown() {
        return model.shown().stream().map(r -> r.injury().id()).toList();
    }

    @Test
    void theListOpensOnThisYearNewestFirstWithItsCountLine() {
        assertEquals(InjuryListModel.Period.THIS_YEAR, model.periodProperty().get());
        assertEquals("01/01/2026", model.fromProperty().get());
        assertEquals("31/12/2026", model.toProperty().get());
        assertEquals(List.of(3L, 1L, 5L, 2L), shown());
        assertEquals("4 trường hợp, 3 trẻ, 1 tử vong (trong số 6 trường hợp đã ghi)", model.countTextProperty().get());
        model.clearFilters();
        assertEquals(InjuryListModel.Period.ALL, model.periodProperty().get());
        assertEquals(List.of(3L, 1L, 5L, 2L, 6L, 4L), shown());
        assertEquals("6 trường hợp, 3 trẻ, 1 tử vong", model.countTextProperty().get());
    }

    @Test
    void theAgeBandIsTheChildsOnTheDayOfTheInjury() {
        model.clearFilters();
        model.ageBandProperty().set(AgeBand.FROM_6_TO_9);
        // Hạnh was 9 in 2020 (15 now); Núi was 9 on 31/12/2025 and 10 on 20/11/2026.
        assertEquals(List.of(6L, 4L), shown());
        model.ageBandProperty().set(AgeBand.FROM_14_TO_15);
        assertEquals(List.of(5L), shown());
        model.ageBandProperty().set(AgeBand.FROM_10_TO_13);
        assertEquals(List.of(3L, 1L, 2L), shown());
    }

    @Test
    void outcomeTypePlaceVillageAndNameNarrowTheList() {
        model.clearFilters();
        model.outcomeProperty().set(InjuryListModel.Outcome.DIED);
        assertEquals(List.of(1L), shown());
        model.outcomeProperty().set(InjuryListModel.Outcome.DISABLED);
        assertEquals(List.of(2L), shown());
        model.outcomeProperty().set(InjuryListModel.Outcome.SURVIVED);
        assertEquals(List.of(3L, 5L, 2L, 6L, 4L), shown());
        model.outcomeProperty().set(null);
        model.typeProperty().set(InjuryType.FALL);
        assertEquals(List.of(5L, 2L, 6L), shown());
        model.placeProperty().set(InjuryPlace.SCHOOL);
        assertEquals(List.of(5L, 6L), shown());
        model.villageProperty().set("Thôn Tây");
        model.searchProperty().set("hanh");
        assertEquals(List.of(5L), shown());
        assertEquals("1 trường hợp, 1 trẻ, 0 tử vong (trong số 6 trường hợp đã ghi)", model.countTextProperty().get());
    }

    @Test
    void thePeriodsQuickChoicesSetTheDatesAndTypedDatesFindTheirChoice() {
        model.periodProperty().set(InjuryListModel.Period.THIS_MONTH);
        assertEquals("01/11/2026", model.fromProperty().get());
        assertEquals("30/11/2026", model.toProperty().get());
        assertEquals(List.of(3L, 1L), shown());
        model.periodProperty().set(InjuryListModel.Period.LAST_MONTH);
        assertEquals(List.of(5L), shown());

        model.fromProperty().set("01/12/2025");
        assertEquals(InjuryListModel.Period.CUSTOM, model.periodProperty().get());
        model.toProperty().set("31/12/2025");
        assertEquals(List.of(6L), shown());
        model.fromProperty().set("1/1/2026");
        model.toProperty().set("31/12/2026");
        assertEquals(InjuryListModel.Period.THIS_YEAR, model.periodProperty().get(), "the same days, typed");

        model.fromProperty().set("31/02/2026");
        assertEquals(InjuryListModel.BAD_PERIOD, model.periodMessageProperty().get());
        assertEquals(List.of(3L, 1L, 5L, 2L, 6L, 4L), shown(), "the unreadable start is left out, the end still applies");
        model.fromProperty().set("");
        assertEquals("", model.periodMessageProperty().get());
    }

    @Test
    void theChartCountsTwelveMonthsEndingWithThePeriodIncludingEmptyMonths() {
        model.clearFilters(); // no end: the chart ends with this month
        Map<YearMonth, Map<InjuryType, Integer>> chart = model.chartProperty().get();
        assertEquals(12, chart.size());
        assertEquals(List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 11)),
                List.of(chart.keySet().iterator().next(), model.chartEnd()));
        assertEquals(Map.of(InjuryType.FALL, 1), chart.get(YearMonth.of(2025, 12)));
        assertEquals(Map.of(), chart.get(YearMonth.of(2026, 1)), "a month without injuries is there, empty");
        assertEquals(Map.of(InjuryType.DROWNING, 1, InjuryType.TRAFFIC, 1), chart.get(YearMonth.of(2026, 11)));
        assertFalse(chart.containsKey(YearMonth.of(2020, 5)));
        assertEquals(List.of(InjuryType.FALL, InjuryType.TRAFFIC, InjuryType.DROWNING), InjuryListModel.typesIn(chart));

        model.periodProperty().set(InjuryListModel.Period.THIS_YEAR);
        chart = model.chartProperty().get();
        assertEquals(YearMonth.of(2026, 1), chart.keySet().iterator().next(), "to December, the period's end");
        assertEquals(Map.of(), chart.get(YearMonth.of(2026, 12)));
        model.outcomeProperty().set(InjuryListModel.Outcome.SURVIVED);
        assertEquals(Map.of(InjuryType.TRAFFIC, 1), model.chartProperty().get().get(YearMonth.of(2026, 11)),
                "the chart counts the filtered rows");
    }

    @Test
    void monthlyCountsAddUpInjuriesOfTheSameTypeAndMonth() {
        List<Injury> injuries = List.of(
                injury(1, mây, LocalDate.of(2026, 7, 1), InjuryType.DROWNING, InjuryPlace.COMMUNITY, false, false),
                injury(2, núi, LocalDate.of(2026, 7, 31), InjuryType.DROWNING, InjuryPlace.HOME, true, false),
                injury(3, núi, LocalDate.of(2026, 8, 1), InjuryType.ELECTRIC_SHOCK, InjuryPlace.HOME, false, false),
                injury(4, núi, LocalDate.of(2025, 7, 31), InjuryType.DROWNING, InjuryPlace.HOME, false, false));
        Map<YearMonth, Map<InjuryType, Integer>> counts = InjuryListModel.monthlyCounts(injuries, YearMonth.of(2026, 7));
        assertEquals(YearMonth.of(2025, 8), counts.keySet().iterator().next(), "July 2025 is the 13th month back");
        assertEquals(Map.of(InjuryType.DROWNING, 2), counts.get(YearMonth.of(2026, 7)));
        assertFalse(counts.containsKey(YearMonth.of(2026, 8)));
        assertEquals(1, counts.values().stream().filter(m -> !m.isEmpty()).count());
    }

    // ---- the form

    @Test
    void aNewInjuryNeedsAChildFoundByTypingADateATypeAndAPlace() {
        InjuryFormModel form = new InjuryFormModel(TODAY, null, List.of(mây, núi, hạnh), null);
        assertTrue(form.injuryToSave().isEmpty());
        assertEquals(InjuryFormModel.NO_CHILD, form.message(InjuryField.CHILD.key()).message());
        assertEquals("Chưa nhập ngày xảy ra tai nạn.", form.message(InjuryField.DATE.key()).message());

        form.searchProperty().set("nui");
        assertEquals(List.of(núi), form.searchResults());
        form.pick(núi);
        assertEquals("", form.searchProperty().get());
        assertEquals("", form.message(InjuryField.CHILD.key()).message());
        form.searchProperty().set("lo");
        assertEquals(List.of(mây), form.searchResults(), "the chosen child is not offered again");

        form.dateProperty().set("31/02/2026");
        assertEquals(FieldMessages.BAD_DATE, form.message(InjuryField.DATE.key()).message());
        form.dateProperty().set("01/02/2016");
        assertEquals("Ngày xảy ra tai nạn 01/02/2016 trước ngày sinh của trẻ (29/02/2016).", form.message(InjuryField.DATE.key()).message());
        form.dateProperty().set("02/11/2026");
        assertEquals("", form.message(InjuryField.DATE.key()).message());
        assertEquals("Lúc xảy ra trẻ 10 tuổi (nhóm 10 - 13 tuổi).", form.ageTextProperty().get());
        form.typeProperty().set(InjuryType.DROWNING);
        form.placeProperty().set(InjuryPlace.COMMUNITY);
        form.treatedAtProperty().set("  Trạm y tế xã ");
        Injury injury = form.injuryToSave().orElseThrow();
        assertEquals(Injuries.of(2, LocalDate.of(2026, 11, 2)).type(InjuryType.DROWNING).place(InjuryPlace.COMMUNITY)
                .treatedAt("Trạm y tế xã").build(), injury);
        assertFalse(form.offersDeath(injury));
    }

    @Test
    void aDeathIsAWarningAndAQuestionNamingTheChildAndTheDay() {
        InjuryFormModel form = new InjuryFormModel(TODAY, null, List.of(núi), núi);
        form.dateProperty().set("02/11/2026");
        form.typeProperty().set(InjuryType.DROWNING);
        form.placeProperty().set(InjuryPlace.COMMUNITY);
        form.diedProperty().set(true);
        assertEquals(Severity.WARNING, form.message(InjuryField.DIED.key()).severity());
        Injury injury = form.injuryToSave().orElseThrow();
        assertTrue(form.offersDeath(injury));
        assertEquals("Ghi nhận trẻ Lò Văn Núi (TE000002) đã mất ngày 02/11/2026 trong sổ trẻ em?", form.deathQuestion(injury));

        Child died = núi.copy();
        died.setStatus(ChildStatus.DIED);
        died.setStatusDate(LocalDate.of(2026, 11, 2));
        InjuryFormModel recorded = new InjuryFormModel(TODAY, injury.withId(9L), List.of(died), null);
        Injury again = recorded.injuryToSave().orElseThrow();
        assertEquals(9L, again.id());
        assertFalse(recorded.offersDeath(again), "the register already says so");
        recorded.dateProperty().set("03/11/2026");
        assertEquals("Ngày xảy ra tai nạn 03/11/2026 sau ngày trẻ mất (02/11/2026).", recorded.message(InjuryField.DATE.key()).message());
    }

    @Test
    void anInjuryOpenedForEditingShowsItsFieldsAndWhatTheRulesSayAtOnce() {
        Injury saved = Injuries.of(1, LocalDate.of(2026, 3, 10)).id(7L).type(InjuryType.FALL).place(InjuryPlace.HOME).died()
                .disabled().treatedAt("Bệnh viện huyện").note("Gãy tay").build();
        InjuryFormModel form = new InjuryFormModel(TODAY, saved, List.of(mây, núi), null);
        assertEquals(mây, form.child());
        assertEquals("Lò Thị Mây (TE000001) · sinh 01/06/2014 · Thôn Đông", form.childTextProperty().get());
        assertEquals("10/03/2026", form.dateProperty().get());
        assertEquals("Gãy tay", form.noteProperty().get());
        assertEquals("Trẻ tử vong do tai nạn nhưng trong sổ trẻ chưa được ghi là đã mất.", form.message(InjuryField.DIED.key()).message());
        assertEquals(saved, form.injuryToSave().orElseThrow());
    }

    @Test
    void typingTheCodeChoosesTheType() {
        assertEquals("8", InjuryFormModel.nextTypeKeys("", "8"));
        assertEquals("10", InjuryFormModel.nextTypeKeys("1", "0"));
        assertEquals("2", InjuryFormModel.nextTypeKeys("1", "2"), "no type 12: the key starts again");
        assertEquals("1", InjuryFormModel.nextTypeKeys("11", "1"));
        assertEquals("0", InjuryFormModel.nextTypeKeys("", "0"), "0 alone begins a code");
        assertTrue(InjuryType.lookup("0").isEmpty());
        assertEquals("08", InjuryFormModel.nextTypeKeys("0", "8"));
        assertEquals("", InjuryFormModel.nextTypeKeys("08", "a"));
        assertEquals(InjuryType.DROWNING, InjuryType.lookup(InjuryFormModel.nextTypeKeys("", "8")).orElseThrow());
    }

    @Test
    void theFormsFreeTextFieldsComeFromTheCatalogueAndAreCheckedForLength() {
        InjuryFormModel form = new InjuryFormModel(TODAY, null, List.of(núi), núi);
        form.dateProperty().set("02/11/2026");
        form.typeProperty().set(InjuryType.DROWNING);
        form.placeProperty().set(InjuryPlace.COMMUNITY);
        form.text(InjuryField.TREATED_AT).set("x".repeat(301));
        assertEquals("Nơi điều trị dài quá 300 ký tự (đang có 301).", form.message(InjuryField.TREATED_AT.key()).message());
        assertTrue(form.injuryToSave().isEmpty(), "too long is an error");
        assertEquals(java.util.Optional.of(InjuryField.TREATED_AT.key()), form.firstErrorField());
        form.text(InjuryField.TREATED_AT).set(" Trạm y tế xã ");
        form.text(InjuryField.NOTE).set("Cứu kịp");
        assertEquals(Injuries.of(2, LocalDate.of(2026, 11, 2)).type(InjuryType.DROWNING).place(InjuryPlace.COMMUNITY)
                .treatedAt("Trạm y tế xã").note("Cứu kịp").build(), form.injuryToSave().orElseThrow());
    }
}
