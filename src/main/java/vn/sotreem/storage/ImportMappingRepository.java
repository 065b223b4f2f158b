package vn.sotreem.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.mapping.ImportMapping;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VietnameseText;

/**
 * Column mappings saved by name (table {@code import_mapping}, V8), so next month's list from the
 * same source imports without mapping again. Stored as JSON: sheet, header row, the column of each
 * field (index and header text, so a moved column is found again) and the value translations.
 * Everyone may read them; saving and deleting need an account that may edit, and are audited.
 */
public final class ImportMappingRepository {

    static final int MAX_NAME_LENGTH = 100;

    /** The stored form; {@code version} lets a later release read older mappings. */
    record Stored(int version, String sheetName, int headerRow, List<StoredColumn> columns,
                  Map<String, Map<String, String>> values) {
    }

    record StoredColumn(String field, int index, String header) {
    }

    private final RegisterStore store;

    ImportMappingRepository(RegisterStore store) {
        this.store = store;
    }

    /** The names of the saved mappings, in alphabetical order. */
    public List<String> names() {
        return store.query(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM import_mapping ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    public Optional<ImportMapping> load(String name) {
        String clean = VietnameseText.clean(name);
        Optional<String> json = store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM import_mapping WHERE name = ?")) {
                ps.setString(1, clean);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
        return json.map(j -> fromJson(clean, j));
    }

    /** Saves (or replaces) the mapping under its name; audited. */
    public void save(ImportMapping mapping, LocalDateTime now) {
        store.requireRole(Role::canEdit, "Tài khoản chỉ xem không được lưu cách ghép cột.");
        String name = VietnameseText.clean(mapping.name() == null ? "" : mapping.name());
        if (name.isEmpty()) {
            throw new UserFacingException("Hãy đặt tên cho cách ghép cột trước khi lưu.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("Tên cách ghép cột dài quá " + MAX_NAME_LENGTH + " ký tự.");
        }
        String json = toJson(mapping);
        store.write(tx -> {
            boolean existed;
            try (PreparedStatement ps = tx.connectionForOwnTable().prepareStatement("SELECT 1 FROM import_mapping WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    existed = rs.next();
                }
            } catch (java.sql.SQLException e) {
                throw StorageErrors.translate(e, store.folder());
            }
            try (PreparedStatement ps = tx.connectionForOwnTable().prepareStatement(
                    "MERGE INTO import_mapping (name, content, saved_at, saved_by) KEY (name) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, json);
                ps.setTimestamp(3, Timestamp.valueOf(now));
                ps.setString(4, store.userName());
                ps.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw StorageErrors.translate(e, store.folder());
            }
            tx.audit(existed ? AuditAction.UPDATE : AuditAction.CREATE, "cach_ghep_cot", name,
                    (existed ? "Sửa" : "Lưu") + " cách ghép cột “" + name + "”: " + mapping.columns().size() + " cột"
                            + (mapping.sheetName() == null ? "" : ", sheet " + mapping.sheetName())
                            + ", tiêu đề ở dòng " + mapping.headerRow());
            return null;
        });
    }

    /** Deletes a saved mapping; audited. False when there was none of that name. */
    public boolean delete(String name) {
        store.requireRole(Role::canEdit, "Tài khoản chỉ xem không được xóa cách ghép cột.");
        String clean = VietnameseText.clean(name);
        return store.write(tx -> {
            int removed;
            try (PreparedStatement ps = tx.connectionForOwnTable().prepareStatement("DELETE FROM import_mapping WHERE name = ?")) {
                ps.setString(1, clean);
                removed = ps.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw StorageErrors.translate(e, store.folder());
            }
            if (removed > 0) {
                tx.audit(AuditAction.DELETE, "cach_ghep_cot", clean, "Xóa cách ghép cột “" + clean + "”");
            }
            return removed > 0;
        });
    }

    static String toJson(ImportMapping mapping) {
        List<StoredColumn> columns = new ArrayList<>();
        mapping.columns().forEach((field, c) -> columns.add(new StoredColumn(field, c.index(), c.header())));
        try {
            return StorageJson.plain().writeValueAsString(new Stored(1, mapping.sheetName(), mapping.headerRow(), columns,
                    mapping.allValues()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportMapping fromJson(String name, String json) {
        Stored stored;
        try {
            stored = StorageJson.plain().readValue(json, Stored.class);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("Cách ghép cột “" + name + "” trong sổ bị hỏng, không đọc được. Hãy xóa và "
                    + "ghép lại.", e);
        }
        ImportMapping mapping = new ImportMapping();
        mapping.setName(name);
        mapping.setSheetName(stored.sheetName());
        mapping.setHeaderRow(stored.headerRow());
        stored.columns().forEach(c -> mapping.mapColumn(c.field(), c.index(), c.header()));
        // values are stored folded already; mapValue folds again, which leaves folded text unchanged
        stored.values().forEach((field, map) -> map.forEach((raw, code) -> mapping.mapValue(field, raw, code)));
        return mapping;
    }
}
