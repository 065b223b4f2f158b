package vn.sotreem.exchange.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.sotreem.domain.common.UserFacingException;

/**
 * A CSV list. Excel in Vietnam saves CSV either as UTF-8 (with or without a byte-order mark) or in
 * the Windows code page 1258, whose tone marks are separate combining characters: the text is
 * decoded as UTF-8 when it is valid UTF-8, else as windows-1258, and every cell is NFC-normalised
 * (by {@link TabularCell#ofText}) so that names compare and store like typed ones. The separator is
 * {@code ;} (Excel with a Vietnamese locale) or {@code ,}, whichever the first lines use more.
 */
public final class TabularCsv extends TabularFile {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final int SNIFF_LINES = 20;

    private Charset charset;
    private boolean bom;
    private char separator;

    TabularCsv(Path file, String name) {
        super(file, name);
    }

    @Override
    public List<String> sheetNames() {
        return List.of();
    }

    /** The charset found (UTF-8 or windows-1258). */
    public Charset charset() {
        sniff();
        return charset;
    }

    public char separator() {
        sniff();
        return separator;
    }

    private void sniff() {
        if (charset != null) {
            return;
        }
        try {
            byte[] start = new byte[3];
            try (InputStream in = Files.newInputStream(file)) {
                bom = in.readNBytes(start, 0, 3) == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                        && (start[2] & 0xFF) == 0xBF;
            }
            charset = bom || isUtf8() ? StandardCharsets.UTF_8 : WINDOWS_1258;
            int semicolons = 0;
            int commas = 0;
            try (BufferedReader reader = new BufferedReader(reader())) {
                String line;
                for (int i = 0; i < SNIFF_LINES && (line = reader.readLine()) != null; i++) {
                    semicolons += line.chars().filter(c -> c == ';').count();
                    commas += line.chars().filter(c -> c == ',').count();
                }
            }
            separator = semicolons >= commas && semicolons > 0 ? ';' : ',';
        } catch (IOException e) {
            throw new UserFacingException("Không đọc được tệp “" + fileName() + "”: " + e.getMessage(), e);
        }
    }

    /** Reads the whole file through a strict UTF-8 decoder, a buffer at a time: flat memory. */
    private boolean isUtf8() throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // only decoding matters
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private Reader reader() throws IOException {
        InputStream in = Files.newInputStream(file);
        if (bom) {
            in.skipNBytes(3);
        }
        return new InputStreamReader(in, charset);
    }

    @Override
    public void read(String sheet, RowHandler handler) {
        sniff();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        try (Reader reader = reader(); CSVParser parser = CSVParser.parse(reader, format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<TabularCell> cells = new ArrayList<>(record.size());
                boolean empty = true;
                for (String value : record) {
                    TabularCell cell = TabularCell.ofText(value);
                    empty &= cell.isBlank();
                    cells.add(cell);
                }
                if (!empty && !handler.row(new TabularRow(number, cells))) {
                    return;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserFacingException("Không đọc được tệp CSV “" + fileName() + "”: " + e.getMessage()
                    + ". Hãy mở bằng Excel và lưu lại dạng CSV UTF-8.", e);
        }
    }
}
