package vn.sotreem.ui.abuse;

import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;

/**
 * Opens the register's form for a child not yet in it, over a case window: the children feature's
 * page, given to this one by the shell (no feature opens another's page itself).
 */
@FunctionalInterface
public interface NewChildForm {

    /**
     * @param villages    the commune's villages, already read
     * @param onSaved     gets the child saved in the register
     * @param onExisting  gets the child already in the register that the officer chose over a duplicate
     */
    void open(Window owner, List<String> villages, Consumer<Child> onSaved, Consumer<Child> onExisting);
}
