package vn.sotreem.app;

import java.nio.charset.Charset;
import java.text.Collator;
import java.text.RuleBasedCollator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Run by {@link PackagedAppImageIT} on the app-image's own trimmed runtime: prints what the
 * application needs from JDK modules that no class names directly, so a module left out of the
 * jlink list shows up as a wrong line instead of as wrong sorting in an officer's list.
 */
public final class RuntimeProbe {

    private RuntimeProbe() {
    }

    public static void main(String[] args) {
        Locale vietnamese = Locale.forLanguageTag("vi-VN");
        // Without jdk.localedata the Vietnamese collator silently falls back to the root rules.
        String viRules = ((RuleBasedCollator) Collator.getInstance(vietnamese)).getRules();
        String rootRules = ((RuleBasedCollator) Collator.getInstance(Locale.ROOT)).getRules();
        System.out.println("vietnamese-collation=" + !viRules.equals(rootRules));
        System.out.println("windows-1258=" + Charset.isSupported("windows-1258"));
        System.out.println("monday=" + LocalDate.of(2026, 11, 23).format(DateTimeFormatter.ofPattern("EEEE", vietnamese)));
    }
}
