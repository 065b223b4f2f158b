package vn.sotreem.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.abuse.IntakeChannel;
import vn.sotreem.domain.report.PeriodKind;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.abuse.ReceivingBody;
import vn.sotreem.domain.report.RegisterSnapshot;
import vn.sotreem.domain.report.ReportCalculator;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.report.ReportTemplateFile;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.place.Village;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.ui.settings.ReportSettingsModel;
import vn.sotreem.ui.UiTestSupport;

/** The models of the Báo cáo page and its settings, on a hand-built register whose every number is known. */
class ReportModelsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 5, 9, 0);
    private static final ReportCalculator CALCULATOR = ReportCalculator.bundled();

    /**
     * Mai (girl, Thôn Đông) drowned at home on 05/10/2026 and fell on 10/08/2026; Nam (boy, Thôn Tây)
     * fell on 20/10/2026 and was the victim of a case that happened on 12/09/2026.
     */
    private static RegisterSnapshot snapshot() {
        Child mai = child(1, "TE000001", "Lò Thị Mai", Sex.FEMALE, LocalDate.of(2015, 3, 1), "Thôn Đông");
        Child nam = child(2, "TE000002", "Lò Văn Nam", Sex.MALE, LocalDate.of(2012, 7, 10), "Thôn Tây");
        List<Injury> injuries = List.of(
                Injuries.of(1, LocalDate.of(2026, 10, 5)).id(1L).type(InjuryType.DROWNING).place(InjuryPlace.HOME).build(),
                Injuries.of(1, LocalDate.of(2026, 8, 10)).id(2L).type(InjuryType.FALL).place(InjuryPlace.HOME).build(),
                Injuries.of(2, LocalDate.of(2026, 10, 20)).id(3L).type(InjuryType.FALL).place(InjuryPlace.SCHOOL).build());
        AbuseCase abuse = new AbuseCase("XH2026-001", new Intake(LocalDate.of(2026, 9, 12), LocalTime.of(8, 0),
                IntakeChannel.PHONE, ReceivingBody.HOTLINE_111, null, LocalDate.of(2026, 9, 12), null, null,
                AbuseSetting.values()[0], null, null, null, null, null, null));
        abuse.setId(1L);
        abuse.setVictims(List.of(new AbuseVictim(2, Set.of(AbuseForm.values()[0]), List.of(), true, null)));
        return new RegisterSnapshot(List.of(new Village(1, "Thôn Đông", 1), new Village(2, "Thôn Tây", 2)),
                List.of(mai, nam), List.of(), List.of(), List.of(abuse), injuries);
    }

    private static Child child(long id, String code, String name, Sex sex, LocalDate birth, String village) {
        Child c = UiTestSupport.child(name, birth, sex, village);
        c.setId(id);
        c.setCode(code);
        return c;
    }

    private static IndicatorReport report(RegisterSnapshot snapshot, ReportPeriod period) {
        return CALCULATOR.compute(snapshot, period, WorkingDays.standard(), NOW);
    }

    private static ReportPeriod month(int year, int month) {
        return ReportPeriod.month(year, month, PeriodRule.CALENDAR);
    }

    // ---- preview

    @Test
    void thePreviewPutsThePreviousPeriodAndTheChangeBesideEachValueWithReadableLabels() {
        RegisterSnapshot snapshot = snapshot();
        List<ReportPreviewModel.Indicator> preview = ReportPreviewModel.build(report(snapshot, month(2026, 10)),
                report(snapshot, month(2026, 9)));
        ReportPreviewModel.Indicator injured = indicator(preview, "tntt.so_tre");
        assertEquals(ReportPreviewModel.Level.INDICATOR, injured.line().level());
        assertEquals(List.of("2", "0", "+2"), texts(injured.line()));
        ReportPreviewModel.Cut byTypeAndSex = injured.cuts().stream()
                .filter(c -> c.heading().text().equals("Theo Loại TNTT × Giới tính")).findFirst().orElseThrow();
        ReportPreviewModel.Line drownedGirls = byTypeAndSex.cells().stream()
                .filter(l -> l.breakdown().equals("loai=08;gioi_tinh=nu")).findFirst().orElseThrow();
        assertEquals("Loại TNTT: Đuối nước · Giới tính: Nữ", drownedGirls.text());
        assertEquals(List.of("1", "0", "+1"), texts(drownedGirls));

        ReportPreviewModel.Indicator victims = indicator(preview, "xam_hai.so_tre");
        assertEquals(List.of("0", "1", "-1"), texts(victims.line()), "the September victim is last period's");

        // Every value of the report is in the preview once, in report order.
        IndicatorReport october = report(snapshot, month(2026, 10));
        List<String> shown = new ArrayList<>();
        for (ReportPreviewModel.Indicator i : preview) {
            if (october.row(i.id(), "").isPresent()) {
                shown.add(i.id() + "|");
            }
            i.cuts().forEach(c -> c.cells().forEach(l -> shown.add(l.indicatorId() + "|" + l.breakdown())));
        }
        assertEquals(october.rows().stream().map(r -> r.indicatorId() + "|" + r.breakdown()).toList(), shown);
    }

    @Test
    void aRateWithAZeroDenominatorIsEmptyAndSoIsItsChange() {
        RegisterSnapshot snapshot = snapshot();
        List<ReportPreviewModel.Indicator> preview = ReportPreviewModel.build(report(snapshot, month(2026, 10)),
                report(snapshot, month(2026, 9)));
        ReportPreviewModel.Indicator supported = indicator(preview, "hcdb.ty_le_duoc_tro_giup");
        assertEquals(List.of("", "", ""), texts(supported.line()), "no child in a HCĐB group: no denominator");
    }

    @Test
    void theFilterFindsIndicatorsHeadingsAndValuesWithoutAccents() {
        RegisterSnapshot snapshot = snapshot();
        List<ReportPreviewModel.Indicator> preview = ReportPreviewModel.build(report(snapshot, month(2026, 10)),
                report(snapshot, month(2026, 9)));
        assertEquals(preview, ReportPreviewModel.filter(preview, "  "));

        List<ReportPreviewModel.Indicator> drowning = ReportPreviewModel.filter(preview, "duoi NUOC");
        assertEquals(List.of("tntt.so_tre", "tntt.tu_vong"), drowning.stream().map(ReportPreviewModel.Indicator::id).toList());
        for (ReportPreviewModel.Indicator i : drowning) {
            i.cuts().forEach(c -> c.cells().forEach(l -> assertTrue(l.text().contains("Đuối nước"), l.text())));
        }
        assertEquals(Set.of("Theo Loại TNTT", "Theo Loại TNTT × Giới tính", "Theo Loại TNTT × Nhóm tuổi",
                "Theo Loại TNTT × Địa điểm TNTT"), drowning.get(0).cuts().stream().map(c -> c.heading().text())
                .collect(Collectors.toSet()));

        // A matching indicator name keeps the whole indicator; a matching heading its values.
        ReportPreviewModel.Indicator injured = indicator(preview, "tntt.so_tre");
        String name = injured.line().text();
        assertTrue(ReportPreviewModel.filter(preview, name).contains(injured));
        List<ReportPreviewModel.Indicator> byVillage = ReportPreviewModel.filter(preview, "thôn/tổ");
        assertEquals(List.of("tre_em.so_luong"), byVillage.stream().map(ReportPreviewModel.Indicator::id).toList());
        assertEquals(2, byVillage.get(0).cuts().get(0).cells().size(), "both villages under the heading");
        assertEquals(List.of(), ReportPreviewModel.filter(preview, "không có chỉ tiêu này"));
    }

    @Test
    void numbersAreWrittenAsVietnameseOfficesWriteThem() {
        assertEquals("1.500.000", ReportPreviewModel.format(new BigDecimal("1500000")));
        assertEquals("12,50", ReportPreviewModel.format(new BigDecimal("12.50")));
        assertEquals("0,00", ReportPreviewModel.format(new BigDecimal("0.00")));
        assertEquals("", ReportPreviewModel.format(null));
        assertEquals("+2", ReportPreviewModel.change(BigDecimal.valueOf(2), BigDecimal.ZERO));
        assertEquals("-3", ReportPreviewModel.change(BigDecimal.valueOf(2), BigDecimal.valueOf(5)));
        assertEquals("0", ReportPreviewModel.change(BigDecimal.ONE, BigDecimal.ONE));
        assertEquals("-0,25", ReportPreviewModel.change(new BigDecimal("1.25"), new BigDecimal("1.50")));
        assertEquals("", ReportPreviewModel.change(null, BigDecimal.ONE));
        assertEquals("", ReportPreviewModel.change(BigDecimal.ONE, null));
    }

    @Test
    void breakdownLabelsKeepAVillageNameWhole() {
        assertEquals("Thôn/Tổ dân phố: Xóm 1; Bãi=Giữa", ReportPreviewModel.breakdownLabel("thon=Xóm 1; Bãi=Giữa"));
        assertEquals("Nhóm tuổi: " + vn.sotreem.domain.child.AgeBand.values()[0].label() + " · Thôn/Tổ dân phố: A;gioi_tinh",
                ReportPreviewModel.breakdownLabel("nhom_tuoi=" + vn.sotreem.domain.child.AgeBand.values()[0].code() + ";thon=A;gioi_tinh"));
        assertEquals("", ReportPreviewModel.breakdownLabel(""));
    }

    private static ReportPreviewModel.Indicator indicator(List<ReportPreviewModel.Indicator> preview, String id) {
        return preview.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> texts(ReportPreviewModel.Line line) {
        return List.of(line.currentText(), line.previousText(), line.changeText());
    }

    // ---- trend

    @Test
    void theTrendCountsTwelveMonthsEndingWithThePeriodByTheReportsOwnNumbers() {
        RegisterSnapshot snapshot = snapshot();
        ReportTrendModel trend = ReportTrendModel.of(month(2026, 10), p -> report(snapshot, p));
        assertEquals(12, trend.points().size());
        assertEquals(YearMonth.of(2025, 11), trend.points().get(0).month());
        assertEquals(YearMonth.of(2026, 10), trend.points().get(11).month());
        Map<YearMonth, List<Integer>> nonZero = trend.points().stream().filter(p -> p.injured() + p.abused() > 0)
                .collect(Collectors.toMap(ReportTrendModel.Point::month, p -> List.of(p.injured(), p.abused())));
        assertEquals(Map.of(YearMonth.of(2026, 8), List.of(1, 0), YearMonth.of(2026, 9), List.of(0, 1),
                YearMonth.of(2026, 10), List.of(2, 0)), nonZero);
        assertEquals("Số trẻ theo tháng, 11/2025 – 10/2026", trend.title());
        assertEquals(List.of("11", "12", "1", "2"), trend.points().subList(0, 4).stream()
                .map(ReportTrendModel::monthLabel).toList());
        assertEquals(2, trend.highest());
        assertTrue(ReportTrendModel.of(month(2025, 6), p -> report(snapshot, p)).isEmpty());
    }

    @Test
    void theTrendFollowsThePeriodRuleAndEndsWithTheLastMonthOfAQuarter() {
        RegisterSnapshot snapshot = snapshot();
        // NĐ 09: month 10 is 15/09–14/10 (Mai's drowning), month 11 is 15/10–14/11 (Nam's fall on 20/10).
        ReportTrendModel nd09 = ReportTrendModel.of(ReportPeriod.month(2026, 11, PeriodRule.ND09), p -> report(snapshot, p));
        ReportTrendModel.Point october = nd09.points().get(10);
        assertEquals(LocalDate.of(2026, 9, 15), october.period().from());
        assertEquals(List.of(1, 1), List.of(october.injured(), nd09.points().get(11).injured()));
        assertEquals(1, nd09.points().get(9).abused(), "12/09 is in month 9 (15/08–14/09)");

        List<ReportPeriod> quarter = ReportTrendModel.months(ReportPeriod.quarter(2026, 3, PeriodRule.CALENDAR));
        assertEquals(month(2025, 10), quarter.get(0));
        assertEquals(month(2026, 9), quarter.get(11));
        assertEquals(month(2026, 12), ReportTrendModel.months(ReportPeriod.year(2026, PeriodRule.CALENDAR)).get(11));
        assertEquals(month(2026, 6), ReportTrendModel.months(ReportPeriod.half(2026, 1, PeriodRule.CALENDAR)).get(11));
    }

    // ---- period choices

    @Test
    void theDefaultPeriodIsTheLastOneOverAndTheListStartsWithTheCurrentOne() {
        LocalDate today = LocalDate.of(2026, 11, 5);
        assertEquals(month(2026, 10), ReportPageModel.defaultPeriod(today, PeriodKind.MONTH, PeriodRule.CALENDAR));
        assertEquals(ReportPeriod.quarter(2026, 3, PeriodRule.CALENDAR),
                ReportPageModel.defaultPeriod(today, PeriodKind.QUARTER, PeriodRule.CALENDAR));
        assertEquals(ReportPeriod.half(2026, 1, PeriodRule.CALENDAR),
                ReportPageModel.defaultPeriod(today, PeriodKind.HALF, PeriodRule.CALENDAR));
        assertEquals(ReportPeriod.year(2025, PeriodRule.CALENDAR),
                ReportPageModel.defaultPeriod(today, PeriodKind.YEAR, PeriodRule.CALENDAR));
        // On 20/11 under NĐ 09, month 11 (15/10–14/11) is over and month 12 has begun.
        assertEquals(ReportPeriod.month(2026, 11, PeriodRule.ND09),
                ReportPageModel.defaultPeriod(LocalDate.of(2026, 11, 20), PeriodKind.MONTH, PeriodRule.ND09));

        List<ReportPeriod> months = ReportPageModel.periodChoices(today, PeriodKind.MONTH, PeriodRule.CALENDAR);
        assertEquals(month(2026, 11), months.get(0));
        assertEquals(month(2026, 10), months.get(1));
        assertEquals(month(2016, 1), months.get(months.size() - 1));
        assertEquals(10 * 12 + 11, months.size());
        assertEquals("Tháng 11/2026 (chưa hết kỳ)", ReportPageModel.choiceLabel(months.get(0), today));
        assertEquals("Tháng 10/2026", ReportPageModel.choiceLabel(months.get(1), today));
        assertEquals(List.of(ReportPeriod.year(2026, PeriodRule.ND09), ReportPeriod.year(2025, PeriodRule.ND09)),
                ReportPageModel.periodChoices(today, PeriodKind.YEAR, PeriodRule.ND09).subList(0, 2));
        assertEquals(ReportPeriod.month(2026, 10, PeriodRule.ND09), ReportPageModel.withRule(month(2026, 10), PeriodRule.ND09));
    }

    // ---- settings texts

    @Test
    void theTemplateLineSaysWhichTemplateWhenAndWho() {
        ReportTemplateFile file = new ReportTemplateFile("Mau_BaoCao_LaoCai.xlsx", new byte[] {1},
                LocalDateTime.of(2026, 11, 5, 9, 7), "Nguyễn Thị Lan");
        assertEquals("Mẫu đang dùng: Mau_BaoCao_LaoCai.xlsx — nạp ngày 05/11/2026 lúc 09:07, người nạp: Nguyễn Thị Lan.",
                ReportSettingsModel.templateText(Optional.of(file)));
        assertEquals(ReportSettingsModel.NO_TEMPLATE, ReportSettingsModel.templateText(Optional.empty()));
        assertEquals("Điền vào mẫu của tỉnh (Mau_BaoCao_LaoCai.xlsx)", ReportPageModel.templateChoice(file));
    }
}
