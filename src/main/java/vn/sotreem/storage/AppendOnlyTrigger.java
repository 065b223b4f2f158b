package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Refuses updates and deletes on the audit log, whoever issues them. */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("Nhật ký hoạt động chỉ được ghi thêm, không được sửa hay xóa.", "42000", 90000 + 999);
    }
}
