package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.RegisterStore;

/** Export → import into an empty register gives the same register, field for field. */
public class RegisterWorkbookRoundTripTest {

    @TempDir
    Path dir;

    public static Child child(String code, String name, LocalDate birth, Sex sex, String village) {
        Child c = new Child();
        c.setCode(code);
        c.setFullName(name);
        c.setBirthDate(birth);
        c.setSex(sex);
        c.setVillage(village);
        return c;
    }

    /** A register with the awkward cases: estimated birth dates, moved away, died, leading zeros, tone variants, formula-like notes. */
    static List<Child> sampleChildren() {
        Child hoa1 = child("TE000001", "Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông");
        hoa1.setEthnicCode("01");
        hoa1.setPersonalId("001318000123");
        hoa1.setPhone("0912345678");
        hoa1.setPoverty(Poverty.POOR);
        hoa1.setFatherName("Trần Văn Thuỷ");
        hoa1.setMotherName("Lê Thị Mai");
        hoa1.setEntryDate(LocalDate.of(2019, 1, 10));
        hoa1.setNote("- mồ côi cha\n=SUM(A1:A2) không phải công thức");

        Child hoa2 = child("TE000002", "Trần Thị Hòa", LocalDate.of(2017, 7, 7), Sex.FEMALE, "Thôn Hoà Bình");
        hoa2.setEthnicCode("02");
        hoa2.setPoverty(Poverty.NEAR_POOR);
        hoa2.setNote("+84 là mã nước; @ghi chú");

        Child estimatedWithEntry = child("TE000003", "Lò Văn Páo", LocalDate.of(2020, 6, 1), Sex.MALE, "Thôn Hoà Bình");
        estimatedWithEntry.setBirthDateEstimated(true);
        estimatedWithEntry.setEntryDate(LocalDate.of(2024, 6, 1));
        estimatedWithEntry.setEthnicCode("11");

        Child estimatedNoEntry = child("TE000004", "Giàng Thị Mỷ", LocalDate.of(2019, 2, 28), Sex.FEMALE, "Thôn Đông");
        estimatedNoEntry.setBirthDateEstimated(true);
        estimatedNoEntry.setEthnicCode("nuoc_ngoai");

        Child movedAway = child("TE000005", "Nguyễn Văn An", LocalDate.of(2015, 9, 9), Sex.MALE, "Thôn Đông");
        movedAway.setStatus(ChildStatus.MOVED_AWAY);
        movedAway.setStatusDate(LocalDate.of(2025, 8, 1));
        movedAway.setCaregiverName("Nguyễn Thị Bà (bà nội)");
        movedAway.setPhone("02438123456");

        Child died = child("TE000006", "Phạm Minh Đức", LocalDate.of(2016, 1, 1), Sex.MALE, "Thôn Hoà Bình");
        died.setStatus(ChildStatus.DIED);
        died.setStatusDate(LocalDate.of(2024, 12, 12));

        Child bare = child("X-7", "Vũ Khánh", LocalDate.of(2024, 2, 29), Sex.UNKNOWN, "Thôn Đông");
        return List.of(hoa1, hoa2, estimatedWithEntry, estimatedNoEntry, movedAway, died, bare);
    }

    static void saveAll(RegisterStore store, List<Child> children) {
        children.forEach(store::saveChild);
    }

    static List<Child> byCode(RegisterStore store) {
        return store.allChildren().stream().sorted(Comparator.comparing(Child::getCode)).toList();
    }

    /** Every field, for a readable failure message; sameRecordAs is asserted too. */
    static String render(Child c) {
        return String.join("|", c.getCode(), c.getFullName(), String.valueOf(c.getBirthDate()),
                String.valueOf(c.isBirthDateEstimated()), String.valueOf(c.getSex()), String.valueOf(c.getEthnicCode()),
                String.valueOf(c.getPersonalId()), c.getVillage(), String.valueOf(c.getPoverty()),
                String.valueOf(c.getFatherName()), String.valueOf(c.getMotherName()), String.valueOf(c.getCaregiverName()),
                String.valueOf(c.getPhone()), String.valueOf(c.getStatus()), String.valueOf(c.getStatusDate()),
                String.valueOf(c.getEntryDate()), String.valueOf(c.getNote()));
    }

    @Test
    void exportThenImportIntoAnEmptyRegisterGivesTheSameRegister() throws Exception {
        Path file = dir.resolve("xuat").resolve("so-tre-em.xlsx");
        Files.createDirectories(file.getParent());
        List<Child> original;
        try (RegisterStore source = TestWorkbooks.newRegister(dir.resolve("a"), "Thôn Đông", "Thôn Hoà Bình")) {
            saveAll(source, sampleChildren());
            original = byCode(source);
            assertEquals(7, new RegisterWorkbookExporter(source, TestWorkbooks.TODAY).export(file, Progress.NONE));
        }
        // Imported later than exported: the estimated date without an entry date must not move.
        LocalDate later = TestWorkbooks.TODAY.plusYears(1).plusMonths(2);
        try (RegisterStore target = TestWorkbooks.newRegister(dir.resolve("b"))) {
            assertTrue(target.reportSnapshot().children().isEmpty()); // read and kept by the store
            ImportReport report = new RegisterWorkbookImporter(target, later).importAll(file, Progress.NONE);
            assertEquals(7, target.reportSnapshot().children().size(), "the import drops the kept report snapshot");

            assertEquals(List.of(), report.issues());
            assertTrue(report.applied());
            assertEquals(7, report.added());
            assertEquals(0, report.updated());
            // Rows are in name order: An (Thôn Đông) comes before Đức (Thôn Hoà Bình).
            assertEquals(List.of("Thôn Đông", "Thôn Hoà Bình"), report.newVillages());
            assertEquals(List.of(), report.duplicates());

            List<Child> imported = byCode(target);
            assertEquals(original.stream().map(RegisterWorkbookRoundTripTest::render).toList(),
                    imported.stream().map(RegisterWorkbookRoundTripTest::render).toList());
            for (int i = 0; i < original.size(); i++) {
                assertTrue(original.get(i).sameRecordAs(imported.get(i)), render(imported.get(i)));
            }
            assertEquals(List.of(), target.pendingDuplicates());

            // The same file again is an update of every child, and changes nothing.
            ImportReport again = new RegisterWorkbookImporter(target, later).importAll(file, Progress.NONE);
            assertEquals(List.of(), again.issues());
            assertEquals(0, again.added());
            assertEquals(7, again.updated());
            assertEquals(List.of(), again.newVillages());
            assertEquals(List.of(), again.duplicates());
            assertTrue(again.applied());
            assertEquals(original.stream().map(RegisterWorkbookRoundTripTest::render).toList(),
                    byCode(target).stream().map(RegisterWorkbookRoundTripTest::render).toList());
        }
    }

    @Test
    void estimatedBirthDatesAreExportedAsEstimatesAndComeBackExactlyWithNothingAudited() throws Exception {
        Path file = dir.resolve("uoc-luong.xlsx");
        Child offDay = child("TE000001", "Lò Văn Páo", LocalDate.of(2019, 2, 28), Sex.MALE, "Thôn Đông");
        offDay.setBirthDateEstimated(true);
        offDay.setEntryDate(LocalDate.of(2024, 6, 1)); // entry day minus whole years is not the stored date
        Child leap = child("TE000002", "Giàng Thị Mỷ", LocalDate.of(2016, 2, 29), Sex.FEMALE, "Thôn Đông");
        leap.setBirthDateEstimated(true);
        leap.setEntryDate(LocalDate.of(2021, 3, 1));
        Child noEntry = child("TE000003", "Vàng A Dế", LocalDate.of(2020, 11, 17), Sex.MALE, "Thôn Đông");
        noEntry.setBirthDateEstimated(true);
        Child known = child("TE000004", "Lò Thị Mai", LocalDate.of(2017, 5, 6), Sex.FEMALE, "Thôn Đông");
        LocalDate later = TestWorkbooks.TODAY.plusYears(2).plusDays(40);
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("a"), "Thôn Đông")) {
            saveAll(store, List.of(offDay, leap, noEntry, known));
            List<String> before = byCode(store).stream().map(RegisterWorkbookRoundTripTest::render).toList();
            new RegisterWorkbookExporter(store, TestWorkbooks.TODAY).export(file, Progress.NONE);

            try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
                var sheet = workbook.getSheet("TreEm");
                var header = sheet.getRow(0);
                java.util.Map<String, Integer> column = new java.util.HashMap<>();
                header.forEach(cell -> column.put(cell.getStringCellValue(), cell.getColumnIndex()));
                java.util.Map<String, org.apache.poi.ss.usermodel.Row> rows = new java.util.HashMap<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    rows.put(sheet.getRow(r).getCell(column.get("Mã trẻ")).getStringCellValue(), sheet.getRow(r));
                }
                for (String code : List.of("TE000001", "TE000002", "TE000003")) {
                    assertEquals(null, rows.get(code).getCell(column.get("Ngày sinh")), code + ": no date read as known");
                }
                assertEquals(5.0, rows.get("TE000001").getCell(column.get("Tuổi ước lượng")).getNumericCellValue());
                assertEquals(LocalDate.of(2024, 2, 28),
                        rows.get("TE000001").getCell(column.get("Ngày ước lượng tuổi")).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(4.0, rows.get("TE000002").getCell(column.get("Tuổi ước lượng")).getNumericCellValue());
                assertEquals(LocalDate.of(2020, 2, 29),
                        rows.get("TE000002").getCell(column.get("Ngày ước lượng tuổi")).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(5.0, rows.get("TE000003").getCell(column.get("Tuổi ước lượng")).getNumericCellValue());
                assertEquals(LocalDate.of(2025, 11, 17),
                        rows.get("TE000003").getCell(column.get("Ngày ước lượng tuổi")).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(LocalDate.of(2017, 5, 6),
                        rows.get("TE000004").getCell(column.get("Ngày sinh")).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(null, rows.get("TE000004").getCell(column.get("Tuổi ước lượng")));
                assertEquals(null, rows.get("TE000004").getCell(column.get("Ngày ước lượng tuổi")));
            }

            int updatesBefore = store.auditEntries(new vn.sotreem.domain.access.AuditFilter(null,
                    vn.sotreem.domain.access.AuditAction.UPDATE, null, null, null), 1000).size();
            ImportReport again = new RegisterWorkbookImporter(store, later).importAll(file, Progress.NONE);
            assertEquals(List.of(), again.issues());
            assertTrue(again.applied());
            assertEquals(before, byCode(store).stream().map(RegisterWorkbookRoundTripTest::render).toList(), "nothing changed");
            assertEquals(updatesBefore, store.auditEntries(new vn.sotreem.domain.access.AuditFilter(null,
                    vn.sotreem.domain.access.AuditAction.UPDATE, null, null, null), 1000).size(), "nothing audited as changed");

            try (RegisterStore empty = TestWorkbooks.newRegister(dir.resolve("b"))) {
                new RegisterWorkbookImporter(empty, later).importAll(file, Progress.NONE);
                assertEquals(before, byCode(empty).stream().map(RegisterWorkbookRoundTripTest::render).toList());
            }
        }
    }
}
