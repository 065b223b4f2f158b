package vn.sotreem.report;

import java.util.List;
import java.util.Locale;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.common.VietnameseText;

/**
 * How a commune names itself on its documents (Nghị định 30/2020 Phụ lục I): the issuing body
 * "UBND PHƯỜNG BA ĐÌNH" in capitals, and the place name of the date line — the commune's own name
 * without its unit ("Ba Đình"), in full when that name is a number ("Phường 1").
 */
final class OfficialNames {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** Unit words a commune's full name may start with; a name without one is taken to be a xã. */
    private static final List<String> UNITS = List.of("Đặc khu", "Thị trấn", "Phường", "Xã");

    private final String unit;
    private final String name;

    OfficialNames(RegisterInfo register) {
        String full = VietnameseText.clean(register == null ? null : register.communeName());
        List<String> words = full.isEmpty() ? List.of() : List.of(full.split(" "));
        String foundUnit = "Xã";
        String rest = full;
        for (String u : UNITS) {
            int n = u.split(" ").length;
            if (words.size() > n && VietnameseText.fold(String.join(" ", words.subList(0, n))).equals(VietnameseText.fold(u))) {
                foundUnit = u;
                rest = String.join(" ", words.subList(n, words.size()));
                break;
            }
        }
        this.unit = foundUnit;
        this.name = rest;
    }

    /** "UBND PHƯỜNG BA ĐÌNH". */
    String issuingBody() {
        return "UBND " + upper(unit) + (name.isEmpty() ? " " + OfficialDocument.SHORT_DOTS : " " + upper(name));
    }

    /** "Ba Đình" for the date line; "Phường 1" when the commune is named by a number. */
    String placeName() {
        if (name.isEmpty()) {
            return OfficialDocument.SHORT_DOTS;
        }
        return Character.isDigit(name.charAt(0)) ? unit + " " + name : name;
    }

    /** "CHỦ TỊCH UBND PHƯỜNG" for a signature block. */
    String chairmanTitle() {
        return "CHỦ TỊCH UBND " + upper(unit);
    }

    /** "Chủ tịch UBND phường" inside a sentence. */
    String chairman() {
        return "Chủ tịch UBND " + unit.toLowerCase(VIETNAMESE);
    }

    static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
