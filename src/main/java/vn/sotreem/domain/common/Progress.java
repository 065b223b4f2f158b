package vn.sotreem.domain.common;

/**
 * How long work (import, export, backup) reports progress and learns it was cancelled. The UI
 * wraps a JavaFX task; the command line and tests use {@link #NONE}.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the officer pressed Cancel. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Work stopped at the officer's request; nothing it did was kept. */
    final class CancelledException extends UserFacingException {
        public CancelledException() {
            super("Đã hủy. Không có thay đổi nào được ghi.");
        }
    }
}
