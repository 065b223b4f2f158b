package vn.sotreem.ui.settings;

import vn.sotreem.domain.access.Role;
import vn.sotreem.storage.RegisterStore;

/** The settings page without a screen: who is logged in, and each tab's own model. */
public final class SettingsModel {

    private final RegisterStore store;

    public SettingsModel(RegisterStore store) {
        this.store = store;
    }

    Role role() {
        return store.currentAccount().role();
    }

    VillagesModel villages() {
        return new VillagesModel(store);
    }

    AccountsModel accounts() {
        return new AccountsModel(store);
    }

    /** The working-day calendar, showing {@code year} first. */
    WorkingCalendarModel calendar(int year) {
        return new WorkingCalendarModel(store, year);
    }

    ReportSettingsModel reportSettings() {
        return new ReportSettingsModel(store);
    }

    SecurityModel security() {
        return new SecurityModel(store);
    }

    AuditModel audit() {
        return new AuditModel(store);
    }
}
