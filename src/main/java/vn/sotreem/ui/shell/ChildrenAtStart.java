package vn.sotreem.ui.shell;

import java.util.List;
import vn.sotreem.domain.child.Child;

/**
 * What the main window's one background read of the children at start means for the children list,
 * which may be built before that read ends, after it, or never: the list shows what was read when
 * that is still the register's state, and reads again when it is not (a write changed children
 * while the read ran, or since). No screen here: {@link MainView} does what the answers say.
 */
final class ChildrenAtStart {

    /** What the list should do now. */
    enum ListAction {
        /** Show the children just read ({@link #read()}). */
        SHOW_READ,
        /** Read the children again, in the background. */
        READ_AGAIN,
        /** Nothing yet: the start read will fill it. */
        WAIT
    }

    private boolean reading = true;
    private boolean outdated;
    /** The list itself began reading again after a change during the start read: its read supersedes it. */
    private boolean listReadsItself;
    /** Read at start and not shown yet, for a list built later; null once used or out of date. */
    private List<Child> kept;
    private List<Child> read;

    /** The start read ended with these children (sorted); {@code listBuilt}: the list exists. */
    ListAction finished(List<Child> sortedChildren, boolean listBuilt) {
        reading = false;
        if (outdated) { // a write changed children while it ran: what it read may miss that write
            outdated = false;
            boolean superseded = listReadsItself;
            listReadsItself = false;
            return listBuilt && !superseded ? ListAction.READ_AGAIN : ListAction.WAIT;
        }
        if (listBuilt) {
            read = sortedChildren;
            return ListAction.SHOW_READ;
        }
        kept = sortedChildren;
        return ListAction.WAIT;
    }

    /** The start read failed: a list that exists reads on its own (and says so if it fails again). */
    ListAction failed(boolean listBuilt) {
        reading = false;
        return listBuilt ? ListAction.READ_AGAIN : ListAction.WAIT;
    }

    /**
     * A write elsewhere may have changed children (an import, a death, a village renamed): the list,
     * if built, reads again; what the start read read or keeps is out of date.
     */
    ListAction childrenChanged(boolean listBuilt) {
        if (reading) {
            outdated = true;
            listReadsItself |= listBuilt;
        }
        kept = null;
        return listBuilt ? ListAction.READ_AGAIN : ListAction.WAIT;
    }

    /** A child was saved from the list (which therefore exists): a start read still running may miss it. */
    void listSaved() {
        if (reading) {
            outdated = true;
        }
    }

    /** The list has just been built (its first visit). */
    ListAction listBuilt() {
        if (kept != null) {
            read = kept;
            kept = null;
            return ListAction.SHOW_READ;
        }
        return reading ? ListAction.WAIT : ListAction.READ_AGAIN;
    }

    /** The children to show after {@link ListAction#SHOW_READ}; handed over once. */
    List<Child> read() {
        List<Child> children = read;
        read = null;
        return children;
    }
}
