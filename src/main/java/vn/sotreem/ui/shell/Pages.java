package vn.sotreem.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.ui.abuse.AbuseView;
import vn.sotreem.ui.child.ChildFormView;
import vn.sotreem.ui.child.ChildrenView;
import vn.sotreem.ui.common.Page;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.hcdb.HcdbView;
import vn.sotreem.ui.injury.InjuryQuickEntryView;
import vn.sotreem.ui.injury.InjuryDialog;
import vn.sotreem.ui.injury.InjuryRegisterModel;
import vn.sotreem.ui.injury.InjuryView;
import vn.sotreem.ui.report.ReportView;
import vn.sotreem.ui.settings.BackupsView;
import vn.sotreem.ui.settings.SettingsView;
import vn.sotreem.ui.today.TodayView;

/**
 * The main window's pages, each built on its first visit (or when another page needs it): the one
 * place where each feature's view is made, one method a page, with what it needs from
 * {@link MainModel} and the links to the other pages. The children list shares the one read at
 * start with the Today page ({@link ChildrenAtStart}).
 */
final class Pages {

    /** What a page asks of the window around it. */
    interface Shell {
        /** Opens an abuse case on the Xâm hại page. */
        void openCase(long caseId);

        /** The main window, owner of the records other pages open. */
        Window window();

        /** The register was replaced by a backup (and closed). */
        void afterRestore();
    }

    private final UiServices services;
    private final MainModel model;
    private final Shell shell;
    private final ChildrenAtStart childrenAtStart = new ChildrenAtStart();
    private final List<Lazy<?>> all = new ArrayList<>();
    private final Lazy<TodayView> today = lazy(this::buildToday);
    // Filled once it exists, from the start read if that is still the register's state.
    private final Lazy<ChildrenView> children = lazy(this::buildChildren,
            () -> fillChildren(childrenAtStart.listBuilt()));
    private final Lazy<HcdbView> hcdb = lazy(this::buildHcdb);
    private final Lazy<AbuseView> abuse = lazy(this::buildAbuse);
    private final Lazy<InjuryView> injury = lazy(this::buildInjury);
    private final Lazy<ReportView> reports = lazy(this::buildReports);
    private final Lazy<BackupsView> backups = lazy(this::buildBackups);
    private final Lazy<SettingsView> settings = lazy(this::buildSettings);

    Pages(UiServices services, MainModel model, Shell shell) {
        this.services = services;
        this.model = model;
        this.shell = shell;
    }

    // ---- Each page as the navigation sees it: its node, and what it does when shown again.

    Page todayPage() {
        return Page.of(() -> today().root(), () -> today().refresh());
    }

    Page childrenPage() {
        return Page.of(() -> children().root(), () -> children().retryIfFailed());
    }

    Page hcdbPage() {
        return Page.of(() -> hcdb().root(), () -> hcdb().refresh());
    }

    Page abusePage() {
        return Page.of(() -> abuse().root(), () -> abuse().refresh());
    }

    Page injuryPage() {
        return Page.of(() -> injury().root(), () -> injury().refresh());
    }

    Page reportsPage() {
        return Page.of(() -> reports().root(), () -> reports().refresh());
    }

    Page backupsPage() {
        return Page.of(() -> backups().root(), () -> backups().refresh());
    }

    Page settingsPage() {
        return Page.of(() -> settings().root(), () -> settings().refresh());
    }

    // ---- The views themselves, built on first use.

    TodayView today() {
        return today.get();
    }

    ChildrenView children() {
        return children.get();
    }

    HcdbView hcdb() {
        return hcdb.get();
    }

    AbuseView abuse() {
        return abuse.get();
    }

    InjuryView injury() {
        return injury.get();
    }

    ReportView reports() {
        return reports.get();
    }

    /** The backups page if it has been built (the daily backup refreshes its list), else null. */
    BackupsView backupsIfBuilt() {
        return backups.built() ? backups.get() : null;
    }

    BackupsView backups() {
        return backups.get();
    }

    SettingsView settings() {
        return settings.get();
    }

    /** How many pages exist so far. */
    long built() {
        return all.stream().filter(Lazy::built).count();
    }

    // ---- One method a page: where each feature's view is made.

    private TodayView buildToday() {
        return new TodayView(services, model.today(services.now()), shell::openCase, this::openHcdb);
    }

    private ChildrenView buildChildren() {
        ChildrenView view = new ChildrenView(services, model.children());
        view.setOpenAbuseCase(shell::openCase);
        view.setOnSaved(childrenAtStart::listSaved);
        return view;
    }

    private HcdbView buildHcdb() {
        return new HcdbView(services, model.hcdb(), this::openHcdb);
    }

    private AbuseView buildAbuse() {
        return new AbuseView(services, model.abuse(), (owner, villages, saved, existing) ->
                new ChildFormView(services, model.childForm(), null, villages, saved, existing).show(owner), this::reloadChildren);
    }

    private InjuryView buildInjury() {
        InjuryRegisterModel injuries = model.injuries();
        InjuryView view = new InjuryView(services, injuries, this::reloadChildren);
        view.setQuickEntry(window -> InjuryQuickEntryView.open(services, injuries, window, () -> {
            view.refresh();
            reloadChildren(); // a death may have been recorded
        }));
        return view;
    }

    private ReportView buildReports() {
        ReportView view = new ReportView(services, model.reportPage(services.now()),
                (owner, child, onClosed) -> children().openChild(owner, child, onClosed), shell::openCase);
        view.openFaultsWith((owner, fault, onClosed) -> switch (fault.kind()) {
            case INJURY -> {
                InjuryDialog.openToFix(services, model.injuries(), fault.id(), fault.field(), onClosed, owner);
                yield true;
            }
            case ABUSE_CASE -> {
                abuse().openCaseToFix(owner, fault.id(), fault.field(), onClosed);
                yield true;
            }
            default -> false;
        });
        return view;
    }

    private BackupsView buildBackups() {
        return new BackupsView(services, model.backups(), shell::afterRestore);
    }

    private SettingsView buildSettings() {
        return new SettingsView(services, model.settings(), this::reloadChildren);
    }

    private void openHcdb(Child child, Runnable onClosed) {
        children().openHcdb(shell.window(), child, onClosed);
    }

    // ---- The children read at start, shared with the list (which may be built before, after or never).

    /** The start read brought the children (sorted). */
    void childrenRead(List<Child> sortedChildren) {
        fillChildren(childrenAtStart.finished(sortedChildren, children.built()));
    }

    void childrenReadFailed() {
        fillChildren(childrenAtStart.failed(children.built()));
    }

    /** After a write elsewhere that may change children (import, death, village rename): the list reads them again. */
    private void reloadChildren() {
        if (childrenAtStart.childrenChanged(children.built()) == ChildrenAtStart.ListAction.READ_AGAIN) {
            children().reloadChildren();
        }
    }

    private void fillChildren(ChildrenAtStart.ListAction action) {
        switch (action) {
            case SHOW_READ -> children().show(childrenAtStart.read());
            case READ_AGAIN -> children().loadInBackground();
            case WAIT -> {
                // the start read fills it, or it reads when first shown
            }
        }
    }

    private <T> Lazy<T> lazy(Supplier<T> build) {
        return lazy(build, () -> { });
    }

    private <T> Lazy<T> lazy(Supplier<T> build, Runnable afterBuilt) {
        Lazy<T> lazy = new Lazy<>(build, afterBuilt);
        all.add(lazy);
        return lazy;
    }

    /** A view made on first use; {@code afterBuilt} runs once it is there (and may use it). */
    private static final class Lazy<T> {
        private final Supplier<T> build;
        private final Runnable afterBuilt;
        private T value;

        Lazy(Supplier<T> build, Runnable afterBuilt) {
            this.build = build;
            this.afterBuilt = afterBuilt;
        }

        T get() {
            if (value == null) {
                value = build.get();
                afterBuilt.run();
            }
            return value;
        }

        boolean built() {
            return value != null;
        }
    }
}
