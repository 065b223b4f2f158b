package vn.sotreem.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The build compiles app.css to app.bss (pom.xml); the windows must get the same rules from it. */
class ThemeStylesheetTest {

    @Test
    void windowsUseTheCompiledStylesheet() {
        assertTrue(Theme.STYLESHEET.endsWith("/vn/sotreem/ui/common/app.bss"), Theme.STYLESHEET);
    }

    @Test
    void theCompiledStylesheetHoldsExactlyTheRulesOfAppCss() throws IOException {
        URL text = Theme.class.getResource("app.css");
        URL binary = Theme.class.getResource("app.bss");
        assertNotNull(binary, "app.bss is missing: the build's exec-maven-plugin step did not run");
        List<String> written = rules(new CssParser().parse(text));
        List<String> compiled = rules(Stylesheet.loadBinary(binary));
        assertFalse(written.isEmpty());
        assertEquals(written, compiled);
    }

    private static List<String> rules(Stylesheet stylesheet) {
        // A binary stylesheet decodes a rule's declarations on first use; toString() alone would not.
        return stylesheet.getRules().stream().map(rule -> {
            rule.getDeclarations();
            return rule.toString();
        }).toList();
    }
}
