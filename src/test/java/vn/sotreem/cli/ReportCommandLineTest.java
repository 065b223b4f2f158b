package vn.sotreem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.sotreem.domain.hcdb.Supports;
import vn.sotreem.domain.hcdb.Memberships;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.cli.CommandLineTest.ENV;
import static vn.sotreem.cli.CommandLineTest.run;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.cli.CommandLineTest.Run;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.report.ProvinceTemplate;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/** {@code report} and {@code check} on a real register: the checks, the exit codes and the file. */
class ReportCommandLineTest {

    @TempDir
    Path dir;

    Path data;

    @BeforeEach
    void registerWithTwoInjuriesInOctober() {
        data = dir.resolve("data");
        Run init = run(ENV, "init", "--data", data.toString(), "--commune", "00004", "--user", "Nguyễn Thị Lan",
                "--village", "Tổ 1", "--village", "Tổ 2");
        assertEquals(0, init.code(), init.err());
        try (RegisterStore store = open()) {
            Child mai = store.saveChild(child("Lò Thị Mai", Sex.FEMALE, LocalDate.of(2015, 3, 1), "Tổ 1"));
            Child nam = store.saveChild(child("Vì Văn Nam", Sex.MALE, LocalDate.of(2019, 8, 9), "Tổ 2"));
            store.saveInjuries(List.of(
                    Injuries.of(mai.getId(), LocalDate.of(2026, 10, 1)).type(InjuryType.DROWNING)
                            .place(InjuryPlace.COMMUNITY).build(),
                    Injuries.of(nam.getId(), LocalDate.of(2026, 10, 31)).type(InjuryType.FALL)
                            .place(InjuryPlace.HOME).build()),
                    Set.of(), LocalDate.of(2026, 11, 2));
            store.write(tx -> {
                tx.saveMembership(Memberships.of(mai.getId(), HcdbGroup.values()[0], LocalDate.of(2026, 1, 5))
                        .build(), LocalDate.of(2026, 11, 2));
                return tx.addSupport(Supports.of(mai.getId(), LocalDate.of(2026, 10, 15), SupportType.values()[0])
                        .build(), LocalDate.of(2026, 11, 2));
            });
        }
    }

    private RegisterStore open() {
        return RegisterStore.open(new DataFolder(data), ENV.get("SOTREEM_PASSWORD").toCharArray());
    }

    static Child child(String name, Sex sex, LocalDate birth, String village) {
        Child c = new Child();
        c.setFullName(name);
        c.setSex(sex);
        c.setBirthDate(birth);
        c.setVillage(village);
        return c;
    }

    @Test
    void checkPrintsThePeriodAndNoProblemForACleanRegister() {
        Run r = run(ENV, "check", "--data", data.toString(), "--period", "2026-10", "--kind", "month");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Kỳ báo cáo: Tháng 10/2026 (01/10/2026 – 31/10/2026)"), r.out());
        assertTrue(r.out().contains("Không có lỗi, không có cảnh báo."), r.out());
    }

    @Test
    void theRuleComesFromTheOptionOrTheRegistersSetting() {
        Run nd09 = run(ENV, "check", "--data", data.toString(), "--period", "2026-Q3", "--kind", "quarter", "--rule", "nd09");
        assertEquals(0, nd09.code(), nd09.err());
        assertTrue(nd09.out().contains("Quý III/2026 (15/06/2026 – 14/09/2026)"), nd09.out());
        Run wrongForm = run(ENV, "check", "--data", data.toString(), "--period", "2026-Q3", "--kind", "month");
        assertEquals(1, wrongForm.code());
        assertTrue(wrongForm.err().startsWith("Lỗi: "), wrongForm.err());
        Run wrongRule = run(ENV, "check", "--data", data.toString(), "--period", "2026-10", "--rule", "lunar");
        assertEquals(1, wrongRule.code());
        assertTrue(wrongRule.err().contains("Quy tắc kỳ “lunar” không hợp lệ"), wrongRule.err());
    }

    @Test
    void reportWritesTheWorkbookNamedAfterCommuneAndPeriodAndLogsTheExport() throws Exception {
        Path out = Files.createDirectory(dir.resolve("bao-cao"));
        Run r = run(ENV, "report", "--data", data.toString(), "--period", "2026-10", "--kind", "month", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path file = out.resolve("BaoCao_00004_2026-10.xlsx");
        assertTrue(r.out().contains("Đã ghi báo cáo Tháng 10/2026 ra " + file.toAbsolutePath()), r.out());
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals(2.0, value(wb.getSheet("DuLieu"), "tntt.so_tre", ""), "injuries on the first and last day of the month");
            assertEquals(1.0, value(wb.getSheet("DuLieu"), "tntt.so_tre", "loai=08"));
            assertEquals(2.0, value(wb.getSheet("DuLieu"), "tre_em.so_luong", ""));
        }
        try (RegisterStore store = open()) {
            assertEquals(1, store.auditEntries(new AuditFilter(null, AuditAction.EXPORT, null, null, "báo cáo chỉ tiêu"), 5).size());
        }
    }

    @Test
    void aProvinceTemplateGivenOnTheCommandLineIsFilledInsteadOfTheBuiltInLayout() throws Exception {
        Path template = Files.write(dir.resolve("mau-tinh.xlsx"), ProvinceTemplate.example());
        Path file = dir.resolve("bao-cao-theo-mau.xlsx");
        Run r = run(ENV, "report", "--data", data.toString(), "--period", "2026-10", "--template", template.toString(),
                "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        int checked = 0;
        try (InputStream tin = Files.newInputStream(template); Workbook blank = WorkbookFactory.create(tin);
             InputStream in = Files.newInputStream(file); Workbook filled = WorkbookFactory.create(in)) {
            assertEquals(null, filled.getSheet("DuLieu"), "the template's sheets, not the built-in ones");
            for (Sheet sheet : blank) {
                for (Row row : sheet) {
                    for (var cell : row) {
                        String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? cell.getStringCellValue() : "";
                        var out = filled.getSheet(sheet.getSheetName()).getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        if (text.equals("{{tntt.so_tre}}")) {
                            assertEquals(2.0, out.getNumericCellValue());
                            checked++;
                        } else if (text.contains("{{ten_xa}}")) {
                            assertTrue(out.getStringCellValue().contains("Phường Ba Đình"), out.getStringCellValue());
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 2, "the example holds the injury total and the commune's name");

        Path broken = Files.write(dir.resolve("hong.xlsx"), new byte[] {1, 2, 3});
        Run refused = run(ENV, "report", "--data", data.toString(), "--period", "2026-10", "--template", broken.toString(),
                "--out", dir.resolve("x.xlsx").toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("Tệp mẫu “hong.xlsx” không đọc được"), refused.err());
    }

    @Test
    void aBlockingErrorIsPrintedAndNoFileIsWritten() {
        try (RegisterStore store = open()) {
            Child gone = child("Hà Văn Đi", Sex.MALE, LocalDate.of(2016, 1, 2), "Tổ 1");
            gone.setStatus(ChildStatus.MOVED_AWAY); // no date of leaving: the stock count is undefined
            store.saveChild(gone);
        }
        Path file = dir.resolve("bc.xlsx");
        Run check = run(ENV, "check", "--data", data.toString(), "--period", "2026-10");
        assertEquals(1, check.code());
        assertTrue(check.err().contains("Lỗi [TE000003]: Trẻ TE000003 có tình trạng"), check.err());
        assertTrue(check.out().contains("1 lỗi, 0 cảnh báo. Phải sửa các lỗi trước khi lập báo cáo."), check.out());

        Run report = run(ENV, "report", "--data", data.toString(), "--period", "2026-10", "--out", file.toString());
        assertEquals(1, report.code());
        assertTrue(report.err().contains("Chưa lập báo cáo"), report.err());
        assertFalse(Files.exists(file));
        assertFalse(report.err().contains("Hà Văn Đi"), "checks name the child's code, never the name");
    }

    static double value(Sheet duLieu, String indicator, String breakdown) {
        for (Row row : duLieu) {
            if (row.getRowNum() > 0 && indicator.equals(row.getCell(0).getStringCellValue())
                    && breakdown.equals(row.getCell(2) == null ? "" : row.getCell(2).getStringCellValue())) {
                return row.getCell(3).getNumericCellValue();
            }
        }
        throw new AssertionError("No DuLieu row " + indicator + " " + breakdown);
    }
}
