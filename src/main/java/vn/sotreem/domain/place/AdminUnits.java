package vn.sotreem.domain.place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import vn.sotreem.domain.common.ReferenceCsv;
import vn.sotreem.domain.common.VietnameseText;

/**
 * The administrative units bundled with the app: the 34 provinces and 3 321 communes after the
 * 2025 reform, and the old → new commune mapping so that an officer can find a commune by its
 * pre-2025 name. Loaded once, on first use.
 */
public final class AdminUnits {

    private static volatile AdminUnits instance;

    private final List<Province> provinces;
    private final Map<String, Commune> communesByCode;
    private final List<FormerName> formerNames;

    private record FormerName(String provinceCode, String fullName, String folded, String newCommuneCode) {
    }

    private AdminUnits() {
        List<Province> p = new ArrayList<>();
        for (CSVRecord row : ReferenceCsv.read("admin-units/provinces.csv")) {
            p.add(new Province(row.get("code"), row.get("name"), row.get("full_name")));
        }
        provinces = Collections.unmodifiableList(p);
        Map<String, Commune> c = new LinkedHashMap<>();
        for (CSVRecord row : ReferenceCsv.read("admin-units/communes.csv")) {
            String other = row.get("full_name_at_2025_07_01_if_different");
            c.put(row.get("code"), new Commune(row.get("code"), row.get("name"), row.get("full_name"),
                    row.get("unit_type"), row.get("province_code"), row.get("province_full_name"),
                    other.isBlank() ? null : other));
        }
        communesByCode = Collections.unmodifiableMap(c);
        List<FormerName> f = new ArrayList<>();
        for (CSVRecord row : ReferenceCsv.read("admin-units/mapping-2025-old-commune-to-new.csv")) {
            String oldName = row.get("old_commune_full_name");
            f.add(new FormerName(row.get("new_province_code"), oldName, VietnameseText.fold(oldName),
                    row.get("new_commune_code_in_communes_csv")));
        }
        formerNames = Collections.unmodifiableList(f);
    }

    public static AdminUnits get() {
        AdminUnits local = instance;
        if (local == null) {
            synchronized (AdminUnits.class) {
                if (instance == null) {
                    instance = new AdminUnits();
                }
                local = instance;
            }
        }
        return local;
    }

    public List<Province> provinces() {
        return provinces;
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(communesByCode.get(code));
    }

    public List<Commune> communesOf(String provinceCode) {
        return communesByCode.values().stream().filter(c -> c.provinceCode().equals(provinceCode)).toList();
    }

    /**
     * Communes of a province whose current name (either spelling) or a former pre-2025 name
     * contains the accent-free query; current names first.
     */
    public List<CommuneMatch> search(String provinceCode, String query) {
        String needle = VietnameseText.fold(query);
        List<CommuneMatch> matches = new ArrayList<>();
        for (Commune commune : communesByCode.values()) {
            if (provinceCode != null && !commune.provinceCode().equals(provinceCode)) {
                continue;
            }
            if (VietnameseText.fold(commune.fullName()).contains(needle)
                    || commune.otherSpelling() != null && VietnameseText.fold(commune.otherSpelling()).contains(needle)) {
                matches.add(new CommuneMatch(commune, null));
            }
        }
        if (needle.isEmpty()) {
            return matches;
        }
        for (FormerName former : formerNames) {
            if ((provinceCode == null || former.provinceCode().equals(provinceCode)) && former.folded().contains(needle)) {
                Commune commune = communesByCode.get(former.newCommuneCode());
                if (commune != null && matches.stream().noneMatch(m -> m.commune().equals(commune))) {
                    matches.add(new CommuneMatch(commune, former.fullName()));
                }
            }
        }
        return matches;
    }
}
