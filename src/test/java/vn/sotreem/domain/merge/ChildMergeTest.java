package vn.sotreem.domain.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.merge.ChildMerge.Side;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.common.Sex;

class ChildMergeTest {

    private static Child child(long id, String code, String name) {
        Child c = new Child();
        c.setId(id);
        c.setCode(code);
        c.setFullName(name);
        c.setBirthDate(LocalDate.of(2015, 4, 2));
        c.setSex(Sex.MALE);
        c.setVillage("Thôn 1");
        return c;
    }

    @Test
    void theOlderRecordIsKeptWhicheverOrderTheyComeIn() {
        Child older = child(3, "TE000003", "Hà Văn Nam");
        Child newer = child(9, "TE000009", "Ha Van Nam");
        ChildMerge merge = ChildMerge.of(newer, older);
        assertEquals("TE000003", merge.older().getCode());
        assertEquals("Hà Văn Nam", merge.result().getFullName());
        assertEquals(3L, merge.result().getId());
        assertEquals("TE000003", merge.result().getCode());
        assertThrows(IllegalArgumentException.class, () -> ChildMerge.of(older, older));
    }

    @Test
    void eachFieldStartsOnTheOlderValueOrOnTheOnlyFilledOne() {
        Child older = child(1, "TE000001", "Hà Văn Nam");
        older.setMotherName("Lường Thị Xuân");
        Child newer = child(2, "TE000002", "Ha Van Nam");
        newer.setPhone("0912 345 678");
        newer.setMotherName("Lường Thị Xuân ");
        ChildMerge merge = ChildMerge.of(older, newer);

        assertEquals(Side.OLDER, merge.choice(ChildField.FULL_NAME));
        assertEquals(Side.NEWER, merge.choice(ChildField.PHONE));
        assertTrue(merge.differs(ChildField.FULL_NAME));
        assertTrue(merge.differs(ChildField.PHONE));
        assertFalse(merge.differs(ChildField.MOTHER_NAME), "spaces around a name are no difference");
        assertFalse(merge.differs(ChildField.VILLAGE));
        assertEquals("", merge.text(ChildField.PHONE, Side.OLDER));
        Child result = merge.result();
        assertEquals("Hà Văn Nam", result.getFullName());
        assertEquals("0912 345 678", result.getPhone());
    }

    @Test
    void achosenValueIsAppliedAndListedForTheAuditLog() {
        Child older = child(1, "TE000001", "Hà Văn Nam");
        older.setPoverty(Poverty.POOR);
        Child newer = child(2, "TE000002", "Hà Văn Nam");
        newer.setPoverty(Poverty.NEAR_POOR);
        newer.setVillage("Thôn 2");
        ChildMerge merge = ChildMerge.of(older, newer);
        merge.choose(ChildField.POVERTY, Side.NEWER);

        assertEquals(Poverty.NEAR_POOR, merge.result().getPoverty());
        assertEquals("Thôn 1", merge.result().getVillage());
        assertEquals(List.of("Thôn/Tổ dân phố: Thôn 1 (theo hồ sơ TE000001)",
                "Hộ nghèo/cận nghèo: " + Poverty.NEAR_POOR.label() + " (theo hồ sơ TE000002)"), merge.chosenValues());
        assertThrows(IllegalArgumentException.class, () -> merge.choose(ChildField.CODE, Side.NEWER));
    }

    @Test
    void aDateTravelsWithItsFlagAndAStatusWithItsDate() {
        Child older = child(1, "TE000001", "Hà Văn Nam");
        Child newer = child(2, "TE000002", "Hà Văn Nam");
        newer.setBirthDate(LocalDate.of(2015, 1, 1));
        newer.setBirthDateEstimated(true);
        newer.setStatus(ChildStatus.MOVED_AWAY);
        newer.setStatusDate(LocalDate.of(2025, 8, 1));
        ChildMerge merge = ChildMerge.of(older, newer);
        assertEquals("01/01/2015 (ước lượng)", merge.text(ChildField.BIRTH_DATE, Side.NEWER));
        merge.choose(ChildField.BIRTH_DATE, Side.NEWER);
        merge.choose(ChildField.STATUS, Side.NEWER);

        Child result = merge.result();
        assertEquals(LocalDate.of(2015, 1, 1), result.getBirthDate());
        assertTrue(result.isBirthDateEstimated());
        assertEquals(ChildStatus.MOVED_AWAY, result.getStatus());
        assertEquals(LocalDate.of(2025, 8, 1), result.getStatusDate());
        merge.choose(ChildField.STATUS, Side.OLDER);
        assertEquals(ChildStatus.LIVING_HERE, merge.result().getStatus());
        assertEquals(null, merge.result().getStatusDate());
    }
}
