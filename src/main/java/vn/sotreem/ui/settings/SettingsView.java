package vn.sotreem.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import vn.sotreem.domain.access.Role;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * Settings in tabs: villages; users (administrators manage them, everyone changes their own
 * password); the working-day calendar for deadlines (administrators edit, everyone reads);
 * the indicator report's header and period rule (administrators edit, everyone reads) and the
 * province template; security and backup (administrators: recovery key, idle lock, second backup folder);
 * the audit log (administrators).
 */
public final class SettingsView {

    @FXML
    private TabPane settingsTabs;
    @FXML
    private Tab villagesTab;
    @FXML
    private Tab usersTab;
    @FXML
    private Tab calendarTab;
    @FXML
    private Tab reportTab;
    @FXML
    private Tab securityTab;
    @FXML
    private Tab auditTab;

    private final Parent root;
    private final VillagesView villages;
    private final AccountsView accounts;
    private final WorkingCalendarView calendar;
    private final ReportSettingsView report;
    private final SecurityView security;
    private final AuditView audit;

    public SettingsView(UiServices services, SettingsModel model, Runnable villagesChanged) {
        this.root = Views.load("SettingsView.fxml", this);
        Role role = model.role();
        villages = new VillagesView(services, model.villages(), villagesChanged);
        villagesTab.setContent(villages.root());
        accounts = new AccountsView(services, model.accounts());
        usersTab.setContent(accounts.root());
        calendar = new WorkingCalendarView(services, model.calendar(services.today().get().getYear()));
        calendarTab.setContent(calendar.root());
        report = new ReportSettingsView(services, model.reportSettings());
        reportTab.setContent(report.root());
        security = role.canManageAccounts() ? new SecurityView(services, model.security()) : null;
        audit = role.canViewAudit() ? new AuditView(services, model.audit()) : null;
        if (security != null) {
            securityTab.setContent(security.root());
        } else {
            settingsTabs.getTabs().remove(securityTab);
        }
        if (audit != null) {
            auditTab.setContent(audit.root());
        } else {
            settingsTabs.getTabs().remove(auditTab);
        }
        settingsTabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> refresh());
    }

    public Parent root() {
        return root;
    }

    /** Reloads what the selected tab shows from the register. */
    public void refresh() {
        Tab tab = settingsTabs.getSelectionModel().getSelectedItem();
        if (tab == villagesTab) {
            villages.refresh();
        } else if (tab == usersTab) {
            accounts.refresh();
        } else if (tab == calendarTab) {
            calendar.refresh();
        } else if (tab == reportTab) {
            report.refresh();
        } else if (tab == securityTab && security != null) {
            security.refresh();
        } else if (tab == auditTab && audit != null) {
            audit.refresh();
        }
    }
}
