package vn.sotreem.exchange.ownlist;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.child.DuplicateReason;
import vn.sotreem.domain.mapping.HeaderMatch;
import vn.sotreem.domain.mapping.ImportMapping;
import vn.sotreem.domain.mapping.ImportMappingDates;
import vn.sotreem.domain.place.OldCommunes;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.exchange.workbook.ChildImportPlan;
import vn.sotreem.exchange.workbook.ChildSheet;
import vn.sotreem.exchange.workbook.ImportIssue;
import vn.sotreem.exchange.workbook.ImportReport;
import vn.sotreem.exchange.workbook.OldCommuneFile;
import vn.sotreem.exchange.workbook.RegisterWorkbookImporter;
import vn.sotreem.exchange.workbook.SheetHeader;
import vn.sotreem.exchange.workbook.SheetReader;
import vn.sotreem.exchange.workbook.SheetRow;
import vn.sotreem.exchange.tabular.TabularCell;
import vn.sotreem.exchange.tabular.TabularFile;
import vn.sotreem.exchange.tabular.TabularRow;

/**
 * Imports an officer's own list (a messy Excel sheet or CSV) through an {@link ImportMapping}: each
 * row becomes a row of sheet {@code TreEm} and is read by the very {@link ChildSheet} and planned by
 * the very {@link ChildImportPlan} of the register-workbook import, so the rules, messages,
 * duplicate queue, backup and single transaction are the same. What a messy list adds:
 * <ul>
 *   <li>values of code-list columns translated by the mapping ("1" → nam);</li>
 *   <li>birth dates in three columns, or a year alone (→ the register's estimated birth date);</li>
 *   <li>a row without a {@code ma_tre} updates the child with the same personal ID, or the same
 *       folded name, birth date and village; only the columns the mapping feeds (and that are filled)
 *       change, the rest of the record stays;</li>
 *   <li>a child with the same folded name and birth year (but another date) is queued as a
 *       possible duplicate ({@link DuplicateReason#NAME_AND_BIRTH_YEAR}) for the officer to look at;
 *       a pair already queued or declared "không trùng" is not proposed again;</li>
 *   <li>the list of an old commune merged into the register's commune in 2025: given that old
 *       commune, every imported or updated child records it as its origin, after
 *       {@link OldCommunes#checkOrigin checking} that it lies in the register's commune.</li>
 * </ul>
 * Messages name the file's own column header and letter, and the file's row numbers.
 */
public final class MappedImport {

    private final RegisterStore store;
    private final LocalDate today;

    public MappedImport(RegisterStore store, LocalDate today) {
        this.store = store;
        this.today = today;
    }

    /** Proposes the sheet (the one whose header best names the fields), the header row and the columns. */
    public static ImportMapping propose(Path file) {
        TabularFile table = TabularFile.open(file);
        List<String> sheets = table.sheetNames();
        String bestSheet = sheets.isEmpty() ? null : sheets.get(0);
        List<TabularRow> bestRows = List.of();
        int bestScore = -1;
        for (String sheet : sheets.isEmpty() ? java.util.Collections.<String>singletonList(null) : sheets) {
            List<TabularRow> rows = table.firstRows(sheet, HeaderMatch.HEADER_SEARCH_ROWS);
            int score = rows.isEmpty() ? 0 : HeaderMatch.score(rows.get(headerIndex(rows)).texts());
            if (score > bestScore) {
                bestScore = score;
                bestSheet = sheet;
                bestRows = rows;
            }
        }
        if (bestRows.isEmpty()) {
            throw new UserFacingException("Tệp “" + table.fileName() + "” không có dòng nào để nhập.");
        }
        TabularRow header = bestRows.get(headerIndex(bestRows));
        ImportMapping mapping = HeaderMatch.propose(header.texts());
        mapping.setSheetName(bestSheet);
        mapping.setHeaderRow(header.number());
        return mapping;
    }

    /**
     * A saved mapping re-aimed at a file, as the import will read it: its sheet (or the only one),
     * its header row (or the one proposed when that row no longer holds headers), its columns found
     * again by header text. For the wizard to show before the officer checks it.
     */
    public static ImportMapping aim(Path file, ImportMapping saved) {
        TabularFile table = TabularFile.open(file);
        return aimAt(table, sheetOf(table, saved), saved);
    }

    private static int headerIndex(List<TabularRow> rows) {
        return HeaderMatch.proposeHeaderRow(rows.stream().map(TabularRow::texts).toList());
    }

    /** Reads and checks the file through the mapping; writes nothing. */
    public MappedImportReport dryRun(Path file, ImportMapping mapping, Progress progress) {
        return run(file, mapping, null, progress, false);
    }

    /**
     * As {@link #dryRun(Path, ImportMapping, Progress)} for the list of a pre-2025 commune
     * ({@code oldCommuneCode}, e.g. "07921"; null for none): also checks that commune against the
     * register's commune (an error blocks the import, a split commune gives a warning).
     */
    public MappedImportReport dryRun(Path file, ImportMapping mapping, String oldCommuneCode, Progress progress) {
        return run(file, mapping, oldCommuneCode, progress, false);
    }

    /**
     * Reads, checks and, when there is no error, writes every row in one transaction after a
     * backup; with any error nothing is written.
     */
    public MappedImportReport importAll(Path file, ImportMapping mapping, Progress progress) {
        return run(file, mapping, null, progress, true);
    }

    /**
     * As {@link #importAll(Path, ImportMapping, Progress)} for the list of a pre-2025 commune
     * ({@code oldCommuneCode}; null for none): every imported or updated child records it as origin.
     */
    public MappedImportReport importAll(Path file, ImportMapping mapping, String oldCommuneCode, Progress progress) {
        return run(file, mapping, oldCommuneCode, progress, true);
    }

    private MappedImportReport run(Path file, ImportMapping saved, String oldCommuneCode, Progress progress, boolean apply) {
        TabularFile table = TabularFile.open(file);
        String sheet = sheetOf(table, saved);
        String where = sheet == null ? table.fileName() : sheet;
        List<ImportIssue> issues = new ArrayList<>();
        OldCommuneFile origin = OldCommuneFile.of(oldCommuneCode);
        origin.check(store, where, issues);
        ImportMapping mapping = aimAt(table, sheet, saved);
        List<String> missing = mapping.missingRequired();
        if (!missing.isEmpty()) {
            issues.add(new ImportIssue(where, mapping.headerRow(), null, Severity.ERROR, "Chưa chọn cột nào cho: "
                    + String.join(", ", missing) + ". Hãy ghép các cột này trước khi nhập."));
            return new MappedImportReport(new ImportReport(issues, 0, 0, List.of(), List.of(), false), List.of(), List.of());
        }
        List<SheetReader.ParsedRow<Child>> rows = readRows(table, sheet, where, mapping, issues, progress);
        List<SheetReader.ParsedRow<Child>> valid = new ArrayList<>(rows.stream().filter(SheetReader.ParsedRow::valid).toList());
        List<ChildImportPlan.Pair> yearDuplicates = new ArrayList<>();
        List<Integer> toAdd = new ArrayList<>();
        List<Integer> toUpdate = new ArrayList<>();
        ChildImportPlan plan = valid.isEmpty() ? ChildImportPlan.empty() : store.read(tx -> {
            ExistingChildren.match(tx, where, mapping, valid, issues, yearDuplicates, toAdd, toUpdate);
            origin.stamp(valid);
            return ChildImportPlan.make(tx, where, valid, progress).withPairs(yearDuplicates);
        });
        issues.sort(java.util.Comparator.comparingInt(ImportIssue::row));
        List<String> duplicates = plan.duplicateDescriptions();
        boolean hasErrors = issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        boolean applied = false;
        if (apply && !hasErrors) {
            RegisterWorkbookImporter.writeAfterBackup(store, tx -> {
                plan.apply(tx, progress);
                tx.audit(AuditAction.IMPORT, "danh_sach_tre", table.fileName(), "Nhập tệp " + table.fileName()
                        + (mapping.name() == null ? "" : " theo cách ghép cột “" + mapping.name() + "”")
                        + origin.auditPhrase()
                        + ": thêm " + plan.added() + " trẻ, cập nhật " + plan.updated() + " trẻ");
            });
            applied = true;
        }
        ImportReport report = new ImportReport(List.copyOf(issues), plan.added(), plan.updated(), plan.newVillages(),
                List.copyOf(duplicates), applied);
        return new MappedImportReport(report, List.copyOf(toAdd), List.copyOf(toUpdate));
    }

    /** The sheet to read: the mapping's (matched after folding), the only one, or an error naming them. */
    private static String sheetOf(TabularFile table, ImportMapping mapping) {
        List<String> sheets = table.sheetNames();
        if (sheets.isEmpty()) {
            return null;
        }
        if (mapping.sheetName() != null) {
            String wanted = VietnameseText.foldKey(mapping.sheetName());
            for (String sheet : sheets) {
                if (VietnameseText.foldKey(sheet).equals(wanted)) {
                    return sheet;
                }
            }
        }
        if (sheets.size() == 1 || mapping.sheetName() == null) {
            return sheets.get(0);
        }
        throw new UserFacingException("Tệp “" + table.fileName() + "” không có sheet “" + mapping.sheetName()
                + "” (các sheet có trong tệp: " + String.join(", ", sheets) + "). Hãy chọn sheet cần nhập.");
    }

    /**
     * The mapping re-aimed at this file: the saved header row when it still holds the mapped headers,
     * else the row proposed; then each column found again by its header text.
     */
    private static ImportMapping aimAt(TabularFile table, String sheet, ImportMapping saved) {
        List<TabularRow> first = table.firstRows(sheet, Math.max(saved.headerRow(), HeaderMatch.HEADER_SEARCH_ROWS));
        ImportMapping mapping = saved.copy();
        List<String> header = first.stream().filter(r -> r.number() == saved.headerRow()).findFirst()
                .map(TabularRow::texts).orElse(List.of());
        if (!first.isEmpty() && HeaderMatch.score(header) == 0 && !saved.columns().isEmpty()) {
            TabularRow proposed = first.get(headerIndex(first));
            mapping.setHeaderRow(proposed.number());
            header = proposed.texts();
        }
        ImportMapping relocated = mapping.relocate(header);
        relocated.setSheetName(sheet);
        return relocated;
    }

    /** Every data row below the header, turned into a TreEm row and read by {@link ChildSheet}. */
    private List<SheetReader.ParsedRow<Child>> readRows(TabularFile table, String sheet, String where,
                                                        ImportMapping mapping, List<ImportIssue> issues, Progress progress) {
        MappedRows mapped = new MappedRows(mapping, today);
        List<ImportIssue> headerIssues = new ArrayList<>();
        SheetHeader header = SheetHeader.read(where, mapped.headerRow(), ChildSheet.columnList(), headerIssues);
        headerIssues.forEach(i -> issues.add(new ImportIssue(i.sheet(), mapping.headerRow(), i.column(), i.severity(),
                i.message())));
        ChildSheet spec = new ChildSheet(today);
        Map<String, String> columnNames = mapped.columnDescriptions();
        List<SheetReader.ParsedRow<Child>> rows = new ArrayList<>();
        table.read(sheet, source -> {
            progress.checkCancelled();
            if (source.number() <= mapping.headerRow()) {
                return true;
            }
            SheetRow sheetRow = new SheetRow(where, mapped.fill(source), header);
            if (!sheetRow.isEmpty()) {
                Child child = spec.parse(sheetRow);
                for (ImportIssue issue : sheetRow.issues()) {
                    issues.add(new ImportIssue(issue.sheet(), issue.row(),
                            columnNames.getOrDefault(issue.column(), issue.column()), issue.severity(), issue.message()));
                }
                rows.add(new SheetReader.ParsedRow<>(sheetRow.number(), child, !sheetRow.hasErrors()));
            }
            return true;
        });
        return rows;
    }

    /**
     * Turns a source row into a TreEm row (cells in this class's column order), for {@link SheetRow}
     * and {@link ChildSheet} to read.
     */
    private static final class MappedRows {

        private final ImportMapping mapping;
        private final LocalDate today;
        private final TabularRow header;
        /** TreEm key → cell index in the scratch row. */
        private final Map<String, Integer> indexByKey = new LinkedHashMap<>();

        MappedRows(ImportMapping mapping, LocalDate today) {
            this.mapping = mapping;
            this.today = today;
            List<TabularCell> keys = new ArrayList<>();
            for (ChildField field : ChildField.values()) {
                boolean birth = field == ChildField.BIRTH_DATE || field == ChildField.ESTIMATED_AGE;
                if (mapping.isMapped(field.key()) || (birth && (mapping.hasBirthParts()
                        || mapping.isMapped(ChildField.BIRTH_DATE.key())))) {
                    int index = indexByKey.size();
                    indexByKey.put(field.key(), index);
                    keys.add(TabularCell.ofText(field.key()));
                }
            }
            this.header = new TabularRow(1, List.copyOf(keys));
        }

        TabularRow headerRow() {
            return header;
        }

        /** TreEm label → the file's own column(s), e.g. "HỌ VÀ TÊN TRẺ (cột C)", for messages. */
        Map<String, String> columnDescriptions() {
            Map<String, String> names = new HashMap<>();
            for (ChildField field : ChildField.values()) {
                mapping.column(field.key()).ifPresent(c -> names.put(field.label(), describe(c)));
            }
            if (mapping.hasBirthParts()) {
                List<String> parts = new ArrayList<>();
                for (String key : List.of(ImportMapping.BIRTH_DAY, ImportMapping.BIRTH_MONTH, ImportMapping.BIRTH_YEAR)) {
                    mapping.column(key).ifPresent(c -> parts.add(describe(c)));
                }
                names.put(ChildField.BIRTH_DATE.label(), String.join(", ", parts));
            }
            if (!mapping.isMapped(ChildField.ESTIMATED_AGE.key()) && names.containsKey(ChildField.BIRTH_DATE.label())) {
                names.put(ChildField.ESTIMATED_AGE.label(), names.get(ChildField.BIRTH_DATE.label()));
            }
            return names;
        }

        private static String describe(ImportMapping.Column column) {
            String header = VietnameseText.isBlank(column.header()) ? "" : column.header() + " ";
            return header + "(cột " + SheetHeader.letter(column.index()) + ")";
        }

        TabularRow fill(TabularRow source) {
            TabularCell[] row = new TabularCell[indexByKey.size()];
            Arrays.fill(row, TabularCell.BLANK);
            indexByKey.forEach((key, index) -> {
                if (key.equals(ChildField.BIRTH_DATE.key()) || key.equals(ChildField.ESTIMATED_AGE.key())) {
                    return;
                }
                TabularCell cell = source.cell(mapping.column(key).orElseThrow().index());
                Optional<String> code = mapping.valueFor(key, cell.text());
                row[index] = code.isPresent() ? TabularCell.ofText(code.get()) : cell;
            });
            fillBirth(source, row);
            return new TabularRow(source.number(), List.of(row));
        }

        private void fillBirth(TabularRow source, TabularCell[] row) {
            Integer birthIndex = indexByKey.get(ChildField.BIRTH_DATE.key());
            Integer ageIndex = indexByKey.get(ChildField.ESTIMATED_AGE.key());
            if (mapping.isMapped(ChildField.ESTIMATED_AGE.key())) {
                row[ageIndex] = source.cell(mapping.column(ChildField.ESTIMATED_AGE.key()).orElseThrow().index());
            }
            Integer year;
            if (mapping.hasBirthParts()) {
                ImportMappingDates.Parts parts = ImportMappingDates.assemble(part(source, ImportMapping.BIRTH_DAY),
                        part(source, ImportMapping.BIRTH_MONTH), part(source, ImportMapping.BIRTH_YEAR));
                row[birthIndex] = TabularCell.ofText(parts.dateText());
                year = parts.year();
            } else if (mapping.isMapped(ChildField.BIRTH_DATE.key())) {
                TabularCell cell = source.cell(mapping.column(ChildField.BIRTH_DATE.key()).orElseThrow().index());
                boolean yearOnly = cell.kind() != TabularCell.Kind.DATE && ImportMappingDates.isYear(cell.text());
                year = yearOnly ? Integer.valueOf(cell.text().strip()) : null;
                if (!yearOnly) {
                    row[birthIndex] = cell;
                }
            } else {
                year = null;
            }
            if (year != null) {
                int age = ImportMappingDates.ageForYear(year, reference(source));
                if (age < 0) {
                    row[birthIndex] = TabularCell.ofText(year.toString()); // the date reader reports it
                } else {
                    row[ageIndex] = TabularCell.ofNumber(age);
                }
            }
        }

        /** The date an estimated age counts from, as {@link ChildSheet} does: the entry date, else today. */
        private LocalDate reference(TabularRow source) {
            return mapping.column(ChildField.ENTRY_DATE.key()).flatMap(c -> DateText.parse(source.text(c.index())))
                    .orElse(today);
        }

        private String part(TabularRow source, String key) {
            return mapping.column(key).map(c -> source.text(c.index())).orElse(null);
        }
    }
}
