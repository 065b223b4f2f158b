package vn.sotreem.domain.place;

/** Which commune a register belongs to, and the officer who set it up. */
public record RegisterInfo(String communeCode, String communeName, String provinceCode, String provinceName,
                           String officerName) {

    public static RegisterInfo of(Commune commune, String officerName) {
        return new RegisterInfo(commune.code(), commune.fullName(), commune.provinceCode(),
                commune.provinceFullName(), officerName);
    }
}
