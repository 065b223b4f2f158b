package vn.sotreem.domain.place;

/** A commune found by a search; {@code formerName} is set when it was found by a pre-2025 name. */
public record CommuneMatch(Commune commune, String formerName) {

    /** "Xã Ba Chẽ" or "Xã Ba Chẽ (trước đây: Xã Thanh Sơn)". */
    public String display() {
        return formerName == null ? commune.fullName() : commune.fullName() + " (trước đây: " + formerName + ")";
    }

    @Override
    public String toString() {
        return display();
    }
}
