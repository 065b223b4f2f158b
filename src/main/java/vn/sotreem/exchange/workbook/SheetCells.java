package vn.sotreem.exchange.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.RecordField;

/** The cells of an exported row, one per field of a record's catalogue, in the catalogue's order. */
final class SheetCells {

    private SheetCells() {
    }

    /**
     * The child's code for {@code child} (the field holding the child's id), dates as dates, numbers
     * as numbers, codes as their labels, yes/no as {@code Có}/{@code Không}, texts as they are (null
     * for a blank cell).
     */
    static <R> List<Object> of(R record, RecordField<R>[] fields, RecordField<R> child, LongFunction<String> childCode) {
        return Arrays.stream(fields).map(f -> f == child ? childCode.apply((Long) f.valueIn(record))
                : cell(f.valueIn(record))).toList();
    }

    private static Object cell(Object value) {
        if (value instanceof Coded coded) {
            return coded.label();
        }
        if (value instanceof Boolean yes) {
            return yes ? "Có" : "Không";
        }
        return value; // a date, a number, a text or null
    }
}
