package vn.sotreem.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.sotreem.domain.common.UserFacingException;

/**
 * Where the command line gets the password: the file given with {@code --password-file} (first
 * line), else the environment variable {@code SOTREEM_PASSWORD}. Never from the arguments, which
 * other users of a shared PC can see.
 */
final class PasswordSource {

    static final String ENV_VARIABLE = "SOTREEM_PASSWORD";

    private PasswordSource() {
    }

    static char[] read(Path passwordFile, Map<String, String> environment) {
        if (passwordFile != null) {
            try {
                String content = Files.readString(passwordFile, StandardCharsets.UTF_8);
                String firstLine = content.lines().findFirst().orElse("");
                if (firstLine.isEmpty()) {
                    throw new UserFacingException("Tệp mật khẩu " + passwordFile + " trống.");
                }
                return firstLine.toCharArray();
            } catch (IOException e) {
                throw new UserFacingException("Không đọc được tệp mật khẩu " + passwordFile + ".", e);
            }
        }
        String fromEnvironment = environment.get(ENV_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isEmpty()) {
            throw new UserFacingException("Chưa có mật khẩu: đặt biến môi trường " + ENV_VARIABLE
                    + " hoặc dùng --password-file TỆP.");
        }
        return fromEnvironment.toCharArray();
    }
}
