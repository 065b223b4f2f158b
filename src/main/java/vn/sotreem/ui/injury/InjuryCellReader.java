package vn.sotreem.ui.injury;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.sotreem.domain.child.ChildFilter;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;

/**
 * How the quick-entry grid reads what was typed in a cell: a date with or without its year, a type
 * by code, label or the start of a label's words, a place by its shortcut, yes/no by c/k.
 */
final class InjuryCellReader {

    private static final Pattern DAY_MONTH = Pattern.compile("\\s*(\\d{1,2})[/.\\-](\\d{1,2})\\s*");

    private InjuryCellReader() {
    }

    /**
     * A full date, or a day and month without the year: the latest such day not after {@code today}
     * (this year's, or last year's if it has not come yet).
     */
    static Optional<LocalDate> readDate(String text, LocalDate today) {
        Optional<LocalDate> full = DateText.parse(text);
        if (full.isPresent()) {
            return full;
        }
        Matcher m = DAY_MONTH.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        // The latest such day not after today: this year's, or last year's if it has not come yet.
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            Optional<LocalDate> d = DateText.parse(m.group(1) + "/" + m.group(2) + "/" + year);
            if (d.isPresent() && !d.get().isAfter(today)) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** A code ("8", "08"), a label, the text the cell shows ("08 Đuối nước") or the start of one label's words. */
    static Optional<InjuryType> readType(String text) {
        Optional<InjuryType> byCode = InjuryType.lookup(text);
        if (byCode.isPresent()) {
            return byCode;
        }
        String folded = VietnameseText.fold(text);
        for (InjuryType t : InjuryType.values()) {
            if (VietnameseText.fold(t.toString()).equals(folded)) {
                return Optional.of(t);
            }
        }
        return onlyOne(labelsStartingWith(InjuryType.values(), folded));
    }

    static String typeProblem(String text) {
        List<InjuryType> several = labelsStartingWith(InjuryType.values(), VietnameseText.fold(text));
        if (several.size() > 1) {
            return "Loại “" + text + "” khớp nhiều loại (" + several.stream().map(InjuryType::toString)
                    .collect(Collectors.joining(", ")) + "): ghi mã số.";
        }
        return "Loại “" + text + "” không có trong danh mục: ghi mã từ 1 đến 11 (ví dụ 8 là Đuối nước).";
    }

    /** The shortcuts n, t, c; a code or label of the list; or the start of one label's words ("truong"). */
    static Optional<InjuryPlace> readPlace(String text) {
        String folded = VietnameseText.fold(text);
        switch (folded) {
            case "n" -> {
                return Optional.of(InjuryPlace.HOME);
            }
            case "t" -> {
                return Optional.of(InjuryPlace.SCHOOL);
            }
            case "c" -> {
                return Optional.of(InjuryPlace.COMMUNITY);
            }
            default -> {
                Optional<InjuryPlace> coded = Coded.lookup(InjuryPlace.values(), text);
                return coded.isPresent() ? coded : onlyOne(labelsStartingWith(InjuryPlace.values(), folded));
            }
        }
    }

    /** c, có, x (ticked) for yes; k, không for no. */
    static Optional<Boolean> readYesNo(String text) {
        return switch (VietnameseText.fold(text)) {
            case "c", "co", "x" -> Optional.of(true);
            case "k", "khong" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The values whose label has a word starting with the folded text (the search rule for names). */
    private static <T extends Coded> List<T> labelsStartingWith(T[] values, String folded) {
        if (folded.isEmpty()) {
            return List.of();
        }
        List<T> found = new ArrayList<>();
        for (T v : values) {
            if (ChildFilter.nameMatches(VietnameseText.fold(v.label()), folded)) {
                found.add(v);
            }
        }
        return found;
    }

    private static <T> Optional<T> onlyOne(List<T> found) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
