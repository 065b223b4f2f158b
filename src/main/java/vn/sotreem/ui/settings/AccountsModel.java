package vn.sotreem.ui.settings;

import java.util.Arrays;
import java.util.List;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.access.Role;
import vn.sotreem.storage.RegisterStore;

/**
 * The users tab without a screen: administrators list, add, change and lock accounts and set
 * anyone's password; everyone else only their own. The methods that touch the register run off
 * the FX thread (wrapping the data key for a password takes a few tenths of a second on an old PC);
 * a password given to them is wiped.
 */
final class AccountsModel {

    private final RegisterStore store;

    AccountsModel(RegisterStore store) {
        this.store = store;
    }

    boolean admin() {
        return store.currentAccount().role().canManageAccounts();
    }

    /** Who is logged in. */
    String userName() {
        return store.userName();
    }

    List<Account> accounts() {
        return store.accounts().list();
    }

    void add(String name, Role role, char[] password) {
        try {
            store.accounts().add(name, role, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    void changeRole(String name, Role role) {
        store.accounts().changeRole(name, role);
    }

    void deactivate(String name) {
        store.accounts().deactivate(name);
    }

    void changePassword(String name, char[] password) {
        try {
            store.accounts().changePassword(name, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
