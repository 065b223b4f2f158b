package vn.sotreem.ui.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.child.EthnicGroup;
import vn.sotreem.domain.mapping.HeaderMatch;
import vn.sotreem.domain.mapping.ImportMapping;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.exchange.workbook.ImportReport;
import vn.sotreem.domain.place.OldCommune;
import vn.sotreem.domain.place.OldCommunes;
import vn.sotreem.exchange.ownlist.MappedImport;
import vn.sotreem.exchange.ownlist.MappedImportReport;
import vn.sotreem.exchange.ownlist.TabularPreview;
import vn.sotreem.storage.ImportMappingRepository;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.common.Choice;

/**
 * The "Nhập dữ liệu" wizard without a screen: the file (and a saved mapping to reuse), the sheet
 * and header row, which column feeds which field, how code-list values translate, the check and the
 * import. Methods that read the file are marked; the window calls them off the FX thread.
 */
final class ImportWizardModel {

    enum Step {
        FILE("Chọn tệp"), SHEET("Sheet và dòng tiêu đề"), COLUMNS("Ghép cột"), VALUES("Giá trị"), CHECK("Kiểm tra và nhập");

        private final String title;

        Step(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }
    }

    /** How the list writes the birth date. */
    enum BirthMode {
        DATE("Một cột ngày sinh"), YEAR("Chỉ có năm sinh"), PARTS("Ba cột ngày, tháng, năm");

        private final String label;

        BirthMode(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A distinct value of a coded column: how many rows hold it, the code it becomes (null: not understood), and why. */
    record ValueRow(String raw, int rows, String code, Understood how) {
    }

    enum Understood { TRANSLATED, BY_ITSELF, NOT }

    /** The first rows shown (the header is looked for in as many). */
    static final int PREVIEW_ROWS = HeaderMatch.HEADER_SEARCH_ROWS;
    /** At most this many distinct values of a column are shown for translation. */
    static final int MAX_VALUES = 200;
    static final String NOT_IMPORTED = "(không nhập)";

    private static final List<String> REQUIRED = List.of(ChildField.FULL_NAME.key(), ChildField.SEX.key(),
            ChildField.VILLAGE.key());

    private Path file;
    private ImportMapping saved;
    private List<String> sheets = List.of();
    private List<TabularPreview.Row> preview = List.of();
    private ImportMapping mapping = new ImportMapping();
    private Map<String, TabularPreview.Values> values = Map.of();
    private MappedImportReport report;
    private BirthMode birthMode = BirthMode.DATE;
    /** The pre-2025 commune whose list this is (null: the register's own commune). */
    private String oldCommuneCode;

    // ---- step 1: the file, or a saved mapping and then the file

    Path file() {
        return file;
    }

    /** The saved mapping to reuse (null: map afresh). */
    void useSaved(ImportMapping savedMapping) {
        this.saved = savedMapping == null ? null : savedMapping.copy();
    }

    Optional<ImportMapping> saved() {
        return Optional.ofNullable(saved);
    }

    /**
     * The communes merged in 2025 into the register's commune: since then one officer may hold their
     * old lists, and each child of such a list records its old commune as origin.
     */
    static List<OldCommune> formerCommunes(String registerCommuneCode) {
        return OldCommunes.get().formerCommunesOf(registerCommuneCode);
    }

    /** Says whose list the file is: a pre-2025 commune's code, or null for the register's own commune. */
    void fromOldCommune(String code) {
        this.oldCommuneCode = code;
        this.report = null;
    }

    Optional<String> oldCommune() {
        return Optional.ofNullable(oldCommuneCode);
    }

    /**
     * Reads the file (off the FX thread): its sheets and first rows, and the mapping proposed from its
     * headers, or the saved mapping re-aimed at it.
     */
    void open(Path chosen) {
        List<String> fileSheets = TabularPreview.sheetNames(chosen);
        ImportMapping proposed = saved != null ? MappedImport.aim(chosen, saved) : MappedImport.propose(chosen);
        List<TabularPreview.Row> rows = TabularPreview.firstRows(chosen, proposed.sheetName(), PREVIEW_ROWS);
        this.file = chosen;
        this.sheets = fileSheets;
        this.mapping = proposed;
        this.preview = rows;
        this.values = Map.of();
        this.report = null;
        this.birthMode = birthModeOf(proposed);
    }

    // ---- step 2: sheet and header row

    /** The file's sheets; empty for CSV. */
    List<String> sheets() {
        return sheets;
    }

    String sheet() {
        return mapping.sheetName();
    }

    List<TabularPreview.Row> preview() {
        return preview;
    }

    int headerRow() {
        return mapping.headerRow();
    }

    /** Reads another sheet (off the FX thread) and proposes its header row and columns. */
    void chooseSheet(String sheet) {
        List<TabularPreview.Row> rows = TabularPreview.firstRows(file, sheet, PREVIEW_ROWS);
        this.preview = rows;
        mapping.setSheetName(sheet);
        int index = HeaderMatch.proposeHeaderRow(rows.stream().map(TabularPreview.Row::cells).toList());
        chooseHeaderRow(rows.isEmpty() ? 1 : rows.get(index).number());
    }

    /** Takes another row as the header: the columns are proposed again from its texts; value translations stay. */
    void chooseHeaderRow(int number) {
        ImportMapping proposed = HeaderMatch.propose(headerTexts(number));
        proposed.setName(mapping.name());
        proposed.setSheetName(mapping.sheetName());
        proposed.setHeaderRow(number);
        mapping.allValues().forEach((field, map) -> map.forEach((raw, code) -> proposed.mapValue(field, raw, code)));
        this.mapping = proposed;
        this.values = Map.of();
        this.report = null;
        this.birthMode = birthModeOf(proposed);
    }

    private List<String> headerTexts(int number) {
        return preview.stream().filter(r -> r.number() == number).findFirst().map(TabularPreview.Row::cells)
                .orElse(List.of());
    }

    /** How many columns the preview shows (the widest row). */
    int columnCount() {
        return preview.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }

    /** The proposal in words: "Họ và tên ← cột A “Họ và tên”", one per mapped field. */
    List<String> proposalLines() {
        List<String> lines = new ArrayList<>();
        for (String field : ImportMapping.targetFields()) {
            mapping.column(field).ifPresent(c -> lines.add(ImportMapping.label(field) + " ← " + describe(c.index())));
        }
        return lines;
    }

    // ---- step 3: columns

    /** "(không nhập)" (null) and each column of the file: its letter and its header. */
    List<Choice<Integer>> columnChoices() {
        List<Choice<Integer>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, NOT_IMPORTED));
        for (int i = 0; i < columnCount(); i++) {
            choices.add(new Choice<>(i, describe(i)));
        }
        return choices;
    }

    /** "Cột B “Ngày sinh”", or "Cột B" when the header cell is blank. */
    String describe(int column) {
        List<String> header = headerTexts(mapping.headerRow());
        String text = column < header.size() ? header.get(column) : "";
        return "Cột " + letter(column) + (VietnameseText.isBlank(text) ? "" : " “" + text + "”");
    }

    /** The first value below the header in a column (from the rows shown), as an example; empty when none. */
    String sample(Integer column) {
        if (column == null) {
            return "";
        }
        return preview.stream().filter(r -> r.number() > mapping.headerRow() && column < r.cells().size())
                .map(r -> r.cells().get(column)).filter(t -> !VietnameseText.isBlank(t)).findFirst().orElse("");
    }

    /** Excel's column letter: 0 → A, 26 → AA. */
    static String letter(int column) {
        StringBuilder s = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    BirthMode birthMode() {
        return birthMode;
    }

    /** The way a mapping reads the birth date, from the columns it maps. */
    private static BirthMode birthModeOf(ImportMapping m) {
        if (m.isMapped(ImportMapping.BIRTH_DAY) || m.isMapped(ImportMapping.BIRTH_MONTH)) {
            return BirthMode.PARTS;
        }
        return m.isMapped(ImportMapping.BIRTH_YEAR) ? BirthMode.YEAR : BirthMode.DATE;
    }

    /** Switches how the birth date is read; the columns of the other ways are let go. */
    void setBirthMode(BirthMode mode) {
        List<String> keep = birthFields(mode);
        for (BirthMode other : BirthMode.values()) {
            birthFields(other).stream().filter(f -> !keep.contains(f)).forEach(mapping::unmap);
        }
        birthMode = mode;
        report = null;
    }

    private static List<String> birthFields(BirthMode mode) {
        return switch (mode) {
            case DATE -> List.of(ChildField.BIRTH_DATE.key());
            case YEAR -> List.of(ImportMapping.BIRTH_YEAR);
            case PARTS -> List.of(ImportMapping.BIRTH_DAY, ImportMapping.BIRTH_MONTH, ImportMapping.BIRTH_YEAR);
        };
    }

    /** The fields shown for mapping: every field, the birth date as the chosen way of writing it. */
    List<String> fields() {
        List<String> shown = new ArrayList<>();
        List<String> birth = birthFields(birthMode());
        List<String> allBirth = List.of(ChildField.BIRTH_DATE.key(), ImportMapping.BIRTH_DAY, ImportMapping.BIRTH_MONTH,
                ImportMapping.BIRTH_YEAR);
        for (String field : ImportMapping.targetFields()) {
            if (!allBirth.contains(field) || birth.contains(field)) {
                shown.add(field);
            }
        }
        return shown;
    }

    static String label(String field) {
        return ImportMapping.label(field);
    }

    /** True for the fields every row needs (the birth date, or a year or an age, is checked by {@link #missingRequired}). */
    static boolean isRequired(String field) {
        return REQUIRED.contains(field) || field.equals(ChildField.BIRTH_DATE.key()) || field.equals(ImportMapping.BIRTH_YEAR);
    }

    /** The column feeding a field; null when none. */
    Integer columnOf(String field) {
        return mapping.column(field).map(ImportMapping.Column::index).orElse(null);
    }

    /** Feeds a field from a column (null: not imported); a column feeds one field, so another may lose it. */
    void mapColumn(String field, Integer column) {
        if (column == null) {
            mapping.unmap(field);
        } else {
            List<String> header = headerTexts(mapping.headerRow());
            mapping.mapColumn(field, column, column < header.size() ? header.get(column) : "");
        }
        values = Map.of();
        report = null;
    }

    /** Labels of the required fields no column feeds. */
    List<String> missingRequired() {
        return mapping.missingRequired();
    }

    // ---- step 4: values of code-list columns

    /** The code-list fields a column feeds, in the register's order. */
    List<String> codedFields() {
        return ImportMapping.CODED_FIELDS.stream().filter(mapping::isMapped).toList();
    }

    /** Reads (off the FX thread) the distinct values of every mapped code-list column. */
    void readValues(Progress progress) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        codedFields().forEach(f -> columns.put(f, columnOf(f)));
        values = TabularPreview.distinctValues(file, mapping.sheetName(), mapping.headerRow(), columns, MAX_VALUES, progress);
    }

    /** The distinct values of a field's column with what each becomes; empty before {@link #readValues}. */
    List<ValueRow> values(String field) {
        TabularPreview.Values found = values.get(field);
        if (found == null) {
            return List.of();
        }
        List<ValueRow> rows = new ArrayList<>();
        for (TabularPreview.Value value : found.values()) {
            Optional<String> translated = mapping.valueFor(field, value.text());
            Optional<String> itself = understood(field, value.text());
            Understood how = translated.isPresent() ? Understood.TRANSLATED
                    : itself.isPresent() ? Understood.BY_ITSELF : Understood.NOT;
            rows.add(new ValueRow(value.text(), value.rows(), translated.or(() -> itself).orElse(null), how));
        }
        return rows;
    }

    /** True when the column holds more distinct values than are shown. */
    boolean moreValues(String field) {
        TabularPreview.Values found = values.get(field);
        return found != null && found.more();
    }

    /** How many shown values would not be understood by the import. */
    int valuesNotUnderstood() {
        return (int) codedFields().stream().flatMap(f -> values(f).stream()).filter(v -> v.how() == Understood.NOT).count();
    }

    /** Records that {@code raw} in a field's column means {@code code}. */
    void translate(String field, String raw, String code) {
        mapping.mapValue(field, raw, code);
        report = null;
    }

    /** The codes a value of a field may become, with their labels. */
    static List<Choice<String>> codes(String field) {
        List<? extends Coded> list = codeList(field);
        return list.stream().map(c -> new Choice<>(c.code(), c.label())).toList();
    }

    static String codeLabel(String field, String code) {
        return codeList(field).stream().filter(c -> c.code().equals(code)).map(Coded::label).findFirst().orElse(code);
    }

    private static List<? extends Coded> codeList(String field) {
        if (field.equals(ChildField.SEX.key())) {
            return List.of(Sex.values());
        } else if (field.equals(ChildField.ETHNICITY.key())) {
            return EthnicGroup.all();
        } else if (field.equals(ChildField.POVERTY.key())) {
            return List.of(Poverty.values());
        } else if (field.equals(ChildField.STATUS.key())) {
            return List.of(ChildStatus.values());
        }
        throw new IllegalArgumentException("Not a coded field: " + field);
    }

    /** The code the import reads a value as without a translation (its code or label, an ethnic group's variants). */
    private static Optional<String> understood(String field, String raw) {
        if (field.equals(ChildField.ETHNICITY.key())) {
            return EthnicGroup.lookup(raw).map(EthnicGroup::code);
        }
        return Coded.lookup(codeList(field).toArray(new Coded[0]), raw).map(Coded::code);
    }

    // ---- step 5: check, save, import

    /** Checks the whole file through the mapping (off the FX thread); writes nothing. */
    MappedImportReport dryRun(RegisterStore store, LocalDate today, Progress progress) {
        MappedImportReport checked = new MappedImport(store, today).dryRun(file, mapping.copy(), oldCommuneCode, progress);
        report = checked;
        return checked;
    }

    /** Imports (off the FX thread): a backup, then every row in one transaction, or nothing when there is an error. */
    MappedImportReport importAll(RegisterStore store, LocalDate today, Progress progress) {
        MappedImportReport done = new MappedImport(store, today).importAll(file, mapping.copy(), oldCommuneCode, progress);
        report = done;
        return done;
    }

    Optional<MappedImportReport> report() {
        return Optional.ofNullable(report);
    }

    /** "Sẽ thêm 3 trẻ mới, cập nhật 1 trẻ đã có." and the other counts of the check. */
    List<String> checkLines() {
        if (report == null) {
            return List.of();
        }
        ImportReport r = report.report();
        List<String> lines = new ArrayList<>();
        lines.add("Sẽ thêm " + r.added() + " trẻ mới, cập nhật " + r.updated() + " trẻ đã có trong sổ.");
        lines.add("Thôn mới sẽ tạo: " + (r.newVillages().isEmpty() ? "không có"
                : r.newVillages().size() + " (" + String.join(", ", r.newVillages()) + ")") + ".");
        lines.add("Có thể trùng (sẽ đưa vào danh sách cần xem lại): " + r.duplicates().size() + ".");
        lines.add("Lỗi: " + r.errors().size() + "; cảnh báo: " + r.warnings().size() + ".");
        return lines;
    }

    /** Each error, warning and possible duplicate, naming its row and column. */
    List<String> issueLines() {
        if (report == null) {
            return List.of();
        }
        ImportReport r = report.report();
        List<String> lines = new ArrayList<>();
        r.errors().forEach(i -> lines.add("Lỗi — " + i.describe()));
        r.warnings().forEach(i -> lines.add("Cảnh báo — " + i.describe()));
        r.duplicates().forEach(d -> lines.add("Có thể trùng — " + d));
        return lines;
    }

    /** Why "Nhập" is not possible yet; empty when it is. */
    Optional<String> importBlocked() {
        if (report == null) {
            return Optional.of("Hãy kiểm tra tệp trước khi nhập.");
        }
        int errors = report.report().errors().size();
        if (errors > 0) {
            return Optional.of("Tệp có " + errors + " lỗi nên chưa thể nhập (nhập là tất cả hoặc không gì cả). "
                    + "Hãy sửa các dòng ghi ở trên trong tệp, hoặc quay lại sửa cách ghép cột, rồi kiểm tra lại. "
                    + "Sổ chưa bị thay đổi.");
        }
        ImportReport r = report.report();
        if (r.added() + r.updated() == 0) {
            return Optional.of("Tệp không có dòng nào để nhập.");
        }
        return Optional.empty();
    }

    /** Saves the mapping as it is now under {@code name}, to reuse with next month's list. */
    void save(String name, ImportMappingRepository repository, LocalDateTime now) {
        if (VietnameseText.isBlank(name)) {
            throw new UserFacingException("Hãy đặt tên cho cách ghép cột trước khi lưu.");
        }
        ImportMapping named = mapping.copy();
        named.setName(VietnameseText.clean(name));
        repository.save(named, now);
        mapping.setName(named.name());
    }

    /** The mapping as it is now (a copy). */
    ImportMapping mapping() {
        return mapping.copy();
    }
}
