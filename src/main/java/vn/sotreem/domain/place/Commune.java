package vn.sotreem.domain.place;

/**
 * A commune-level unit (xã, phường, đặc khu) after 01/07/2025. {@code otherSpelling} is the name
 * as written on 01/07/2025 when it differs (mostly tone placement, Hòa/Hoà).
 */
public record Commune(String code, String name, String fullName, String unitType, String provinceCode,
                      String provinceFullName, String otherSpelling) {

    @Override
    public String toString() {
        return fullName;
    }
}
