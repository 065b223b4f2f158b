package vn.sotreem.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sotreem.domain.AdminUnits;
import vn.sotreem.domain.Child;
import vn.sotreem.domain.ChildFilter;
import vn.sotreem.domain.Commune;
import vn.sotreem.domain.IndicatorReport;
import vn.sotreem.domain.Progress;
import vn.sotreem.domain.RegisterInfo;
import vn.sotreem.domain.ReportHeader;
import vn.sotreem.domain.ReportPeriod;
import vn.sotreem.exchange.ImportReport;
import vn.sotreem.exchange.RegisterWorkbookExporter;
import vn.sotreem.exchange.RegisterWorkbookImporter;
import vn.sotreem.report.IndicatorReports;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/**
 * Runs the measurements of issue 10 on a generated commune and returns the results; prints progress
 * and the table to the writer it is given.
 */
public final class Benchmark {

    /** The password of every register the benchmark creates (a throw-away register of invented children). */
    public static final String PASSWORD = "bench-SoTreEm-2025";
    /** The commune of the generated register (code after 01/07/2025). */
    public static final String COMMUNE_CODE = "00004";
    public static final long SEED = 20_251_001L;
    /** What the children list asks of the shared search: the first matches, in name order. */
    public static final int SEARCH_LIMIT = 200;
    public static final List<String> QUERIES = List.of("nguyen van", "Nguyễn Văn", "lan", "thi hoa", "tuan",
            "Trần Thị", "tran thi", "le minh", "Lê Minh Anh", "pham duc", "Hoàng Ngọc", "vu", "dang thi mai",
            "Bùi", "do van nam", "ho thi", "lo van", "Hà Thu", "phương", "ngoc anh");

    public static final double SEARCH_P95_MS = 30;
    public static final double REPORT_RATIO = 2.0;
    public static final double IMPORT_RATIO = 3.0;
    public static final double HEAP_MB = 256;
    public static final double DATABASE_MB = 50;
    public static final int CRASH_KILLS = 50;

    private final int childCount;
    private final int runs;
    private final Path out;
    private final LocalDate today;
    private final PrintWriter log;
    private int crashKills = CRASH_KILLS;

    public Benchmark(int childCount, int runs, Path out, LocalDate today, PrintWriter log) {
        this.childCount = childCount;
        this.runs = runs;
        this.out = out;
        this.today = today;
        this.log = log;
    }

    /** How many times the crash-safety loop kills its writer (0: the loop is skipped). */
    public Benchmark crashKills(int kills) {
        this.crashKills = kills;
        return this;
    }

    public BenchResults run() throws IOException {
        Files.createDirectories(out);
        Commune commune = AdminUnits.get().commune(COMMUNE_CODE).orElseThrow();
        CommuneGenerator.Size size = CommuneGenerator.Size.scaled(childCount);
        Map<String, Double> heap = new LinkedHashMap<>();
        Path registerFolder = fresh(out.resolve("register"));
        char[] password = PASSWORD.toCharArray();
        say("Tạo sổ thử nghiệm %d trẻ tại %s …", childCount, registerFolder);
        long start = System.nanoTime();
        RegisterStore store = RegisterStore.create(new DataFolder(registerFolder),
                RegisterInfo.of(commune, "Cán bộ đo hiệu năng"), password, CommuneGenerator.villageNames(size.villages()));
        CommuneGenerator.Counts counts = measureHeap(heap, "generate",
                () -> new CommuneGenerator(SEED, today).generate(store, size));
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        say("  xong sau %.1f s: %s", generateSeconds, counts);
        try {
            // (a) search as you type
            List<Child> children = store.allChildren();
            for (String query : QUERIES) {
                ChildFilter.find(children, query, SEARCH_LIMIT); // warm-up: folded names, JIT
            }
            List<Double> searchSamples = new ArrayList<>();
            Map<String, Integer> hits = new LinkedHashMap<>();
            measureHeap(heap, "search", () -> {
                for (int r = 0; r < runs; r++) {
                    for (String query : QUERIES) {
                        long t = System.nanoTime();
                        int found = ChildFilter.find(children, query, SEARCH_LIMIT).size();
                        searchSamples.add(ms(t));
                        hits.put(query, found);
                    }
                }
                return null;
            });
            Stats search = Stats.of(searchSamples);
            say("Tìm kiếm: trung vị %.2f ms, p95 %.2f ms (%d lần đo)", search.median(), search.p95(), search.count());

            // (b) reports
            IndicatorReports reports = new IndicatorReports(store);
            ReportPeriod month = ReportPeriod.month(today.minusMonths(1).getYear(), today.minusMonths(1).getMonthValue(),
                    reports.settings().periodRule());
            ReportPeriod year = ReportPeriod.year(today.getYear() - 1, reports.settings().periodRule());
            BenchResults.ReportResult monthly = report("report-month", reports, month, heap);
            BenchResults.ReportResult yearly = report("report-year", reports, year, heap);

            // (c) import
            Path workbook = out.resolve("register-export.xlsx");
            long t = System.nanoTime();
            int exported = measureHeap(heap, "export", () -> new RegisterWorkbookExporter(store, today).export(workbook, Progress.NONE));
            double exportMs = ms(t);
            say("Xuất sổ ra %s: %d dòng, %.0f ms, %.1f MB", workbook.getFileName(), exported, exportMs,
                    Files.size(workbook) / 1e6);
            BenchResults.ImportResult imported = importWorkbook(workbook, commune, password, heap);

            long databaseBytes = folderSize(registerFolder);
            CrashLoop.Result crash = crashLoop();
            BenchResults results = new BenchResults(LocalDateTime.now().withNano(0).toString(), childCount, runs,
                    counts, generateSeconds, databaseBytes / 1e6, search, hits, monthly, yearly, exportMs, imported,
                    heap, machine(), crash);
            return results;
        } finally {
            store.close();
        }
    }

    private BenchResults.ReportResult report(String step, IndicatorReports reports, ReportPeriod period,
                                             Map<String, Double> heap) {
        List<Double> own = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        int[] rows = new int[1];
        String[] refused = new String[1];
        measureHeap(heap, step, () -> {
            for (int r = 0; r < runs + 1; r++) { // the first run warms up and is not counted
                Path file = out.resolve(step + ".xlsx");
                long t = System.nanoTime();
                IndicatorReport report = reports.compute(period, LocalDateTime.now());
                ReportHeader header = reports.header(period, today);
                try {
                    reports.export(report, header, file, false, Progress.NONE);
                } catch (RuntimeException e) {
                    refused[0] = e.getMessage();
                }
                double ownMs = ms(t);
                rows[0] = report.rows().size();
                t = System.nanoTime();
                writeBareSxssf(out.resolve(step + "-bare-poi.xlsx"), rows[0], 5);
                double bareMs = ms(t);
                if (r > 0) {
                    own.add(ownMs);
                    bare.add(bareMs);
                }
            }
            return null;
        });
        Stats ownStats = Stats.of(own);
        Stats bareStats = Stats.of(bare);
        double ratio = ownStats.median() / bareStats.median();
        say("Báo cáo %s (%d dòng): %.0f ms, POI trần %.0f ms → tỉ lệ %.1f%s", period.label(), rows[0],
                ownStats.median(), bareStats.median(), ratio, refused[0] == null ? "" : " (TỪ CHỐI: " + refused[0] + ")");
        return new BenchResults.ReportResult(period.label(), rows[0], ownStats, bareStats, ratio, refused[0]);
    }

    private BenchResults.ImportResult importWorkbook(Path workbook, Commune commune, char[] password,
                                                     Map<String, Double> heap) throws IOException {
        Path emptyFolder = fresh(out.resolve("empty-register"));
        List<Double> own = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        ImportReport[] last = new ImportReport[1];
        long[] cells = new long[1];
        try (RegisterStore empty = RegisterStore.create(new DataFolder(emptyFolder),
                RegisterInfo.of(commune, "Cán bộ đo hiệu năng"), password, List.of())) {
            measureHeap(heap, "import-dry-run", () -> {
                for (int r = 0; r < runs; r++) {
                    long t = System.nanoTime();
                    last[0] = new RegisterWorkbookImporter(empty, today).dryRun(workbook, Progress.NONE);
                    own.add(ms(t));
                }
                return null;
            });
            measureHeap(heap, "import-bare-poi", () -> {
                for (int r = 0; r < runs; r++) {
                    long t = System.nanoTime();
                    cells[0] = readBareXssf(workbook);
                    bare.add(ms(t));
                }
                return null;
            });
        }
        Stats ownStats = Stats.of(own);
        Stats bareStats = Stats.of(bare);
        double ratio = ownStats.median() / bareStats.median();
        ImportReport report = last[0];
        say("Nhập thử (dry run) %d trẻ: %.0f ms, POI trần (XSSF user model) %.0f ms → tỉ lệ %.1f; %d lỗi, %d cảnh báo",
                report.added(), ownStats.median(), bareStats.median(), ratio, report.errors().size(), report.warnings().size());
        return new BenchResults.ImportResult(Files.size(workbook) / 1e6, report.added(), report.errors().size(),
                report.warnings().size(), cells[0], ownStats, bareStats, ratio,
                "XSSF user model: XSSFWorkbook, every cell of every sheet through DataFormatter");
    }

    /** (d) the crash-safety loop on its own small register: a writer process killed {@link #crashKills} times. */
    private CrashLoop.Result crashLoop() throws IOException {
        if (crashKills == 0) {
            return null;
        }
        say("Thử mất điện: giết tiến trình ghi %d lần …", crashKills);
        try {
            CrashLoop.Result result = CrashLoop.run(fresh(out.resolve("crash-register")), PASSWORD, crashKills, SEED, log);
            say("  %s", result.failure() == null ? "không mất lần ghi nào" : "MẤT DỮ LIỆU: " + result.failure());
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the crash loop was interrupted", e);
        }
    }

    /** Bare POI: an SXSSF workbook of {@code rows} × {@code columns} cells with a title, header and bordered body styles. */
    static void writeBareSxssf(Path file, int rows, int columns) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream stream = Files.newOutputStream(file)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontName("Times New Roman");
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle body = workbook.createCellStyle();
            body.setBorderBottom(BorderStyle.THIN);
            body.setBorderTop(BorderStyle.THIN);
            body.setBorderLeft(BorderStyle.THIN);
            body.setBorderRight(BorderStyle.THIN);
            CellStyle number = workbook.createCellStyle();
            number.cloneStyleFrom(body);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            SXSSFSheet sheet = workbook.createSheet("BaoCao");
            Row title = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                Cell cell = title.createCell(c);
                cell.setCellValue("Cột " + (c + 1));
                cell.setCellStyle(header);
            }
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns; c++) {
                    Cell cell = row.createCell(c);
                    if (c < 2) {
                        cell.setCellValue("Chỉ tiêu " + r + "." + c);
                        cell.setCellStyle(body);
                    } else {
                        cell.setCellValue(r * 7 + c);
                        cell.setCellStyle(number);
                    }
                }
            }
            workbook.write(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bare POI: opens the workbook with the XSSF user model and formats every cell; returns the number of cells. */
    static long readBareXssf(Path file) {
        DataFormatter formatter = new DataFormatter();
        long cells = 0;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (!formatter.formatCellValue(cell).isEmpty()) {
                            cells++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** Runs a step after a GC with the heap pools' peaks reset; records the step's peak heap use in MB. */
    static <T> T measureHeap(Map<String, Double> heap, String step, Supplier<T> work) {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        T result = work.get();
        long peak = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        heap.merge(step, peak / (1024.0 * 1024.0), Math::max);
        return result;
    }

    static Map<String, String> machine() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
        machine.put("maxHeapMB", Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            lines.filter(line -> line.startsWith("model name")).findFirst()
                    .ifPresent(line -> machine.put("cpu", line.substring(line.indexOf(':') + 1).trim()));
        } catch (IOException | UncheckedIOException e) {
            // not Linux: no CPU model
        }
        return machine;
    }

    private static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".db"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private void say(String format, Object... args) {
        log.println(String.format(format, args));
        log.flush();
    }
}
