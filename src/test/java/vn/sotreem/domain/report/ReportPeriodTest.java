package vn.sotreem.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.UserFacingException;

class ReportPeriodTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            // kind, rule, ky, tu_ngay, den_ngay
            "month,   calendar, 2026-10, 01/10/2026, 31/10/2026",
            "month,   calendar, 2026-01, 01/01/2026, 31/01/2026",
            "month,   calendar, 2026-02, 01/02/2026, 28/02/2026",
            "month,   calendar, 2028-02, 01/02/2028, 29/02/2028",
            "month,   calendar, 2026-12, 01/12/2026, 31/12/2026",
            "month,   nd09,     2026-10, 15/09/2026, 14/10/2026",
            "month,   nd09,     2026-01, 15/12/2025, 14/01/2026",
            "month,   nd09,     2026-03, 15/02/2026, 14/03/2026",
            "month,   nd09,     2026-12, 15/11/2026, 14/12/2026",
            "quarter, calendar, 2026-Q1, 01/01/2026, 31/03/2026",
            "quarter, calendar, 2026-Q2, 01/04/2026, 30/06/2026",
            "quarter, calendar, 2026-Q3, 01/07/2026, 30/09/2026",
            "quarter, calendar, 2026-Q4, 01/10/2026, 31/12/2026",
            "quarter, nd09,     2026-Q1, 15/12/2025, 14/03/2026",
            "quarter, nd09,     2026-Q2, 15/03/2026, 14/06/2026",
            "quarter, nd09,     2026-Q3, 15/06/2026, 14/09/2026",
            "quarter, nd09,     2026-Q4, 15/09/2026, 14/12/2026",
            "half,    calendar, 2026-H1, 01/01/2026, 30/06/2026",
            "half,    calendar, 2026-H2, 01/07/2026, 31/12/2026",
            "half,    nd09,     2026-H1, 15/12/2025, 14/06/2026",
            "half,    nd09,     2026-H2, 15/06/2026, 14/12/2026",
            "year,    calendar, 2026,    01/01/2026, 31/12/2026",
            "year,    nd09,     2026,    15/12/2025, 14/12/2026",
    })
    void cutsEveryKindByEitherRule(String kind, String rule, String ky, String from, String to) {
        ReportPeriod p = ReportPeriod.parse(ky, PeriodKind.lookup(kind).orElseThrow(), PeriodRule.lookup(rule).orElseThrow());
        assertEquals(DateText.parse(from).orElseThrow(), p.from());
        assertEquals(DateText.parse(to).orElseThrow(), p.to());
        assertEquals(ky, p.ky());
        assertEquals(p, ReportPeriod.parse(ky, null, p.rule()), "the form of the text gives the kind");
        assertTrue(p.contains(p.from()) && p.contains(p.to()), "both ends are in the period");
        assertFalse(p.contains(p.from().minusDays(1)) || p.contains(p.to().plusDays(1)));
    }

    @Test
    void periodsOfOneKindFollowEachOtherWithoutGapAcrossTheYear() {
        for (PeriodRule rule : PeriodRule.values()) {
            for (PeriodKind kind : PeriodKind.values()) {
                ReportPeriod p = ReportPeriod.parse(kind == PeriodKind.YEAR ? "2027" : switch (kind) {
                    case MONTH -> "2027-01";
                    case QUARTER -> "2027-Q1";
                    default -> "2027-H1";
                }, kind, rule);
                for (int i = 0; i < 30; i++) {
                    ReportPeriod before = p.previous();
                    assertEquals(p.from().minusDays(1), before.to(), before + " then " + p);
                    assertEquals(before, ReportPeriod.containing(before.to(), kind, rule));
                    assertEquals(before, ReportPeriod.containing(before.from(), kind, rule));
                    p = before;
                }
            }
        }
    }

    @Test
    void theCurrentPeriodUnderTheCutOffStartsOnTheFifteenth() {
        assertEquals("2026-10", ReportPeriod.containing(LocalDate.of(2026, 10, 14), PeriodKind.MONTH, PeriodRule.ND09).ky());
        assertEquals("2026-11", ReportPeriod.containing(LocalDate.of(2026, 10, 15), PeriodKind.MONTH, PeriodRule.ND09).ky());
        assertEquals("2027-01", ReportPeriod.containing(LocalDate.of(2026, 12, 15), PeriodKind.MONTH, PeriodRule.ND09).ky());
        assertEquals("2027", ReportPeriod.containing(LocalDate.of(2026, 12, 15), PeriodKind.YEAR, PeriodRule.ND09).ky());
        assertEquals("2026", ReportPeriod.containing(LocalDate.of(2026, 12, 15), PeriodKind.YEAR, PeriodRule.CALENDAR).ky());
        assertEquals("2026-Q4", ReportPeriod.containing(LocalDate.of(2026, 12, 14), PeriodKind.QUARTER, PeriodRule.ND09).ky());
    }

    @Test
    void readsTheCommandLineForms() {
        assertEquals(ReportPeriod.month(2026, 1, PeriodRule.CALENDAR), ReportPeriod.parse(" 2026-1 ", PeriodKind.MONTH, PeriodRule.CALENDAR));
        assertEquals(ReportPeriod.quarter(2026, 3, PeriodRule.ND09), ReportPeriod.parse("2026-q3", null, PeriodRule.ND09));
        assertEquals(ReportPeriod.half(2026, 2, PeriodRule.CALENDAR), ReportPeriod.parse("2026-h2", PeriodKind.HALF, PeriodRule.CALENDAR));
        assertEquals(ReportPeriod.year(2026, PeriodRule.CALENDAR), ReportPeriod.parse("2026", PeriodKind.YEAR, PeriodRule.CALENDAR));
        assertEquals(PeriodKind.HALF, PeriodKind.lookup("half").orElseThrow());
        assertEquals(PeriodKind.HALF, PeriodKind.lookup("sau_thang").orElseThrow());
        assertEquals(PeriodKind.QUARTER, PeriodKind.lookup("Quý").orElseThrow());
        assertEquals(PeriodRule.ND09, PeriodRule.lookup("nd09").orElseThrow());
    }

    @Test
    void refusesATextOfAnotherKindOrOutOfRange() {
        UserFacingException wrongKind = assertThrows(UserFacingException.class,
                () -> ReportPeriod.parse("2026-Q3", PeriodKind.MONTH, PeriodRule.CALENDAR));
        assertEquals("Kỳ báo cáo “2026-Q3” không hợp lệ: hãy viết dạng 2026-10 (tháng).", wrongKind.getMessage());
        assertThrows(UserFacingException.class, () -> ReportPeriod.parse("2026-13", PeriodKind.MONTH, PeriodRule.CALENDAR));
        assertThrows(UserFacingException.class, () -> ReportPeriod.parse("2026-0", null, PeriodRule.CALENDAR));
        assertThrows(UserFacingException.class, () -> ReportPeriod.parse("2026-Q5", null, PeriodRule.CALENDAR));
        assertThrows(UserFacingException.class, () -> ReportPeriod.parse("10/2026", null, PeriodRule.CALENDAR));
        assertThrows(UserFacingException.class, () -> ReportPeriod.parse("", null, PeriodRule.CALENDAR));
    }

    @Test
    void labelsReadAsInAReportTitle() {
        assertEquals("Tháng 10/2026 (01/10/2026 – 31/10/2026)", ReportPeriod.month(2026, 10, PeriodRule.CALENDAR).labelWithDates());
        assertEquals("Quý III/2026", ReportPeriod.quarter(2026, 3, PeriodRule.CALENDAR).label());
        assertEquals("6 tháng đầu năm 2026 (15/12/2025 – 14/06/2026)", ReportPeriod.half(2026, 1, PeriodRule.ND09).labelWithDates());
        assertEquals("6 tháng cuối năm 2026", ReportPeriod.half(2026, 2, PeriodRule.CALENDAR).label());
        assertEquals("Năm 2026", ReportPeriod.year(2026, PeriodRule.ND09).label());
    }
}
