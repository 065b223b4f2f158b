package vn.sotreem.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.sotreem.domain.place.AdminUnits;
import vn.sotreem.domain.place.CommuneMatch;
import vn.sotreem.domain.place.RegisterInfo;

class SetupViewModelTest {

    @Test
    void findsCommuneAndValidatesPasswordsAndVillages() {
        SetupViewModel vm = new SetupViewModel(AdminUnits.get());
        assertEquals(34, vm.provinces().size());
        java.util.List<String> names = vm.provinces().stream().map(p -> p.name()).toList();
        assertEquals("An Giang", names.get(0));
        assertTrue(names.indexOf("Hà Nội") < names.indexOf("Hải Phòng"), names.toString());
        assertTrue(vm.validate().isEmpty());
        assertEquals("Hãy chọn tỉnh, rồi chọn xã/phường trong danh sách.", vm.communeMessageProperty().get());
        assertEquals("Cần ít nhất một thôn/tổ dân phố.", vm.villagesMessageProperty().get());

        vm.provinceProperty().set(vm.provinces().stream().filter(p -> p.code().equals("01")).findFirst().orElseThrow());
        vm.communeQueryProperty().set("ba dinh");
        CommuneMatch match = vm.communeMatches().stream()
                .filter(m -> m.commune().fullName().equals("Phường Ba Đình")).findFirst().orElseThrow();
        vm.communeProperty().set(match);
        vm.officerNameProperty().set("Nguyễn Thị Lan");
        vm.passwordProperty().set("ngan");
        assertEquals("Mật khẩu cần ít nhất 8 ký tự (mới có 4).", vm.passwordMessageProperty().get());
        vm.passwordProperty().set("mat-khau-dai");
        vm.passwordRepeatProperty().set("mat-khau-dal");
        assertEquals("Hai lần gõ mật khẩu chưa giống nhau.", vm.repeatMessageProperty().get());
        vm.passwordRepeatProperty().set("mat-khau-dai");
        vm.newVillageProperty().set(" Thôn  Đông ");
        assertTrue(vm.addVillage().isEmpty());
        vm.newVillageProperty().set("thon dong");
        assertEquals("Đã có \"thon dong\" trong danh sách.", vm.addVillage().orElseThrow());

        RegisterInfo info = vm.validate().orElseThrow();
        assertEquals("Phường Ba Đình", info.communeName());
        assertEquals("Nguyễn Thị Lan", info.officerName());
        assertEquals(java.util.List.of("Thôn Đông"), vm.villageNames());
    }
}
