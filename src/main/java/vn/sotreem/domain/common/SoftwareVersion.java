package vn.sotreem.domain.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version as built by Maven ({@code phien_ban_phan_mem} of the report). */
public final class SoftwareVersion {

    private static final String RESOURCE = "/vn/sotreem/version.properties";
    private static final String CURRENT = read();

    private SoftwareVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = SoftwareVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
