package vn.sotreem.storage;

import java.util.function.Predicate;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.calendar.WorkingDays;

/**
 * What the operations of each feature ({@link ChildOperations}, {@link CaseOperations},
 * {@link ReportTemplateOperations}) need of an open register: its transactions, the current account
 * and the working-day calendar. {@link RegisterStore} is the one implementation.
 */
public interface RegisterAccess {

    /** Runs typed work in one transaction that changes nothing. */
    <T> T read(RegisterTransaction.Work<T> work);

    /** Runs typed work in one transaction, on disk when it returns. */
    <T> T write(RegisterTransaction.Work<T> work);

    /** Refuses the operation, with {@code message}, unless the current role allows it. */
    void requireRole(Predicate<Role> allowed, String message);

    /** The name of the account whose password opened the register. */
    String userName();

    Account currentAccount();

    /** The working-day calendar for legal deadlines, with the days the government announced. */
    WorkingDays workingDays();
}
