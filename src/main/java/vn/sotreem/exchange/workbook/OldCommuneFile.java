package vn.sotreem.exchange.workbook;

import java.util.List;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.place.OldCommunes;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.exchange.ownlist.MappedImport;

/**
 * A file (register workbook or own list) kept by a pre-2025 commune merged into the register's
 * commune: the check of that commune against the register and the origin stamped on every child.
 * Shared by {@link RegisterWorkbookImporter} and {@link MappedImport}.
 *
 * @param code the old commune's GSO code, or null when the file is the register commune's own
 */
public record OldCommuneFile(String code) {

    public static OldCommuneFile of(String oldCommuneCode) {
        return new OldCommuneFile(VietnameseText.cleanOrNull(oldCommuneCode));
    }

    /** Adds the check's error (another commune, unknown code) or warning (a split commune) as a sheet issue. */
    public void check(RegisterStore store, String sheet, List<ImportIssue> issues) {
        if (code != null) {
            OldCommunes.get().checkOrigin(code, store.info().communeCode()).ifPresent(problem ->
                    issues.add(new ImportIssue(sheet, 0, null, problem.severity(), problem.message())));
        }
    }

    /** Records the old commune as the origin of every row's child (added or updated). */
    public void stamp(List<SheetReader.ParsedRow<Child>> rows) {
        if (code != null) {
            rows.forEach(row -> row.value().setOriginCommuneCode(code));
        }
    }

    /** For the import's audit entry: ", danh sách của xã cũ Xã Phượng Lâu (mã 07921)", or nothing. */
    public String auditPhrase() {
        return code == null ? "" : ", danh sách của xã cũ " + OldCommunes.get().describe(code);
    }
}
