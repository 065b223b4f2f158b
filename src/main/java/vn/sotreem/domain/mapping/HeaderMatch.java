package vn.sotreem.domain.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.common.VietnameseText;

/**
 * Proposes which column of an officer's own list feeds which field of sheet {@code TreEm}, from
 * the header text alone: "Họ tên", "Ho va ten", "HỌ VÀ TÊN TRẺ" → {@code ho_ten}; "NS",
 * "Ngày tháng năm sinh" → {@code ngay_sinh}; "Xóm", "Ấp", "Tổ dân phố" → {@code thon}… Headers are
 * folded (no marks, đ→d, lower case) and split into words; the rules are tried in order, the most
 * specific first ("Họ tên mẹ" must not become {@code ho_ten}). Only a proposal: the officer checks it.
 */
public final class HeaderMatch {

    /** How many rows from the top may hold the header (titles and blank rows often come first). */
    public static final int HEADER_SEARCH_ROWS = 20;

    private record Rule(String field, Pattern pattern) {
    }

    /** Headers of columns about someone else than the child (the head of household): never the child's fields. */
    private static final Pattern OTHER_PERSON = Pattern.compile("\\bchu ho\\b|\\bnguoi khai\\b");

    private static final List<Rule> RULES = List.of(
            rule(ChildField.CODE, "^ma (so )?tre( em)?$|^ma ho so$"),
            rule(ChildField.PHONE, "dien thoai|\\bsdt\\b|\\bdtdd\\b|\\bso dt\\b|\\bdt lien he\\b"),
            rule(ChildField.CAREGIVER_NAME, "cham soc|nuoi duong|giam ho"),
            rule(ChildField.PERSONAL_ID, "dinh danh|\\bcccd\\b|\\bcmnd\\b|\\bddcn\\b|\\bma dd\\b|\\bso dd\\b"),
            rule(ChildField.FATHER_NAME, "^(ho (va )?)?ten (cua )?(cha|bo)\\b|^(cha|bo)$|^(ho ten )?cha (de|ruot)$"),
            rule(ChildField.MOTHER_NAME, "^(ho (va )?)?ten (cua )?(me|ma)\\b|^me$|^(ho ten )?me (de|ruot)$"),
            rule(ChildField.ENTRY_DATE, "vao so|ngay nhap|ghi so|ngay den|ngay dang ky"),
            rule(ChildField.STATUS_DATE, "^ngay (thay doi|chuyen di|mat|tu vong)"),
            rule(ChildField.STATUS, "tinh trang"),
            rule(ChildField.BIRTH_DATE, "ngay (thang )?(nam )?sinh|sinh ngay|^ns$|^ngay sinh"),
            rule(ImportMapping.BIRTH_YEAR, "^nam sinh$"),
            rule(ChildField.ESTIMATED_AGE, "^tuoi\\b"),
            rule(ChildField.SEX, "gioi tinh|^gt$|^gioi$|^nam nu$|^phai$"),
            rule(ChildField.ETHNICITY, "dan toc|^dt$"),
            rule(ChildField.POVERTY, "ngheo"),
            rule(ChildField.VILLAGE, "\\b(thon|xom|ban|ap|tdp|khom|buon|lang|plei|khu pho|to dan pho|dia chi|noi o|cho o)\\b"),
            rule(ChildField.NOTE, "ghi chu"),
            rule(ChildField.FULL_NAME, "^(ho )?(va )?ten( va ten)?( (cua )?(tre|tre em|chau|em))?$|^ho ten"));

    /** A value translation proposed before the officer looks: the usual Vietnamese words for sex. */
    private static final Map<String, String> SEX_WORDS = Map.of("trai", "nam", "be trai", "nam", "gai", "nu",
            "be gai", "nu", "m", "nam", "f", "nu");

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private HeaderMatch() {
    }

    private static Rule rule(ChildField field, String regex) {
        return rule(field.key(), regex);
    }

    private static Rule rule(String field, String regex) {
        return new Rule(field, Pattern.compile(regex));
    }

    /** Folded words of a header: "HỌ VÀ TÊN (trẻ)" → "ho va ten tre". */
    static String words(String header) {
        return NOT_WORD.matcher(VietnameseText.fold(header).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The field a header names, if a rule (or the register's own key or label) recognises it. */
    public static Optional<String> fieldFor(String header) {
        if (VietnameseText.isBlank(header)) {
            return Optional.empty();
        }
        String key = VietnameseText.foldKey(header);
        for (String field : ImportMapping.targetFields()) {
            if (key.equals(VietnameseText.foldKey(field)) || key.equals(VietnameseText.foldKey(ImportMapping.label(field)))) {
                return Optional.of(field);
            }
        }
        String words = words(header);
        if (OTHER_PERSON.matcher(words).find()) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(words).find()) {
                return Optional.of(rule.field());
            }
        }
        return Optional.empty();
    }

    /** How many different fields a row's cells name: the header row is the row that names most. */
    public static int score(List<String> cells) {
        Set<String> fields = new HashSet<>();
        for (String cell : cells) {
            fieldFor(cell).ifPresent(fields::add);
        }
        return fields.size();
    }

    /**
     * The index (0-based, among {@code rows}) of the row that best looks like the header: the first of
     * the rows naming the most fields, looking at most {@link #HEADER_SEARCH_ROWS} rows; 0 when none
     * names two fields.
     */
    public static int proposeHeaderRow(List<List<String>> rows) {
        int best = 0;
        int bestScore = 1;
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            int score = score(rows.get(i));
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Proposes a mapping for a header row: each recognised column feeds its field (the first
     * column wins when two name the same field). A birth date written in three columns headed
     * "Ngày", "Tháng", "Năm" (often under a merged "Ngày sinh") becomes day, month and year.
     */
    public static ImportMapping propose(List<String> header) {
        ImportMapping mapping = new ImportMapping();
        for (int i = 0; i < header.size(); i++) {
            Optional<String> field = fieldFor(header.get(i));
            if (field.isPresent() && !mapping.isMapped(field.get())) {
                mapping.mapColumn(field.get(), i, header.get(i));
            }
        }
        if (!mapping.isMapped(ChildField.BIRTH_DATE.key())) {
            int day = indexOf(header, "ngay");
            int month = indexOf(header, "thang");
            int year = indexOf(header, "nam");
            if (day >= 0 && month >= 0 && year >= 0) {
                mapping.mapColumn(ImportMapping.BIRTH_DAY, day, header.get(day));
                mapping.mapColumn(ImportMapping.BIRTH_MONTH, month, header.get(month));
                mapping.mapColumn(ImportMapping.BIRTH_YEAR, year, header.get(year));
            }
        } else {
            mapping.unmap(ImportMapping.BIRTH_YEAR); // a full date column wins over a year column
        }
        SEX_WORDS.forEach((word, code) -> mapping.mapValue(ChildField.SEX.key(), word, code));
        return mapping;
    }

    private static int indexOf(List<String> header, String words) {
        List<String> folded = new ArrayList<>();
        header.forEach(h -> folded.add(words(h)));
        int i = folded.indexOf(words);
        return i >= 0 ? i : folded.indexOf(words + " sinh");
    }
}
