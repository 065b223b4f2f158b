package vn.sotreem.domain.common;

/**
 * One field of a record's catalogue ({@code InjuryField}, {@code MembershipField},
 * {@code SupportField}): the key that the workbook's column and a {@link Problem} use, the
 * Vietnamese label of the column and of messages, whether the workbook sheet must have the column,
 * and the field's value in a record. The catalogue is the one list of the record's shape.
 *
 * @param <R> the record
 */
public interface RecordField<R> {

    String key();

    String label();

    /** The workbook sheet must have the column (the others may be left out of an older or hand-made file). */
    boolean required();

    /** The field's value in {@code record}: an id, a date, a code, a number, yes/no or a text (null when blank). */
    Object valueIn(R record);
}
