package vn.sotreem.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoidReasonTest {

    @Test
    void aBlankReasonIsAskedForNamingTheRecordAndExamples() {
        assertEquals(Optional.of("Hãy ghi lý do hủy vụ việc (ví dụ: nhập trùng, nhập nhầm trẻ)."),
                VoidReason.problem("  ", "vụ việc", "nhập trùng, nhập nhầm trẻ"));
        assertEquals(Optional.of("Hãy ghi lý do hủy."), VoidReason.problem(null, "", null));
    }

    @Test
    void aReasonLongerThanTheSmallestColumnIsRefusedBeforeAnythingIsWritten() {
        assertEquals(Optional.empty(), VoidReason.problem("x".repeat(VoidReason.MAX_LENGTH), "", null));
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> VoidReason.require("x".repeat(VoidReason.MAX_LENGTH + 1), "hồ sơ", null));
        assertEquals("Lý do hủy dài quá 500 ký tự.", refused.getMessage());
    }

    @Test
    void theReasonKeptIsCleaned() {
        assertEquals("nhập hai lần", VoidReason.require("  nhập   hai lần ", "", null));
    }
}
