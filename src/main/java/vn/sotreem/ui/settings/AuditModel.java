package vn.sotreem.ui.settings;

import java.nio.file.Path;
import java.util.List;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.exchange.audit.AuditWorkbookExporter;
import vn.sotreem.storage.RegisterStore;

/** The audit log tab without a screen: its users, its entries under a filter, and the export. Off the FX thread. */
final class AuditModel {

    private final RegisterStore store;

    AuditModel(RegisterStore store) {
        this.store = store;
    }

    List<String> userNames() {
        return store.accounts().list().stream().map(Account::userName).toList();
    }

    /** The newest {@code limit} entries the filter selects. */
    List<AuditEntry> entries(AuditFilter filter, int limit) {
        return store.auditEntries(filter, limit);
    }

    /** Everything the filter selects, into {@code file}; how many entries. */
    int export(Path file, AuditFilter filter, Progress progress) {
        return new AuditWorkbookExporter(store).export(file, filter, AuditFilterModel.describe(filter), progress);
    }
}
