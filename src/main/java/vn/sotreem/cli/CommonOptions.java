package vn.sotreem.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;
import vn.sotreem.storage.DataFolder;

/** Options every register command shares: where the data is and where the password comes from. */
final class CommonOptions {

    @Option(names = "--data", paramLabel = "THƯ_MỤC",
            description = "Thư mục dữ liệu của sổ (mặc định: thư mục dữ liệu của người dùng).")
    Path data;

    @Option(names = "--password-file", paramLabel = "TỆP",
            description = "Tệp chứa mật khẩu ở dòng đầu (nếu không có, dùng biến môi trường SOTREEM_PASSWORD).")
    Path passwordFile;

    DataFolder folder() {
        return data == null ? DataFolder.defaultLocation() : new DataFolder(data);
    }

    char[] password(Map<String, String> environment) {
        return PasswordSource.read(passwordFile, environment);
    }
}
