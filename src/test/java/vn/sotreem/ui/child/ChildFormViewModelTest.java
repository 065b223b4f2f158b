package vn.sotreem.ui.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.child.EthnicGroup;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.ui.common.FieldMessages;

class ChildFormViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static ChildFormViewModel valid() {
        ChildFormViewModel vm = new ChildFormViewModel(TODAY);
        vm.fullNameProperty().set("  Trần  Thị Hoà ");
        vm.birthDateProperty().set("5/3/2018");
        vm.sexProperty().set(Sex.FEMALE);
        vm.villageProperty().set("Thôn Đông");
        return vm;
    }

    @Test
    void freshFormShowsNoMessagesButCannotBeSaved() {
        ChildFormViewModel vm = new ChildFormViewModel(TODAY);
        assertTrue(vm.hasErrors());
        for (ChildField f : ChildField.values()) {
            assertEquals("", vm.state(f).message(), f.name());
        }
        assertEquals("20/11/2026", vm.entryDateProperty().get());
        assertTrue(vm.childToSave().isEmpty());
        assertEquals("Chưa nhập họ và tên.", vm.state(ChildField.FULL_NAME).message());
        assertEquals("Chưa chọn giới tính.", vm.state(ChildField.SEX).message());
        assertEquals("Chưa chọn thôn/tổ dân phố.", vm.state(ChildField.VILLAGE).message());
        assertEquals("Chưa nhập ngày sinh (hoặc tuổi ước lượng).", vm.state(ChildField.BIRTH_DATE).message());
        assertEquals(Severity.ERROR, vm.state(ChildField.BIRTH_DATE).severity());
        assertEquals(ChildField.FULL_NAME, vm.firstErrorField().orElseThrow());
    }

    @Test
    void validFormBuildsTheChild() {
        ChildFormViewModel vm = valid();
        vm.ethnicGroupProperty().set(EthnicGroup.byCode("01").orElseThrow());
        vm.povertyProperty().set(Poverty.NEAR_POOR);
        vm.motherNameProperty().set("Nguyễn Thị Mai");
        vm.noteProperty().set("   ");
        assertFalse(vm.hasErrors());
        Child c = vm.childToSave().orElseThrow();
        assertEquals("Trần Thị Hoà", c.getFullName());
        assertEquals(LocalDate.of(2018, 3, 5), c.getBirthDate());
        assertFalse(c.isBirthDateEstimated());
        assertEquals(Sex.FEMALE, c.getSex());
        assertEquals("01", c.getEthnicCode());
        assertEquals(Poverty.NEAR_POOR, c.getPoverty());
        assertEquals("Nguyễn Thị Mai", c.getMotherName());
        assertNull(c.getFatherName());
        assertNull(c.getNote());
        assertEquals(TODAY, c.getEntryDate());
        assertEquals(ChildStatus.LIVING_HERE, c.getStatus());
    }

    @Test
    void unparseableDateShowsTheFormatMessageAtOnce() {
        ChildFormViewModel vm = new ChildFormViewModel(TODAY);
        vm.birthDateProperty().set("31/02/2018");
        assertEquals(FieldMessages.BAD_DATE, vm.state(ChildField.BIRTH_DATE).message());
        assertEquals(Severity.ERROR, vm.state(ChildField.BIRTH_DATE).severity());
        assertEquals("", vm.state(ChildField.FULL_NAME).message(), "untouched fields stay quiet");
        vm.birthDateProperty().set("28/02/2018");
        assertEquals("", vm.state(ChildField.BIRTH_DATE).message());
    }

    @Test
    void futureBirthAndSixteenYearOldsAreErrors() {
        ChildFormViewModel vm = valid();
        vm.birthDateProperty().set("01/01/2027");
        assertEquals("Ngày sinh 01/01/2027 ở trong tương lai.", vm.state(ChildField.BIRTH_DATE).message());
        vm.birthDateProperty().set("20/11/2010");
        assertTrue(vm.state(ChildField.BIRTH_DATE).message().contains("đã đủ 16 tuổi"));
        assertTrue(vm.hasErrors());
    }

    @Test
    void personalIdMismatchIsAWarningThatDoesNotBlock() {
        ChildFormViewModel vm = valid();
        vm.sexProperty().set(Sex.MALE);
        vm.personalIdProperty().set("001318012345"); // digit 4 = 3: a girl born 2000–2099
        assertEquals(Severity.WARNING, vm.state(ChildField.PERSONAL_ID).severity());
        assertEquals("Chữ số thứ 4 là của trẻ nữ, nhưng giới tính ghi là Nam.", vm.state(ChildField.PERSONAL_ID).message());
        assertFalse(vm.hasErrors());
        assertEquals("001318012345", vm.childToSave().orElseThrow().getPersonalId());
    }

    @Test
    void estimatedAgeGivesAnEstimatedBirthDate() {
        ChildFormViewModel vm = valid();
        vm.birthDateProperty().set("");
        vm.ageEstimatedProperty().set(true);
        assertEquals("Chưa nhập ngày sinh (hoặc tuổi ước lượng).", vm.state(ChildField.ESTIMATED_AGE).message());
        vm.estimatedAgeProperty().set("7");
        assertFalse(vm.hasErrors());
        Child c = vm.childToSave().orElseThrow();
        assertTrue(c.isBirthDateEstimated());
        assertEquals(LocalDate.of(2019, 11, 20), c.getBirthDate());
        vm.estimatedAgeProperty().set("16");
        assertEquals(ChildFormViewModel.BAD_AGE, vm.state(ChildField.ESTIMATED_AGE).message());
        vm.estimatedAgeProperty().set("bảy");
        assertEquals(ChildFormViewModel.BAD_AGE, vm.state(ChildField.ESTIMATED_AGE).message());
        assertTrue(vm.hasErrors());
    }

    @Test
    void statusOtherThanLivingHereNeedsADate() {
        ChildFormViewModel vm = valid();
        assertFalse(vm.statusDateNeededProperty().get());
        vm.statusProperty().set(ChildStatus.MOVED_AWAY);
        assertTrue(vm.statusDateNeededProperty().get());
        vm.childToSave();
        assertEquals("Cần ngày thay đổi tình trạng (đã chuyển đi).", vm.state(ChildField.STATUS_DATE).message());
        vm.statusDateProperty().set("1/9/2026");
        assertFalse(vm.hasErrors());
        assertEquals(LocalDate.of(2026, 9, 1), vm.childToSave().orElseThrow().getStatusDate());
    }

    @Test
    void phoneWithOddCharactersIsAWarning() {
        ChildFormViewModel vm = valid();
        vm.phoneProperty().set("09x12");
        assertEquals(Severity.WARNING, vm.state(ChildField.PHONE).severity());
        assertFalse(vm.hasErrors());
    }

    @Test
    void editingKeepsIdCodeAndAnUnchangedEstimate() {
        Child existing = new Child();
        existing.setId(7L);
        existing.setCode("TE000007");
        existing.setFullName("Lò Văn Páo");
        existing.setBirthDate(LocalDate.of(2020, 2, 1));
        existing.setBirthDateEstimated(true);
        existing.setEntryDate(LocalDate.of(2025, 6, 1));
        existing.setSex(Sex.MALE);
        existing.setVillage("Bản Mới");
        ChildFormViewModel vm = new ChildFormViewModel(TODAY, existing);
        assertTrue(vm.ageEstimatedProperty().get());
        assertEquals("5", vm.estimatedAgeProperty().get());
        assertEquals("01/06/2025", vm.entryDateProperty().get());
        vm.phoneProperty().set("0912 345 678");
        Child saved = vm.childToSave().orElseThrow();
        assertEquals(7L, saved.getId());
        assertEquals("TE000007", saved.getCode());
        assertEquals(LocalDate.of(2020, 2, 1), saved.getBirthDate());
        vm.estimatedAgeProperty().set("4");
        assertEquals(LocalDate.of(2021, 6, 1), vm.childToSave().orElseThrow().getBirthDate());
    }

    @Test
    void aChildFromAMergedCommunesListShowsItsOldCommuneAndKeepsItWhenSaved() {
        Child existing = new Child();
        existing.setId(8L);
        existing.setCode("TE000008");
        existing.setFullName("Lò Thị Mây");
        existing.setBirthDate(java.time.LocalDate.of(2016, 4, 2));
        existing.setSex(vn.sotreem.domain.common.Sex.FEMALE);
        existing.setVillage("Tổ 1");
        existing.setOriginCommuneCode("00004");
        ChildFormViewModel vm = new ChildFormViewModel(TODAY, existing);
        assertEquals("Phường Trúc Bạch (mã 00004)", vm.originProperty().get());
        vm.noteProperty().set("Đã đối chiếu danh sách cũ");
        assertEquals("00004", vm.childToSave().orElseThrow().getOriginCommuneCode(), "editing the form keeps the origin");
        assertEquals("", new ChildFormViewModel(TODAY).originProperty().get(), "a new child has none");
    }
}
