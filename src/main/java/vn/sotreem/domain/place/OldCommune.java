package vn.sotreem.domain.place;

/**
 * A commune-level unit as it was before the 2025 reform (state at 01/03/2025), with its old
 * district and province: the place a child's older records name. {@code districtName} is null for
 * the few units known only from the old → new mapping.
 */
public record OldCommune(String code, String fullName, String districtName, String provinceCode, String provinceName) {

    /** "Xã Phượng Lâu (Thành phố Việt Trì, Tỉnh Phú Thọ)", enough to tell apart two communes of one name. */
    public String display() {
        return fullName + " (" + (districtName == null ? "" : districtName + ", ") + provinceName + ")";
    }

    @Override
    public String toString() {
        return display();
    }
}
