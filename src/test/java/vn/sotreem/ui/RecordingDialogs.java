package vn.sotreem.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Window;
import vn.sotreem.ui.common.Dialogs;

/** Message boxes for tests: remembered instead of shown; questions answered with {@link #answer}. */
public final class RecordingDialogs implements Dialogs {

    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final List<String> questions = new CopyOnWriteArrayList<>();
    public volatile boolean answer = true;

    @Override
    public void showError(Window owner, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(Window owner, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(Window owner, String message, String yes) {
        questions.add(message);
        return answer;
    }
}
