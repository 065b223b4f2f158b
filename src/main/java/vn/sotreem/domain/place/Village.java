package vn.sotreem.domain.place;

/** A village (thôn) or residential group (tổ dân phố) of the commune. */
public record Village(long id, String name, int sortOrder) {

    @Override
    public String toString() {
        return name;
    }
}
