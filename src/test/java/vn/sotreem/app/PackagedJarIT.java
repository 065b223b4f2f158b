package vn.sotreem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar as an officer's script would: {@code java -jar target/so-tre-em.jar}.
 * Proves the manifest class path and that sub-commands run without a display.
 */
class PackagedJarIT {

    @TempDir
    Path dir;

    private PackagedProcess java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-jar");
        command.add(Path.of("target", "so-tre-em.jar").toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SOTREEM_PASSWORD", "mat-khau-kiem-thu");
        builder.environment().remove("DISPLAY");
        return PackagedProcess.run(builder, dir, 60);
    }

    @Test
    void helpAndAnInitExportRoundTripRunHeadless() throws Exception {
        PackagedProcess help = java("--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("export-register"), help.out());

        Path data = dir.resolve("data");
        PackagedProcess init = java("init", "--data", data.toString(), "--commune", "00004", "--user", "Nguyễn Thị Lan",
                "--village", "Tổ dân phố 1");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("Đã tạo sổ cho Phường Ba Đình"), init.out());

        Path workbook = dir.resolve("so.xlsx");
        PackagedProcess export = java("export-register", "--data", data.toString(), "--out", workbook.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.size(workbook) > 0);

        PackagedProcess dryRun = java("import", "--data", data.toString(), "--dry-run", workbook.toString());
        assertEquals(0, dryRun.code(), dryRun.err());
        assertFalse(dryRun.err().contains("Exception"), dryRun.err());

        PackagedProcess report = java("report", "--data", data.toString(), "--period", "2026-10", "--out", dir.toString());
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains("Đã ghi báo cáo Tháng 10/2026"), report.out());
        try (var in = Files.newInputStream(dir.resolve("BaoCao_00004_2026-10.xlsx"));
             var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            String version = null;
            for (var row : wb.getSheet("ThongTin")) {
                if ("phien_ban_phan_mem".equals(row.getCell(0).getStringCellValue())) {
                    version = row.getCell(1).getStringCellValue();
                }
            }
            assertTrue(version != null && version.matches("\\d+\\.\\d+\\.\\d+.*"), "the built version, not 'dev': " + version);
        }
    }
}
