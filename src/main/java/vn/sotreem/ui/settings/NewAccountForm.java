package vn.sotreem.ui.settings;

import java.util.Collection;
import java.util.Optional;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.common.PasswordPair;

/** Checks the "add a user" form before the register is asked: name, role, password typed twice. */
final class NewAccountForm {

    private NewAccountForm() {
    }

    /** The first problem, empty when the account can be added; {@code existing} are the names in use. */
    public static Optional<String> problem(String name, Role role, String password, String repeat,
                                           Collection<String> existing) {
        String clean = VietnameseText.clean(name == null ? "" : name);
        if (clean.isEmpty()) {
            return Optional.of("Hãy nhập tên người dùng, ví dụ họ và tên.");
        }
        String key = VietnameseText.fold(clean);
        if (existing.stream().anyMatch(n -> VietnameseText.fold(n).equals(key))) {
            return Optional.of("Đã có người dùng tên \"" + clean + "\".");
        }
        if (role == null) {
            return Optional.of("Hãy chọn vai trò.");
        }
        return PasswordPair.problem(password, repeat);
    }
}
