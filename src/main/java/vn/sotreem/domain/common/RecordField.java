package vn.sotreem.domain.common;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a record's catalogue ({@code InjuryField}, {@code MembershipField},
 * {@code SupportField}): the key that the workbook's column and a {@link Problem} use, the
 * Vietnamese label of the column and of messages, whether the workbook sheet must have the column,
 * and the field's value in a record. The catalogue is the one list of the record's shape; each of
 * its entries holds a {@link Definition}.
 *
 * @param <R> the record
 */
public interface RecordField<R> {

    /** What an entry of a catalogue says about its field. */
    record Definition<R>(String key, String label, boolean required, Function<R, Object> value) {
        public Definition {
            Objects.requireNonNull(key);
            Objects.requireNonNull(label);
            Objects.requireNonNull(value);
        }
    }

    Definition<R> definition();

    default String key() {
        return definition().key();
    }

    default String label() {
        return definition().label();
    }

    /** The workbook sheet must have the column (the others may be left out of an older or hand-made file). */
    default boolean required() {
        return definition().required();
    }

    /** The field's value in {@code record}: an id, a date, a code, a number, yes/no or a text (null when blank). */
    default Object valueIn(R record) {
        return definition().value().apply(record);
    }
}
