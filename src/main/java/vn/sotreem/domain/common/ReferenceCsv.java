package vn.sotreem.domain.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the reference CSV files bundled with the application (UTF-8, header row). */
public final class ReferenceCsv {

    private ReferenceCsv() {
    }

    public static List<CSVRecord> read(String resourceName) {
        // The reference data is the whole domain's, so it stays in one folder whatever package reads it.
        InputStream in = ReferenceCsv.class.getResourceAsStream("/vn/sotreem/domain/" + resourceName);
        if (in == null) {
            throw new IllegalStateException("Missing bundled reference data " + resourceName);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new ArrayList<>(format.parse(reader).getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
