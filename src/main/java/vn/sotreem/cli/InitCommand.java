package vn.sotreem.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotreem.domain.place.AdminUnits;
import vn.sotreem.domain.place.Commune;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.storage.RegisterStore;

/** {@code init}: sets up a new, empty register for one commune. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Tạo sổ mới (đã mã hóa) cho một xã/phường.")
final class InitCommand extends RegisterCommand implements Callable<Integer> {

    @Option(names = "--commune", required = true, paramLabel = "MÃ_XÃ",
            description = "Mã xã/phường sau 01/07/2025 (5 chữ số, ví dụ 00004).")
    String communeCode;

    @Option(names = "--user", required = true, paramLabel = "TÊN", description = "Họ tên cán bộ.")
    String user;

    @Option(names = "--village", paramLabel = "TÊN_THÔN",
            description = "Tên thôn/tổ dân phố (lặp lại cho mỗi thôn; có thể thêm sau).")
    List<String> villages = new ArrayList<>();

    @Override
    public Integer call() {
        Commune commune = AdminUnits.get().commune(communeCode.trim())
                .orElseThrow(() -> new UserFacingException("Không có xã/phường nào mang mã " + communeCode
                        + " trong danh mục sau 01/07/2025."));
        char[] password = password();
        try (RegisterStore store = RegisterStore.create(common.folder(), RegisterInfo.of(commune, user.trim()),
                password, villages)) {
            String recoveryKey = store.accounts().regenerateRecoveryKey();
            out().println("Đã tạo sổ cho " + commune.fullName() + ", "
                    + commune.provinceFullName() + " tại " + store.folder().path().toAbsolutePath());
            out().println("Mã khôi phục (chỉ hiện một lần — hãy in hoặc chép ra giấy và cất ở nơi an toàn; "
                    + "không có mật khẩu hay mã này thì không ai đọc được sổ): " + recoveryKey);
        }
        return 0;
    }
}
