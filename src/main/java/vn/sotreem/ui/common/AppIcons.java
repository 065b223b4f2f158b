package vn.sotreem.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The application icon in the title bar and task bar. The PNGs are rendered from
 * {@code installer/icons/so-tre-em.svg} by {@code installer/icons/make-icons.sh}, the same source as
 * the installers' icons; the platform picks the size that fits.
 */
public final class AppIcons {

    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    public static void addTo(Stage stage) {
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().addAll(load());
        }
    }

    static List<Image> load() {
        return SIZES.stream().map(AppIcons::load).toList();
    }

    private static Image load(int size) {
        String name = "icons/app-" + size + ".png";
        try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
