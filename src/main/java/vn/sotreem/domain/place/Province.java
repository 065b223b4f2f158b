package vn.sotreem.domain.place;

/** A province or centrally-run city after 01/07/2025 (34 units). */
public record Province(String code, String name, String fullName) {

    @Override
    public String toString() {
        return fullName;
    }
}
