package vn.sotreem.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.ui.shell.ChildrenAtStart.ListAction;
import vn.sotreem.ui.UiTestSupport;

/** The children list and the main window's start read, in every order they can meet. */
class ChildrenAtStartTest {

    private final List<Child> read = List.of(UiTestSupport.child("Lò Thị Pao", LocalDate.of(2015, 3, 1), Sex.FEMALE, "Bản Mường"));
    private final ChildrenAtStart state = new ChildrenAtStart();

    @Test
    void aListBuiltDuringTheReadWaitsAndThenShowsWhatWasRead() {
        assertEquals(ListAction.WAIT, state.listBuilt());
        assertEquals(ListAction.SHOW_READ, state.finished(read, true));
        assertSame(read, state.read());
        assertNull(state.read(), "handed over once");
    }

    @Test
    void aListBuiltAfterTheReadShowsWhatWasKeptOnceThenReadsItself() {
        assertEquals(ListAction.WAIT, state.finished(read, false));
        assertEquals(ListAction.SHOW_READ, state.listBuilt());
        assertSame(read, state.read());
        assertEquals(ListAction.READ_AGAIN, state.listBuilt(), "nothing kept any more: it reads for itself");
    }

    @Test
    void aWriteDuringTheReadMakesTheListReadItselfAndTheStartReadIsNotShown() {
        assertEquals(ListAction.WAIT, state.listBuilt());
        assertEquals(ListAction.READ_AGAIN, state.childrenChanged(true));
        assertEquals(ListAction.WAIT, state.finished(read, true), "what it read may miss the write; the list's own read comes");
        assertNull(state.read());
    }

    @Test
    void aChildSavedFromTheListDuringTheReadMakesItReadAgain() {
        assertEquals(ListAction.WAIT, state.listBuilt());
        state.listSaved();
        assertEquals(ListAction.READ_AGAIN, state.finished(read, true), "what it read may miss the child just saved");
        assertNull(state.read());
    }

    @Test
    void aWriteBeforeTheListExistsThenTheListDuringTheReadReadsAgainWhenItEnds() {
        assertEquals(ListAction.WAIT, state.childrenChanged(false));
        assertEquals(ListAction.WAIT, state.listBuilt());
        assertEquals(ListAction.READ_AGAIN, state.finished(read, true));
    }

    @Test
    void aWriteDuringTheReadBeforeTheListExistsKeepsNothing() {
        assertEquals(ListAction.WAIT, state.childrenChanged(false));
        assertEquals(ListAction.WAIT, state.finished(read, false));
        assertEquals(ListAction.READ_AGAIN, state.listBuilt());
    }

    @Test
    void aWriteAfterTheReadDropsWhatWasKept() {
        state.finished(read, false);
        assertEquals(ListAction.WAIT, state.childrenChanged(false));
        assertEquals(ListAction.READ_AGAIN, state.listBuilt());
    }

    @Test
    void aFailedReadLetsTheListReadOnItsOwn() {
        assertEquals(ListAction.READ_AGAIN, state.failed(true));
        ChildrenAtStart notBuilt = new ChildrenAtStart();
        assertEquals(ListAction.WAIT, notBuilt.failed(false));
        assertEquals(ListAction.READ_AGAIN, notBuilt.listBuilt());
    }
}
