package vn.sotreem.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.report.ReportHeader;

/**
 * The workbook as LibreOffice sees it: it opens, prints (PDF) and shows the report's numbers without
 * recalculating. Skipped only where LibreOffice is not installed.
 */
class IndicatorWorkbookLibreOfficeTest {

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    private static Optional<Path> libreOffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("libreoffice", "soffice")) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private Path workbook() {
        IndicatorReport report = IndicatorWorkbookTest.report();
        ReportHeader header = IndicatorWorkbookTest.header();
        Path file = dir.resolve(IndicatorWorkbook.fileName(header));
        IndicatorWorkbook.write(report, header, file, Progress.NONE);
        return file;
    }

    /** Runs a headless conversion with a profile of its own, so parallel runs do not share one. */
    private void convert(Path file, String format, Path out) throws IOException, InterruptedException {
        Optional<Path> office = libreOffice();
        Assumptions.assumeTrue(office.isPresent(),
                "LibreOffice (libreoffice or soffice) is not on PATH: the conversion test is skipped.");
        Files.createDirectories(out);
        Path log = dir.resolve("libreoffice-" + out.getFileName() + ".log");
        Process process = new ProcessBuilder(office.get().toString(),
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", format, "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish converting within " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
        }
        assertEquals(0, process.exitValue(), Files.readString(log));
    }

    @Test
    void libreOfficeOpensAndPrintsTheWorkbook() throws Exception {
        Path file = workbook();
        Path out = dir.resolve("pdf");
        convert(file, "pdf", out);
        Path pdf = out.resolve(file.getFileName().toString().replace(".xlsx", ".pdf"));
        assertTrue(Files.exists(pdf), "no PDF written");
        assertTrue(Files.size(pdf) > 1000, "PDF of " + Files.size(pdf) + " bytes");
        try (InputStream in = Files.newInputStream(pdf)) {
            assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), in.readNBytes(4));
        }
    }

    /**
     * Each sheet saved as CSV by LibreOffice (raw values): the TNTT totals are the report's, so the
     * numbers are there without any recalculation.
     */
    @Test
    void libreOfficeShowsTheNumbersWithoutRecalculating() throws Exception {
        Path file = workbook();
        Path out = dir.resolve("csv");
        // Comma, double quote, UTF-8, …, -1: every sheet to a file of its own (LibreOffice 7.2 and later).
        convert(file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", out);
        String base = file.getFileName().toString().replace(".xlsx", "");
        Path tntt = out.resolve(base + "-TNTT.csv");
        assertTrue(Files.exists(tntt), "no TNTT sheet exported: " + Arrays.toString(out.toFile().list()));
        List<String> totals = new ArrayList<>();
        for (String line : Files.readAllLines(tntt, StandardCharsets.UTF_8)) {
            if (line.startsWith(",Tổng số,")) {
                totals.add(line);
            }
        }
        IndicatorReport report = IndicatorWorkbookTest.report();
        String expected = ",Tổng số," + String.join(",", List.of("", "gioi_tinh=nam", "gioi_tinh=nu", "nhom_tuoi=0-5",
                        "nhom_tuoi=6-9", "nhom_tuoi=10-13", "nhom_tuoi=14-15", "dia_diem=nha", "dia_diem=truong_hoc",
                        "dia_diem=cong_dong").stream()
                .flatMap(b -> List.of("tntt.so_tre", "tntt.tu_vong").stream()
                        .map(id -> report.value(id, b).orElseThrow().toPlainString()))
                .toList());
        assertEquals(List.of(expected), totals);
        String summary = Files.readString(out.resolve(base + "-TongHop.csv"), StandardCharsets.UTF_8);
        assertTrue(summary.contains("Tổng số tiền phạt vi phạm hành chính các vụ xâm hại trẻ em,,đồng,3500000"), summary);
    }
}
