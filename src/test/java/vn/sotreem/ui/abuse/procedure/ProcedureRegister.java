package vn.sotreem.ui.abuse.procedure;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.stage.Stage;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.Theme;

/**
 * A real register in a temp folder holding one child (Nguyễn Thị Hoà) and one case of hers,
 * received on {@link #TODAY} at 09:30; the case opened as the case window opens it, for a part of
 * the procedure pane to edit, then saved and read back.
 */
final class ProcedureRegister implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 5);

    final RegisterStore store;
    final Child child;
    final AbuseCase workingCopy;
    private final long caseId;

    private ProcedureRegister(RegisterStore store, Child child, long caseId) {
        this.store = store;
        this.child = child;
        this.caseId = caseId;
        this.workingCopy = store.openAbuseCase(caseId);
    }

    /** The register, with the case as {@code shape} leaves it before it is first saved. */
    static ProcedureRegister create(Path dir, Consumer<AbuseCase> shape) {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Nguyễn Thị Hoà", LocalDate.of(2016, 3, 5), Sex.FEMALE, "Thôn Đông")));
        RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        Child hoa = store.allChildren().get(0);
        AbuseCase c = AbuseCases.simple("XH-2026-001", hoa.getId(), TODAY, LocalTime.of(9, 30));
        shape.accept(c);
        long id = store.saveAbuseCase(c, TODAY).getId();
        return new ProcedureRegister(store, hoa, id);
    }

    Map<Long, Child> victims() {
        return Map.of(child.getId(), child);
    }

    /** The procedure's model of the working copy, on the register's working-day calendar. */
    CaseProcedureModel model() {
        return new CaseProcedureModel(workingCopy, TODAY, store.workingDays());
    }

    /** Saves the working copy as the case window does, and reads the case back from the register. */
    AbuseCase saveAndReadBack() {
        store.saveAbuseCase(workingCopy.copy(), TODAY);
        return store.read(tx -> tx.abuseCase(caseId)).orElseThrow();
    }

    /** Shows a part alone in the window. */
    static void mount(Stage stage, Parent part) {
        Theme.apply();
        stage.setScene(Theme.scene(part, 1000, 700));
        stage.show();
    }

    @Override
    public void close() {
        store.close();
    }
}
