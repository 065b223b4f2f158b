package vn.sotreem.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import vn.sotreem.storage.security.SmallJson;

/**
 * The storage layer's Jackson data binding, made on first use. Building an ObjectMapper loads about
 * 500 classes; opening the register does not need it (its two files are read by {@link SmallJson}),
 * so it is built later, when a setting, a saved mapping or a backup manifest is first read or written.
 */
final class StorageJson {

    private StorageJson() {
    }

    private static final class Holder {
        static final ObjectMapper PLAIN = new ObjectMapper();
        static final ObjectMapper INDENTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    static ObjectMapper plain() {
        return Holder.PLAIN;
    }

    /** For files an officer or supporter may open: one field a line. */
    static ObjectMapper indented() {
        return Holder.INDENTED;
    }
}
