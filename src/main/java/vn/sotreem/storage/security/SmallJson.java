package vn.sotreem.storage.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two small files read before the register opens (the key ring and the failed-login counter),
 * with Jackson's streaming core only. Jackson's data binding (ObjectMapper) loads about 500 classes
 * and cost ≈ 0.2 s of every start on the way to the password check; these files are a few flat
 * objects. Values are maps (in file order), lists, strings, integers, booleans and null.
 */
public final class SmallJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SmallJson() {
    }

    /** The top-level object of {@code bytes}; an {@link IOException} when it is not JSON or not an object. */
    static Map<String, Object> readObject(byte[] bytes) throws IOException {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            Map<String, Object> object = readObjectBody(parser);
            if (parser.nextToken() != null) {
                throw new IOException("text after the JSON object");
            }
            return object;
        }
    }

    private static Map<String, Object> readObjectBody(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            if (token != JsonToken.FIELD_NAME) {
                throw new IOException("broken JSON object");
            }
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, readValue(parser));
        }
        return object;
    }

    private static Object readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IOException("JSON cut short");
        }
        return switch (token) {
            case START_OBJECT -> readObjectBody(parser);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(readValue(parser));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected JSON " + token);
        };
    }

    /** {@code object} as indented UTF-8 JSON. */
    static byte[] write(Map<String, ?> object) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.useDefaultPrettyPrinter();
            writeValue(generator, object);
        }
        return out.toByteArray();
    }

    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                generator.writeFieldName(e.getKey().toString());
                writeValue(generator, e.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                writeValue(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof String s) {
            generator.writeString(s);
        } else if (value instanceof Integer || value instanceof Long) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            generator.writeBoolean(b);
        } else if (value == null) {
            generator.writeNull();
        } else {
            throw new IllegalArgumentException("not a small JSON value: " + value.getClass());
        }
    }

    /** A text field, or null when missing or null; an {@link IOException} when it is not text. */
    static String text(Map<String, Object> object, String field) throws IOException {
        Object value = object.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IOException("\"" + field + "\" is not text");
    }

    /** An integer field, or {@code missing} when absent or null. */
    static long number(Map<String, Object> object, String field, long missing) throws IOException {
        Object value = object.get(field);
        if (value == null) {
            return missing;
        }
        if (value instanceof Long l) {
            return l;
        }
        throw new IOException("\"" + field + "\" is not a whole number");
    }

    /** A list of objects, empty when missing or null. */
    static List<Map<String, Object>> objects(Map<String, Object> object, String field) throws IOException {
        Object value = object.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IOException("\"" + field + "\" is not a list");
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new IOException("\"" + field + "\" holds something other than objects");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            objects.add(typed);
        }
        return objects;
    }
}
