package vn.sotreem.domain.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Proposals for the messy headers of officers' own lists, and the birth-date parts. */
class HeaderMatchTest {

    @Test
    void realisticMessyHeadersAreRecognised() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("Họ tên", "ho_ten"), Map.entry("Ho va ten", "ho_ten"), Map.entry("HỌ VÀ TÊN TRẺ", "ho_ten"),
                Map.entry("Họ và tên trẻ em", "ho_ten"), Map.entry("Tên trẻ", "ho_ten"),
                Map.entry("Ngày tháng năm sinh", "ngay_sinh"), Map.entry("Ngày sinh", "ngay_sinh"), Map.entry("NS", "ngay_sinh"),
                Map.entry("Ngày/tháng/năm sinh", "ngay_sinh"), Map.entry("Năm sinh", "nam_sinh"),
                Map.entry("Giới tính", "gioi_tinh"), Map.entry("GT", "gioi_tinh"), Map.entry("Nam/Nữ", "gioi_tinh"),
                Map.entry("Thôn", "thon"), Map.entry("Tổ dân phố", "thon"), Map.entry("Xóm", "thon"), Map.entry("Bản", "thon"),
                Map.entry("Ấp", "thon"), Map.entry("Thôn/xóm", "thon"), Map.entry("Địa chỉ (thôn, xóm)", "thon"),
                Map.entry("Dân tộc", "dan_toc"), Map.entry("Số định danh", "so_dinh_danh"), Map.entry("CCCD", "so_dinh_danh"),
                Map.entry("Mã định danh cá nhân", "so_dinh_danh"), Map.entry("Số ĐDCN", "so_dinh_danh"),
                Map.entry("Họ tên cha", "cha_ho_ten"), Map.entry("Họ và tên bố", "cha_ho_ten"), Map.entry("Tên mẹ", "me_ho_ten"),
                Map.entry("Họ tên mẹ", "me_ho_ten"), Map.entry("Người chăm sóc", "nguoi_cham_soc"),
                Map.entry("Họ tên người nuôi dưỡng", "nguoi_cham_soc"), Map.entry("Số điện thoại", "dien_thoai"),
                Map.entry("SĐT", "dien_thoai"), Map.entry("Điện thoại của mẹ", "dien_thoai"), Map.entry("Ngày vào sổ", "ngay_nhap"),
                Map.entry("Hộ nghèo/cận nghèo", "ho_ngheo"), Map.entry("Tình trạng", "tinh_trang"),
                Map.entry("Ghi chú", "ghi_chu"), Map.entry("Mã trẻ", "ma_tre"), Map.entry("ho_ten", "ho_ten"),
                Map.entry("Tuổi", "tuoi_uoc_luong"));
        expected.forEach((header, field) -> assertEquals(Optional.of(field), HeaderMatch.fieldFor(header), header));
        for (String other : List.of("STT", "TT", "Họ tên chủ hộ", "", "Lớp")) {
            assertEquals(Optional.empty(), HeaderMatch.fieldFor(other), other);
        }
    }

    @Test
    void theHeaderRowIsTheFirstRowNamingMostFields() {
        List<List<String>> rows = List.of(
                List.of("UBND XÃ AN BÌNH"),
                List.of("DANH SÁCH TRẺ EM DƯỚI 16 TUỔI NĂM 2025"),
                List.of(),
                List.of("STT", "HỌ VÀ TÊN TRẺ", "NS", "GT", "Thôn"),
                List.of("1", "Lò Văn Dũng", "2015", "Nam", "Bản Mé"));
        assertEquals(3, HeaderMatch.proposeHeaderRow(rows));
        assertEquals(0, HeaderMatch.proposeHeaderRow(List.of(List.of("x"), List.of("y"))));
    }

    @Test
    void aProposalMapsEachFieldOnceAndSplitsDayMonthYear() {
        ImportMapping mapping = HeaderMatch.propose(List.of("STT", "Họ tên", "Ngày", "Tháng", "Năm", "Nam/Nữ", "Xóm",
                "Họ tên", "Họ tên mẹ"));
        assertEquals(1, mapping.column("ho_ten").orElseThrow().index());
        assertEquals(2, mapping.column(ImportMapping.BIRTH_DAY).orElseThrow().index());
        assertEquals(3, mapping.column(ImportMapping.BIRTH_MONTH).orElseThrow().index());
        assertEquals(4, mapping.column(ImportMapping.BIRTH_YEAR).orElseThrow().index());
        assertEquals(8, mapping.column("me_ho_ten").orElseThrow().index());
        assertFalse(mapping.isMapped("ngay_sinh"));
        assertEquals(List.of(), mapping.missingRequired());
        assertEquals(Optional.of("nu"), mapping.valueFor("gioi_tinh", "Gái"));

        ImportMapping noVillage = HeaderMatch.propose(List.of("Họ tên", "Ngày sinh"));
        assertEquals(List.of("Giới tính", "Thôn/Tổ dân phố"), noVillage.missingRequired());
    }

    @Test
    void theOfficerAdjustsTheMappingAndItFollowsMovedColumns() {
        ImportMapping mapping = HeaderMatch.propose(List.of("Họ tên", "NS", "GT", "Thôn"));
        mapping.mapColumn("ghi_chu", 3, "Thôn"); // a column feeds one field: the village is no longer mapped
        assertFalse(mapping.isMapped("thon"));
        mapping.mapColumn("thon", 3, "Thôn");
        mapping.mapValue("gioi_tinh", "1", "nam");
        mapping.mapValue("gioi_tinh", "0", "nu");
        ImportMapping moved = mapping.relocate(List.of("STT", "Thôn", "Họ tên", "NS", "GT"));
        assertEquals(2, moved.column("ho_ten").orElseThrow().index());
        assertEquals(1, moved.column("thon").orElseThrow().index());
        assertEquals(Optional.of("nu"), moved.valueFor("gioi_tinh", " 0 "));
    }

    @Test
    void birthDatePartsAndYearsAlone() {
        assertEquals(new ImportMappingDates.Parts("5/3/2018", null), ImportMappingDates.assemble("5", "3.0", "2018"));
        assertEquals(new ImportMappingDates.Parts(null, 2018), ImportMappingDates.assemble(null, " ", "2018"));
        assertEquals(new ImportMappingDates.Parts("31/2/2018", null), ImportMappingDates.assemble("31", "2", "2018"));
        assertEquals(new ImportMappingDates.Parts("/3/", null), ImportMappingDates.assemble(null, "3", null));
        assertEquals(ImportMappingDates.Parts.NONE, ImportMappingDates.assemble(null, null, null));
        assertTrue(ImportMappingDates.isYear("2015"));
        assertFalse(ImportMappingDates.isYear("15"));
        assertEquals(8, ImportMappingDates.ageForYear(2018, LocalDate.of(2026, 3, 1)));
    }
}
