package vn.sotreem.exchange.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.exchange.workbook.TestWorkbooks;

/**
 * Some programs write .xlsx files with no styles part (xl/styles.xml is optional): their numbers
 * must still come as numbers, not as the raw text of the XML.
 */
class WorkbookWithoutStylesTest {

    @TempDir
    Path dir;

    @Test
    void numbersOfAWorkbookWithoutStylesAreNumbers() throws IOException {
        Path file = withoutStyles(dir.resolve("khong-kieu.xlsx"));
        List<TabularRow> rows = new ArrayList<>();
        WorkbookFiles.open(file).read("TroGiup", rows::add);

        assertEquals(2, rows.size());
        TabularCell amount = rows.get(1).cell(1);
        assertTrue(amount.isNumber(), amount.toString());
        assertEquals(1_500_000, amount.number());
        TabularCell fraction = rows.get(1).cell(2);
        assertTrue(fraction.isNumber(), fraction.toString());
        assertEquals(0.1 + 0.2, fraction.number());
        assertFalse(rows.get(1).cell(0).isNumber());
    }

    /** A workbook written by POI, then rewritten without its styles part and every mention of it. */
    private Path withoutStyles(Path file) throws IOException {
        Path written = TestWorkbooks.write(dir.resolve("co-kieu.xlsx"), "TroGiup", TestWorkbooks.row("ma_tre", "kinh_phi", "ti_le"),
                List.of(TestWorkbooks.row("T1", 1_500_000, 0.1 + 0.2)));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(written));
             OutputStream out = Files.newOutputStream(file);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean sawStyles = false;
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/styles.xml")) {
                    sawStyles = true;
                    continue;
                }
                if (entry.getName().equals("[Content_Types].xml") || entry.getName().equals("xl/_rels/workbook.xml.rels")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String cleaned = xml.replaceAll("<(Override|Relationship)[^>]*styles[^>]*/>", "");
                    assertFalse(cleaned.equals(xml), "no styles mention in " + entry.getName());
                    bytes = cleaned.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
            assertTrue(sawStyles, "POI wrote a styles part to remove");
        }
        return file;
    }
}
