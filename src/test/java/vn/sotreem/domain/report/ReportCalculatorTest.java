package vn.sotreem.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.domain.report.ReportRegisters.closedAtOnce;
import static vn.sotreem.domain.report.ReportRegisters.d;
import static vn.sotreem.domain.report.ReportRegisters.victim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.child.Ages;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.Sex;

/**
 * Hand-built registers whose every cell is known: each test lists the non-zero cells and checks that
 * every other emitted cell is zero (report-spec "every combination … zeros included").
 */
class ReportCalculatorTest {

    private static final ReportPeriod OCTOBER = ReportRegisters.OCTOBER;

    /** Checks every emitted cell: those listed have their value ("" = empty), all others are 0. */
    private static void assertCells(IndicatorReport report, Map<String, String> nonZero) {
        Map<String, String> actual = new LinkedHashMap<>();
        for (ReportRow row : report.rows()) {
            String key = row.indicatorId() + "|" + row.breakdown();
            assertNull(actual.put(key, row.value() == null ? "" : row.value().toPlainString()), "cell emitted twice: " + key);
        }
        for (String key : nonZero.keySet()) {
            assertTrue(actual.containsKey(key), "no such cell: " + key);
        }
        List<String> wrong = new ArrayList<>();
        actual.forEach((key, value) -> {
            String expected = nonZero.getOrDefault(key, "0");
            if (!expected.equals(value)) {
                wrong.add(key + " = " + value + ", expected " + expected);
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static Map<String, String> cells(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            assertNull(map.put(keyValues[i], keyValues[i + 1]), "listed twice: " + keyValues[i]);
        }
        return map;
    }

    @Test
    void countsEveryCellOfTheOctoberRegister() {
        IndicatorReport report = ReportRegisters.october().report(OCTOBER);
        String[] tntt = {
                "", "4", "gioi_tinh=nam", "3", "gioi_tinh=nu", "1",
                "nhom_tuoi=0-5", "1", "nhom_tuoi=6-9", "1", "nhom_tuoi=10-13", "2", "nhom_tuoi=14-15", "1",
                "dia_diem=nha", "2", "dia_diem=truong_hoc", "1", "dia_diem=cong_dong", "2",
                "loai=01", "1", "loai=03", "2", "loai=08", "2",
                "loai=01;gioi_tinh=nu", "1", "loai=03;gioi_tinh=nam", "2", "loai=08;gioi_tinh=nam", "1", "loai=08;gioi_tinh=nu", "1",
                "loai=01;nhom_tuoi=0-5", "1", "loai=03;nhom_tuoi=10-13", "1", "loai=03;nhom_tuoi=14-15", "1",
                "loai=08;nhom_tuoi=6-9", "1", "loai=08;nhom_tuoi=10-13", "1",
                "loai=01;dia_diem=nha", "1", "loai=03;dia_diem=truong_hoc", "1", "loai=03;dia_diem=cong_dong", "1",
                "loai=08;dia_diem=nha", "1", "loai=08;dia_diem=cong_dong", "1"};
        Map<String, String> expected = cells(
                "tre_em.so_luong|", "5",
                "tre_em.so_luong|gioi_tinh=nam", "1",
                "tre_em.so_luong|gioi_tinh=nu", "4",
                "tre_em.so_luong|nhom_tuoi=0-5", "1",
                "tre_em.so_luong|nhom_tuoi=6-9", "1",
                "tre_em.so_luong|nhom_tuoi=14-15", "3",
                "tre_em.so_luong|thon=Thôn Hòa", "3",
                "tre_em.so_luong|thon=Thôn Đông", "2",
                "tre_em.so_luong|gioi_tinh=nam;nhom_tuoi=14-15", "1",
                "tre_em.so_luong|gioi_tinh=nu;nhom_tuoi=0-5", "1",
                "tre_em.so_luong|gioi_tinh=nu;nhom_tuoi=6-9", "1",
                "tre_em.so_luong|gioi_tinh=nu;nhom_tuoi=14-15", "2",
                "hcdb.so_tre|", "3",
                "hcdb.so_tre|gioi_tinh=nam", "1",
                "hcdb.so_tre|gioi_tinh=nu", "2",
                "hcdb.so_tre|nhom_tuoi=6-9", "1",
                "hcdb.so_tre|nhom_tuoi=14-15", "2",
                "hcdb.theo_nhom|nhom=a", "1",
                "hcdb.theo_nhom|nhom=d", "3",
                "hcdb.theo_nhom|nhom=m", "1",
                "hcdb.ty_le|", "60.00",
                "hcdb.duoc_tro_giup|", "2",
                "hcdb.duoc_tro_giup|gioi_tinh=nam", "1",
                "hcdb.duoc_tro_giup|gioi_tinh=nu", "1",
                "hcdb.ty_le_duoc_tro_giup|", "66.67",
                "xam_hai.so_tre|", "3",
                "xam_hai.so_tre|gioi_tinh=nam", "1",
                "xam_hai.so_tre|gioi_tinh=nu", "2",
                "xam_hai.so_tre|nhom_tuoi=0-5", "2",
                "xam_hai.so_tre|nhom_tuoi=6-9", "1",
                "xam_hai.so_tre|moi_truong=gia_dinh", "2",
                "xam_hai.so_tre|moi_truong=truong_hoc", "2",
                "xam_hai.so_tre|hinh_thuc=bao_luc", "2",
                "xam_hai.so_tre|hinh_thuc=xam_hai_tinh_duc", "1",
                "xam_hai.so_tre|hinh_thuc=bo_roi_bo_mac", "1",
                "xam_hai.so_vu|", "2",
                "xam_hai.so_vu|hinh_thuc=bao_luc", "2",
                "xam_hai.so_vu|hinh_thuc=xam_hai_tinh_duc", "1",
                "xam_hai.so_vu|hinh_thuc=bo_roi_bo_mac", "1",
                "xam_hai.duoc_ho_tro|", "2",
                "xam_hai.xu_ly_hanh_chinh|", "2",
                "xam_hai.tien_phat|", "3500000",
                "tntt.khuyet_tat|", "1",
                "tntt.ty_suat|", "80000.00",
                "tntt.ty_suat_tu_vong|", "20000.00");
        for (int i = 0; i < tntt.length; i += 2) {
            expected.put("tntt.so_tre|" + tntt[i], tntt[i + 1]);
        }
        for (String cell : List.of("", "gioi_tinh=nam", "nhom_tuoi=10-13", "dia_diem=nha", "loai=08", "loai=08;gioi_tinh=nam",
                "loai=08;nhom_tuoi=10-13", "loai=08;dia_diem=nha")) {
            expected.put("tntt.tu_vong|" + cell, "1");
        }
        assertCells(report, expected);
    }

    @Test
    void emitsEveryCombinationInTheCatalogueOrder() {
        IndicatorReport report = ReportRegisters.october().report(OCTOBER);
        // tre_em 1+3+4+3+12, hcdb 1+3+4, 14, 1, 1+3, 1, xam_hai 1+3+4+6+6, 1+6, 1, 1, 1,
        // tntt 2 × (1+3+4+3+11+33+44+33), 1, 1, 1
        assertEquals(23 + 8 + 14 + 1 + 4 + 1 + 20 + 7 + 3 + 2 * 132 + 3, report.rows().size());
        List<String> first = report.rows().stream().limit(12)
                .map(r -> r.indicatorId() + "|" + r.breakdown()).toList();
        assertEquals(List.of("tre_em.so_luong|", "tre_em.so_luong|gioi_tinh=nam", "tre_em.so_luong|gioi_tinh=nu",
                "tre_em.so_luong|gioi_tinh=khong_xac_dinh", "tre_em.so_luong|nhom_tuoi=0-5", "tre_em.so_luong|nhom_tuoi=6-9",
                "tre_em.so_luong|nhom_tuoi=10-13", "tre_em.so_luong|nhom_tuoi=14-15", "tre_em.so_luong|thon=Thôn Hòa",
                "tre_em.so_luong|thon=Thôn Đông", "tre_em.so_luong|thon=Thôn Tây",
                "tre_em.so_luong|gioi_tinh=nam;nhom_tuoi=0-5"), first);
        List<String> hcdbGroups = report.rowsOf("hcdb.theo_nhom").stream().map(ReportRow::breakdown).toList();
        assertEquals(14, hcdbGroups.size());
        assertEquals("nhom=a", hcdbGroups.get(0));
        assertEquals("nhom=đ", hcdbGroups.get(4));
        assertEquals("nhom=o", hcdbGroups.get(13));
        ReportRow rate = report.row("tntt.ty_suat", "").orElseThrow();
        assertEquals("Tỷ suất trẻ em bị tai nạn, thương tích trên 100.000 trẻ em", rate.indicatorName());
        assertEquals("trẻ em/100.000 trẻ em", rate.unit());
        assertEquals(new BigDecimal("2"), report.value("tntt.so_tre", "loai=08").orElseThrow());
        assertTrue(report.row("tntt.so_tre", "gioi_tinh=nu;loai=08").isEmpty(), "keys are written in the fixed order only");
        assertEquals("tt13-2021-xa-1", report.catalogueVersion());
    }

    @Test
    void warnsOfOpenMembershipsOfChildrenWhoLeftAndOfCasesPastTheirLimits() {
        IndicatorReport report = ReportRegisters.october().report(OCTOBER);
        assertFalse(report.hasErrors(), report.problems().toString());
        assertEquals(List.of(
                "TE-002: Trẻ TE-002 đủ 16 tuổi từ 15/10/2026 nhưng vẫn còn trong nhóm HCĐB “e. Trẻ em vi phạm pháp luật” đến 31/10/2026.",
                "TE-003: Trẻ TE-003 có tình trạng “Đã chuyển đi” từ 20/10/2026 nhưng vẫn còn trong nhóm HCĐB “c. Trẻ em không nơi nương tựa” đến 31/10/2026.",
                "TE-007: Trẻ TE-007 có tình trạng “Đã mất” từ 31/10/2026 nhưng vẫn còn trong nhóm HCĐB “b. Trẻ em bị bỏ rơi” đến 31/10/2026.",
                "XH-2026-003: Vụ việc XH-2026-003: đã quá hạn “Xây dựng kế hoạch hỗ trợ (≤ 5 ngày làm việc)” (hạn 08/10/2026) mà chưa ghi nhận bước này."),
                report.problems().stream().map(p -> p.recordCode() + ": " + p.message()).toList());
        ReportProblem caseWarning = report.problems().get(3);
        assertEquals(ReportProblem.Subject.ABUSE_CASE, caseWarning.subject());
        assertEquals(3L, caseWarning.recordId());
        assertEquals(ReportProblem.Subject.CHILD, report.problems().get(0).subject());
        assertEquals(2L, report.problems().get(0).recordId());
    }

    @Test
    void anImportedCaseWithoutStepsIsOnlyAWarning() {
        ReportRegisters r = new ReportRegisters().villages("Thôn 1");
        Child c = r.child("TE-1", Sex.FEMALE, d(2015, 1, 1), "Thôn 1");
        AbuseCase imported = r.abuseCase("XH-2026-009", d(2026, 10, 3), d(2026, 10, 5), AbuseSetting.FAMILY,
                victim(c, false, AbuseForm.VIOLENCE));
        imported.setProcedureTracked(false);
        imported.setMarkedEmergency(true);
        IndicatorReport report = r.report(OCTOBER);
        assertFalse(report.hasErrors());
        assertEquals(List.of(
                "Vụ việc XH-2026-009: đã quá hạn “Can thiệp khẩn cấp / cách ly (≤ 12 giờ)” (hạn 05/10/2026 lúc 20:00) mà chưa ghi nhận bước này (vụ việc chép từ sổ cũ, chưa ghi các bước thủ tục).",
                "Vụ việc XH-2026-009: đã quá hạn “Xây dựng kế hoạch hỗ trợ (≤ 5 ngày làm việc)” (hạn 12/10/2026) mà chưa ghi nhận bước này (vụ việc chép từ sổ cũ, chưa ghi các bước thủ tục)."),
                report.problems().stream().filter(p -> p.subject() == ReportProblem.Subject.ABUSE_CASE)
                        .map(ReportProblem::message).toList());
    }

    @Test
    void anEmptyRegisterGivesZerosEverywhereAndEmptyRatesWithWarnings() {
        IndicatorReport report = new ReportRegisters().villages("Thôn 1", "Thôn 2").report(OCTOBER);
        assertCells(report, cells("hcdb.ty_le|", "", "hcdb.ty_le_duoc_tro_giup|", "", "tntt.ty_suat|", "",
                "tntt.ty_suat_tu_vong|", ""));
        assertEquals(2, report.rows().stream().filter(r -> r.breakdown().startsWith("thon=")).count());
        assertFalse(report.hasErrors());
        assertEquals(List.of(
                "hcdb.ty_le: Chỉ tiêu “Tỷ lệ trẻ em có hoàn cảnh đặc biệt” để trống vì mẫu số “Số trẻ em dưới 16 tuổi đang sinh sống trên địa bàn xã” bằng 0.",
                "hcdb.ty_le_duoc_tro_giup: Chỉ tiêu “Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp” để trống vì mẫu số “Số trẻ em có hoàn cảnh đặc biệt” bằng 0.",
                "tntt.ty_suat: Chỉ tiêu “Tỷ suất trẻ em bị tai nạn, thương tích trên 100.000 trẻ em” để trống vì mẫu số “Số trẻ em dưới 16 tuổi đang sinh sống trên địa bàn xã” bằng 0.",
                "tntt.ty_suat_tu_vong: Chỉ tiêu “Tỷ suất trẻ em tử vong do tai nạn, thương tích trên 100.000 trẻ em” để trống vì mẫu số “Số trẻ em dưới 16 tuổi đang sinh sống trên địa bàn xã” bằng 0."),
                report.problems().stream().map(p -> p.recordCode() + ": " + p.message()).toList());
        assertTrue(report.problems().stream().allMatch(p -> p.subject() == ReportProblem.Subject.INDICATOR && !p.isError()));
    }

    @Test
    void ratesRoundHalfUpToTwoDecimals() {
        ReportRegisters r = new ReportRegisters().villages("Thôn 1");
        // 8 children, 1 in HCĐB: 12.5 %; 3 HCĐB children of whom 2 helped would be 66.67 (see October).
        for (int i = 1; i <= 8; i++) {
            Child c = r.child("TE-" + i, Sex.MALE, d(2015, 1, 1), "Thôn 1");
            if (i == 1) {
                r.membership(c, HcdbGroup.DISABLED, d(2020, 1, 1), null);
                r.support(c, d(2026, 10, 15));
            }
        }
        // 1 injured of 8: 12 500 per 100 000; one of 3 → 33.33 is checked by a third of 3 below.
        r.injury(r.children().get(0), d(2026, 10, 15), InjuryType.CUT, InjuryPlace.HOME, false, false);
        IndicatorReport report = r.report(OCTOBER);
        assertEquals("12.50", report.value("hcdb.ty_le", "").orElseThrow().toPlainString());
        assertEquals("100.00", report.value("hcdb.ty_le_duoc_tro_giup", "").orElseThrow().toPlainString());
        assertEquals("12500.00", report.value("tntt.ty_suat", "").orElseThrow().toPlainString());

        ReportRegisters third = new ReportRegisters().villages("Thôn 1");
        for (int i = 1; i <= 3; i++) {
            Child c = third.child("TE-" + i, Sex.MALE, d(2015, 1, 1), "Thôn 1");
            third.membership(c, HcdbGroup.DISABLED, d(2020, 1, 1), null);
        }
        third.support(third.children().get(0), d(2026, 10, 15));
        IndicatorReport thirds = third.report(OCTOBER);
        assertEquals("33.33", thirds.value("hcdb.ty_le_duoc_tro_giup", "").orElseThrow().toPlainString());
        assertEquals("100.00", thirds.value("hcdb.ty_le", "").orElseThrow().toPlainString());

        // 1 of 32 is 3.125 %: half-up gives 3.13 (half-even would give 3.12).
        ReportRegisters halves = new ReportRegisters().villages("Thôn 1");
        for (int i = 1; i <= 32; i++) {
            Child c = halves.child("TE-" + i, Sex.MALE, d(2015, 1, 1), "Thôn 1");
            if (i == 1) {
                halves.membership(c, HcdbGroup.DISABLED, d(2020, 1, 1), null);
            }
        }
        assertEquals("3.13", halves.report(OCTOBER).value("hcdb.ty_le", "").orElseThrow().toPlainString());
    }

    @Test
    void theNd09CutOffMovesTheYearBoundary() {
        // January 2026 under NĐ 09/2019: 15/12/2025 – 14/01/2026, stock on 14/01/2026.
        ReportPeriod january = ReportPeriod.month(2026, 1, PeriodRule.ND09);
        ReportRegisters r = new ReportRegisters().villages("Thôn 1");
        Child sixOnDenNgay = r.child("TE-1", Sex.FEMALE, d(2020, 1, 14), "Thôn 1");
        Child leftAfter = r.child("TE-2", Sex.MALE, d(2015, 6, 1), "Thôn 1");
        leftAfter.setStatus(ChildStatus.MOVED_AWAY);
        leftAfter.setStatusDate(d(2026, 1, 15));
        Child sixteenOnFifteenth = r.child("TE-3", Sex.MALE, d(2010, 1, 15), "Thôn 1"); // 15 on 14/01/2026
        r.injury(sixOnDenNgay, d(2025, 12, 14), InjuryType.FALL, InjuryPlace.HOME, false, false); // before
        r.injury(leftAfter, d(2025, 12, 15), InjuryType.BURN, InjuryPlace.HOME, false, false); // first day
        r.injury(sixteenOnFifteenth, d(2026, 1, 14), InjuryType.CUT, InjuryPlace.SCHOOL, false, false); // last day
        r.injury(sixOnDenNgay, d(2026, 1, 15), InjuryType.FALL, InjuryPlace.HOME, false, false); // after
        IndicatorReport report = r.report(january);
        assertEquals(d(2025, 12, 15), report.period().from());
        Map<String, String> expected = cells(
                "tre_em.so_luong|", "3",
                "tre_em.so_luong|gioi_tinh=nam", "2",
                "tre_em.so_luong|gioi_tinh=nu", "1",
                "tre_em.so_luong|nhom_tuoi=6-9", "1",
                "tre_em.so_luong|nhom_tuoi=10-13", "1",
                "tre_em.so_luong|nhom_tuoi=14-15", "1",
                "tre_em.so_luong|thon=Thôn 1", "3",
                "tre_em.so_luong|gioi_tinh=nam;nhom_tuoi=10-13", "1",
                "tre_em.so_luong|gioi_tinh=nam;nhom_tuoi=14-15", "1",
                "tre_em.so_luong|gioi_tinh=nu;nhom_tuoi=6-9", "1",
                "hcdb.ty_le|", "0.00",
                "hcdb.ty_le_duoc_tro_giup|", "",
                "tntt.so_tre|", "2",
                "tntt.so_tre|gioi_tinh=nam", "2",
                "tntt.so_tre|nhom_tuoi=10-13", "1",
                "tntt.so_tre|nhom_tuoi=14-15", "1",
                "tntt.so_tre|dia_diem=nha", "1",
                "tntt.so_tre|dia_diem=truong_hoc", "1",
                "tntt.so_tre|loai=02", "1",
                "tntt.so_tre|loai=05", "1",
                "tntt.so_tre|loai=02;gioi_tinh=nam", "1",
                "tntt.so_tre|loai=05;gioi_tinh=nam", "1",
                "tntt.so_tre|loai=02;nhom_tuoi=10-13", "1",
                "tntt.so_tre|loai=05;nhom_tuoi=14-15", "1",
                "tntt.so_tre|loai=02;dia_diem=nha", "1",
                "tntt.so_tre|loai=05;dia_diem=truong_hoc", "1",
                "tntt.ty_suat|", "66666.67",
                "tntt.ty_suat_tu_vong|", "0.00");
        assertCells(report, expected);

        // The same register by calendar month: January is 01/01–31/01, stock on 31/01.
        IndicatorReport calendar = r.report(ReportPeriod.month(2026, 1, PeriodRule.CALENDAR));
        assertEquals("2", calendar.value("tntt.so_tre", "").orElseThrow().toPlainString(), "the injuries of 14/01 and 15/01");
        assertEquals("1", calendar.value("tntt.so_tre", "loai=01").orElseThrow().toPlainString());
        assertEquals("0", calendar.value("tntt.so_tre", "loai=02").orElseThrow().toPlainString());
        // TE-2 moved away on 15/01 and TE-3 turned 16 on 15/01: only TE-1 is left on 31/01.
        assertEquals("1", calendar.value("tre_em.so_luong", "").orElseThrow().toPlainString());
        assertEquals("1", calendar.value("tre_em.so_luong", "nhom_tuoi=6-9").orElseThrow().toPlainString());
    }

    @Test
    void recordsThatMakeANumberUndefinedAreErrorsNamingTheChild() {
        ReportRegisters r = new ReportRegisters().villages("Thôn 1");
        Child noBirth = r.child("TE-1", Sex.FEMALE, null, "Thôn 1");
        Child sixteen = r.child("TE-2", Sex.MALE, d(2010, 10, 15), "Thôn 1");
        Child dead = r.child("TE-3", Sex.MALE, d(2015, 1, 1), "Thôn 1");
        dead.setStatus(ChildStatus.DIED);
        dead.setStatusDate(d(2026, 10, 10));
        Child undated = r.child("TE-4", Sex.MALE, d(2015, 1, 1), "Thôn 1");
        undated.setStatus(ChildStatus.MOVED_AWAY);
        Child unborn = r.child("TE-5", Sex.FEMALE, d(2026, 10, 20), "Thôn 1");
        Child helped = r.child("TE-6", Sex.FEMALE, d(2015, 1, 1), "Thôn 1");
        r.membership(helped, HcdbGroup.DISABLED, d(2020, 1, 1), null);
        r.support(helped, d(2026, 10, 5));
        r.injury(sixteen, d(2026, 10, 15), InjuryType.FALL, InjuryPlace.HOME, false, false); // on the 16th birthday
        r.injury(sixteen, d(2026, 10, 14), InjuryType.CUT, InjuryPlace.HOME, false, false); // the day before: counted
        r.injury(unborn, d(2026, 10, 19), InjuryType.FALL, InjuryPlace.HOME, false, false); // before birth
        r.injury(noBirth, d(2026, 10, 3), InjuryType.FALL, InjuryPlace.HOME, false, false);
        AbuseCase afterDeath = r.abuseCase("XH-2026-001", d(2026, 10, 11), d(2026, 10, 11), AbuseSetting.FAMILY,
                victim(dead, false, AbuseForm.VIOLENCE));
        closedAtOnce(afterDeath);
        IndicatorReport report = r.report(OCTOBER);
        assertTrue(report.hasErrors());
        assertEquals(List.of(
                "TE-1: Trẻ TE-1 chưa có ngày sinh hoặc tuổi ước lượng: không tính được vào số liệu.",
                "TE-4: Trẻ TE-4 có tình trạng “Đã chuyển đi” nhưng chưa có ngày thay đổi tình trạng: không biết trẻ còn ở xã ngày 31/10/2026 hay không.",
                "TE-2: Trẻ TE-2: Ngày bị tai nạn, thương tích 15/10/2026 từ ngày trẻ đủ 16 tuổi (15/10/2026) trở đi.",
                "TE-5: Trẻ TE-5: Ngày bị tai nạn, thương tích 19/10/2026 trước ngày sinh của trẻ (20/10/2026).",
                "TE-3: Trẻ TE-3: Ngày xảy ra vụ việc XH-2026-001 11/10/2026 sau ngày trẻ mất (10/10/2026)."),
                report.problems().stream().map(p -> p.recordCode() + ": " + p.message()).toList());
        assertTrue(report.problems().stream().allMatch(ReportProblem::isError));
        // What is left out: TE-1 (no age), TE-2 (16), TE-3 (dead), TE-4 (gone, date unknown); TE-5 is a newborn.
        assertEquals("2", report.value("tre_em.so_luong", "").orElseThrow().toPlainString());
        assertEquals("1", report.value("tre_em.so_luong", "nhom_tuoi=0-5").orElseThrow().toPlainString());
        assertEquals("1", report.value("tntt.so_tre", "").orElseThrow().toPlainString());
        assertEquals("1", report.value("tntt.so_tre", "loai=05;nhom_tuoi=14-15").orElseThrow().toPlainString());
        assertEquals("0", report.value("xam_hai.so_tre", "").orElseThrow().toPlainString());
        assertEquals("1", report.value("xam_hai.so_vu", "").orElseThrow().toPlainString(), "the case still happened");
        assertEquals("1", report.value("hcdb.duoc_tro_giup", "").orElseThrow().toPlainString());
    }

    @Test
    void anEstimatedBirthDateCountsLikeAnyOther() {
        ReportRegisters r = new ReportRegisters().villages("Thôn 1");
        Child estimated = r.child("TE-1", Sex.UNKNOWN, d(2016, 10, 1), "Thôn 1");
        estimated.setBirthDateEstimated(true);
        IndicatorReport report = r.report(OCTOBER);
        assertFalse(report.hasErrors());
        assertEquals("1", report.value("tre_em.so_luong", "gioi_tinh=khong_xac_dinh;nhom_tuoi=10-13").orElseThrow().toPlainString());
    }

    @Test
    void aVillageOfAChildMissingFromTheListStillGetsItsRow() {
        ReportRegisters r = new ReportRegisters().villages("Thôn 1");
        r.child("TE-1", Sex.MALE, d(2016, 1, 1), "Thôn Mới");
        IndicatorReport report = r.report(OCTOBER);
        assertEquals(List.of("thon=Thôn 1", "thon=Thôn Mới"), report.rows().stream()
                .filter(row -> row.breakdown().startsWith("thon=")).map(ReportRow::breakdown).toList());
        assertEquals("1", report.value("tre_em.so_luong", "thon=Thôn Mới").orElseThrow().toPlainString());
    }

    /** Storage lists children by id; any other order of the snapshot counts the same. */
    @Test
    void theOrderOfTheSnapshotsChildrenChangesNoNumber() {
        RegisterSnapshot inOrder = ReportRegisters.october().snapshot();
        List<Child> reversed = new java.util.ArrayList<>(inOrder.children());
        java.util.Collections.reverse(reversed);
        RegisterSnapshot shuffled = new RegisterSnapshot(inOrder.villages(), reversed, inOrder.memberships(),
                inOrder.supports(), inOrder.abuseCases(), inOrder.injuries());

        IndicatorReport expected = ReportRegisters.CALCULATOR.compute(inOrder, OCTOBER, ReportRegisters.CALENDAR,
                ReportRegisters.NOW);
        IndicatorReport actual = ReportRegisters.CALCULATOR.compute(shuffled, OCTOBER, ReportRegisters.CALENDAR,
                ReportRegisters.NOW);
        assertEquals(expected.rows(), actual.rows());
        assertEquals(java.util.Set.copyOf(expected.problems()), java.util.Set.copyOf(actual.problems()));
        assertFalse(expected.problems().isEmpty(), "the October register has children of every kind of problem");
    }

    /** 20 000 children: the sums over each exhaustive cut equal the total (a self-check of the cell arithmetic). */
    @Test
    void aLargeRegisterAddsUp() {
        ReportRegisters r = new ReportRegisters();
        for (int v = 1; v <= 12; v++) {
            r.villages("Thôn " + v);
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            Child c = r.child("TE-" + i, Sex.values()[random.nextInt(3)], d(2008, 1, 1).plusDays(random.nextInt(6900)),
                    "Thôn " + (1 + random.nextInt(12)));
            if (i % 7 == 0) {
                r.membership(c, HcdbGroup.values()[random.nextInt(14)], d(2024, 1, 1), null);
                r.support(c, d(2026, 10, 1).plusDays(random.nextInt(60)));
            }
            if (i % 11 == 0 && Ages.isChildOn(c.getBirthDate(), d(2026, 10, 1))) {
                r.injury(c, d(2026, 10, 1), InjuryType.values()[random.nextInt(11)], InjuryPlace.values()[random.nextInt(3)],
                        random.nextInt(50) == 0, false);
            }
        }
        IndicatorReport report = r.report(OCTOBER);
        for (String indicator : List.of("tre_em.so_luong", "hcdb.so_tre", "tntt.so_tre", "tntt.tu_vong")) {
            long total = report.value(indicator, "").orElseThrow().longValueExact();
            Map<String, Long> byKey = report.rows().stream()
                    .filter(row -> row.indicatorId().equals(indicator) && !row.breakdown().isEmpty()
                            && !row.breakdown().contains(";") && !row.breakdown().startsWith("loai="))
                    .collect(Collectors.groupingBy(row -> row.breakdown().substring(0, row.breakdown().indexOf('=')),
                            Collectors.summingLong(row -> row.value().longValueExact())));
            assertFalse(byKey.isEmpty());
            byKey.forEach((key, sum) -> assertEquals(total, sum, indicator + " by " + key));
        }
        assertTrue(report.value("tre_em.so_luong", "").orElseThrow().longValueExact() > 10_000);
    }
}
