package vn.sotreem.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI's own font, Noto Sans (Regular and Bold, the only weights the stylesheets use), shipped in
 * the jar. It is used always, not only when the platform font lacks Vietnamese glyphs: one font on
 * every machine whose Vietnamese coverage is known and tested, and a machine with no fonts at all
 * (a bare Linux) still gets a window instead of JavaFX failing at the first scene
 * (docs/decisions/0009-ui-font.md).
 */
public final class UiFont {

    /** The family app.css names; the bundled files' family name. */
    public static final String FAMILY = "Noto Sans";

    private static final List<String> FILES = List.of("fonts/NotoSans-Regular.ttf", "fonts/NotoSans-Bold.ttf");

    private static final Logger LOG = LoggerFactory.getLogger(UiFont.class);

    private static boolean loaded;

    private UiFont() {
    }

    /**
     * Registers the bundled files with JavaFX, once; call before the first scene is made. A file
     * that does not load (JavaFX copies it to the temporary folder first) is logged and the UI
     * falls back to the platform font, which on Windows covers Vietnamese too.
     */
    static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String file : FILES) {
            if (loadFile(file) == null) {
                LOG.warn("The UI font {} did not load; the platform font is used", file);
            }
        }
    }

    private static Font loadFile(String file) {
        try (InputStream in = UiFont.class.getResourceAsStream(file)) {
            return in == null ? null : Font.loadFont(in, 14);
        } catch (IOException e) {
            return null;
        }
    }
}
