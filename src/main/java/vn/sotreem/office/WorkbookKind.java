package vn.sotreem.office;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file the officer picked really is, told from its first bytes (not its name): an .xlsx, an
 * .xlsx protected by a password, an old .xls, or something else. Each reader turns the answer into
 * its own Vietnamese message.
 */
public enum WorkbookKind {
    XLSX,
    PASSWORD_PROTECTED,
    OLD_XLS,
    NOT_EXCEL;

    /** Opens the file's content anew: the check reads the start, and an OLE2 file's directory. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * @throws IOException when the file cannot be read at all
     */
    public static WorkbookKind of(Source source) throws IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(source.open())) {
            magic = FileMagic.valueOf(in);
        }
        return switch (magic) {
            case OOXML -> XLSX;
            case OLE2 -> ole2Kind(source);
            default -> NOT_EXCEL;
        };
    }

    /** An OLE2 file is either an encrypted .xlsx (password) or an old .xls. */
    private static WorkbookKind ole2Kind(Source source) {
        try (InputStream in = source.open(); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            boolean encrypted = fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo");
            return encrypted ? PASSWORD_PROTECTED : OLD_XLS;
        } catch (IOException | RuntimeException e) {
            return NOT_EXCEL;
        }
    }
}
