package vn.sotreem.domain.backup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records a backup's manifest counts, once: the register's table, the key the manifest writes
 * and the words the officer reads (the backups page and the command line say the same). In the
 * order shown.
 */
public enum CountedRecord {

    CHILDREN("child", "tre_em", "trẻ em"),
    VILLAGES("village", "thon", "thôn"),
    ACCOUNTS("account", "tai_khoan", "người dùng"),
    MEMBERSHIPS("hcdb_membership", "hcdb", "diện HCĐB"),
    SUPPORTS("support", "tro_giup", "lần trợ giúp"),
    AUDIT_ENTRIES("audit_log", "nhat_ky", "dòng nhật ký");

    private final String table;
    private final String key;
    private final String label;

    CountedRecord(String table, String key, String label) {
        this.table = table;
        this.key = key;
        this.label = label;
    }

    /** The register's table counted. */
    public String table() {
        return table;
    }

    /** The key in the backup's manifest (written by every version so far: do not change). */
    public String key() {
        return key;
    }

    /** "trẻ em", as in "12 trẻ em". */
    public String label() {
        return label;
    }

    public static Optional<CountedRecord> byKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }

    /**
     * "120 trẻ em, 5 thôn, 2 người dùng, …": the known records in this order, then any key a newer
     * version wrote, sorted, as it is; "" for none.
     */
    public static String describe(Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (CountedRecord record : values()) {
            Integer n = counts.get(record.key);
            if (n != null) {
                parts.add(n + " " + record.label);
            }
        }
        counts.entrySet().stream()
                .filter(e -> byKey(e.getKey()).isEmpty())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getValue() + " " + e.getKey()));
        return String.join(", ", parts);
    }
}
