package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.Memberships;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.domain.hcdb.Supports;
import vn.sotreem.storage.RegisterStore;

/** A child voided as entered in error is in no sheet of the exported register workbook, nor are its events. */
class VoidedChildExportTest {

    @TempDir
    Path dir;

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    @Test
    void theExportLeavesOutAVoidedChildAndItsMembershipsAndSupports() throws Exception {
        Path file = dir.resolve("xuat").resolve("so-tre-em.xlsx");
        Files.createDirectories(file.getParent());
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("so"), "Thôn Đông")) {
            Child kept = store.saveChild(RegisterWorkbookRoundTripTest.child(null, "Trần Thị Hoà",
                    LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông"));
            Child test = store.saveChild(RegisterWorkbookRoundTripTest.child(null, "Nhập Thử",
                    LocalDate.of(2017, 7, 7), Sex.MALE, "Thôn Đông"));
            for (Child c : List.of(kept, test)) {
                store.write(tx -> tx.saveMembership(Memberships.of(c.getId(), HcdbGroup.ORPHAN, LocalDate.of(2020, 1, 1))
                        .basis("QĐ " + c.getCode()).build(), TestWorkbooks.TODAY));
                store.write(tx -> tx.addSupport(Supports.of(c.getId(), LocalDate.of(2026, 1, 25), SupportType.GOODS_AND_GIFTS)
                        .provider("UBND xã").amount(500_000L).build(), TestWorkbooks.TODAY));
            }
            store.voidChild(test.getId(), "Nhập thử khi tập huấn");

            assertEquals(1, new RegisterWorkbookExporter(store, TestWorkbooks.TODAY).export(file, Progress.NONE));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            List<String> children = texts(workbook.getSheet("TreEm"));
            assertTrue(children.contains("TE000001"), children.toString());
            assertTrue(children.contains("Trần Thị Hoà"));
            for (Sheet sheet : workbook) {
                List<String> texts = texts(sheet);
                assertFalse(texts.contains("TE000002"), sheet.getSheetName() + ": " + texts);
                assertFalse(texts.contains("Nhập Thử"), sheet.getSheetName());
                assertFalse(texts.contains("QĐ TE000002"), sheet.getSheetName());
            }
            assertTrue(texts(workbook.getSheet("HCDB")).contains("TE000001"));
            assertEquals(2, workbook.getSheet("TroGiup").getPhysicalNumberOfRows(), "the heading and the kept child's support");
        }
    }
}
