package vn.sotreem.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replacing a file so that a power cut at any moment leaves either the old file or the new one,
 * whole (where the file system can move atomically: within one folder it always can). A temporary file moved into place is not enough on its own: the system may write the move
 * to disk before the temporary file's bytes, and after a power cut the target is then empty (a key
 * ring left empty locks the officer out of the register). So the temporary file is forced to disk
 * before the move, and the folder's entry after it.
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    /** Writes {@code bytes} to {@code target} (created or replaced) through a synced temporary file beside it. */
    public static void replace(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.write(temp, bytes);
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup); // the write's own failure is what the officer must hear about
            }
            throw e;
        }
    }

    /**
     * Forces {@code temp} to disk, moves it onto {@code target} (atomically where the file system can)
     * and forces the move to disk.
     */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        sync(temp);
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Another volume: the move is a copy, which is forced to disk too (not atomic, but whole once this returns).
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            sync(target);
        }
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Forces a written file's bytes to disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries (a file moved into it) to disk. Windows cannot open a folder this
     * way; NTFS journals the move itself, so there is nothing more to do there.
     */
    private static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not supported here (Windows); the file's own bytes are already on disk.
        }
    }
}
