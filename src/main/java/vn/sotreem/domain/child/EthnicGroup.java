package vn.sotreem.domain.child;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.ReferenceCsv;
import vn.sotreem.domain.common.VietnameseText;

/**
 * One of the 54 ethnic groups (codes of QĐ 121-TCTK/PPCĐ 1979), plus the app-level extras
 * "Người nước ngoài" and "Không xác định".
 */
public record EthnicGroup(String code, String label, List<String> aliases) implements Coded {

    public static final EthnicGroup FOREIGNER = new EthnicGroup("nuoc_ngoai", "Người nước ngoài", List.of());
    public static final EthnicGroup UNKNOWN = new EthnicGroup("khong_xac_dinh", "Không xác định", List.of());

    private static final List<EthnicGroup> ALL = load();

    @Override
    public CodeLabel codeLabel() {
        return new CodeLabel(code, label);
    }

    public static List<EthnicGroup> all() {
        return ALL;
    }

    /** By code, name or spelling variant, compared without accents, hyphens, apostrophes or spaces. */
    public static Optional<EthnicGroup> lookup(String text) {
        Optional<EthnicGroup> direct = Coded.lookup(ALL.toArray(new EthnicGroup[0]), text);
        if (direct.isPresent() || text == null) {
            return direct;
        }
        String folded = VietnameseText.foldKey(text);
        return ALL.stream()
                .filter(group -> group.aliases.stream().anyMatch(a -> VietnameseText.foldKey(a).equals(folded)))
                .findFirst();
    }

    public static Optional<EthnicGroup> byCode(String code) {
        return Coded.byCode(ALL.toArray(new EthnicGroup[0]), code);
    }

    private static List<EthnicGroup> load() {
        List<EthnicGroup> groups = new ArrayList<>();
        for (CSVRecord row : ReferenceCsv.read("ethnic-groups.csv")) {
            String aliases = row.get("aliases");
            groups.add(new EthnicGroup(row.get("code"), row.get("name"),
                    aliases.isBlank() ? List.of() : List.of(aliases.split(";"))));
        }
        groups.add(FOREIGNER);
        groups.add(UNKNOWN);
        return Collections.unmodifiableList(groups);
    }

    @Override
    public String toString() {
        return label;
    }
}
