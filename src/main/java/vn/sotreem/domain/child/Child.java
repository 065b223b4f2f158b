package vn.sotreem.domain.child;

import java.time.LocalDate;
import java.util.Objects;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.VietnameseText;

/**
 * A child of the commune register (sheet {@code TreEm}). Kept for life: a child who moves away,
 * dies or turns 16 stays in the register with the date and reason.
 */
public final class Child {

    private Long id;
    private String code;
    private String fullName;
    private LocalDate birthDate;
    private boolean birthDateEstimated;
    private Sex sex;
    private String ethnicCode;
    private String personalId;
    private String village;
    private Poverty poverty;
    private String fatherName;
    private String motherName;
    private String caregiverName;
    private String phone;
    private ChildStatus status = ChildStatus.LIVING_HERE;
    private LocalDate statusDate;
    private LocalDate entryDate;
    private String note;
    /** The pre-2025 commune the child was recorded in (imported from that commune's list), else null. */
    private String originCommuneCode;
    private String foldedName;

    public Child() {
    }

    /** A copy, for editing without touching the original. */
    public Child copy() {
        Child c = new Child();
        c.id = id;
        c.code = code;
        c.fullName = fullName;
        c.birthDate = birthDate;
        c.birthDateEstimated = birthDateEstimated;
        c.sex = sex;
        c.ethnicCode = ethnicCode;
        c.personalId = personalId;
        c.village = village;
        c.poverty = poverty;
        c.fatherName = fatherName;
        c.motherName = motherName;
        c.caregiverName = caregiverName;
        c.phone = phone;
        c.status = status;
        c.statusDate = statusDate;
        c.entryDate = entryDate;
        c.note = note;
        c.originCommuneCode = originCommuneCode;
        return c;
    }

    /** Folded name for accent-free search and duplicate detection. */
    public String foldedName() {
        if (foldedName == null) {
            foldedName = VietnameseText.fold(fullName);
        }
        return foldedName;
    }

    /** Age in whole years on a date, or -1 when the birth date is unknown or later. */
    public int ageOn(LocalDate date) {
        return birthDate == null ? -1 : Ages.ageOn(birthDate, date);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
        this.foldedName = null;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public boolean isBirthDateEstimated() {
        return birthDateEstimated;
    }

    public void setBirthDateEstimated(boolean birthDateEstimated) {
        this.birthDateEstimated = birthDateEstimated;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getEthnicCode() {
        return ethnicCode;
    }

    public void setEthnicCode(String ethnicCode) {
        this.ethnicCode = ethnicCode;
    }

    public String getPersonalId() {
        return personalId;
    }

    public void setPersonalId(String personalId) {
        this.personalId = personalId;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public Poverty getPoverty() {
        return poverty;
    }

    public void setPoverty(Poverty poverty) {
        this.poverty = poverty;
    }

    public String getFatherName() {
        return fatherName;
    }

    public void setFatherName(String fatherName) {
        this.fatherName = fatherName;
    }

    public String getMotherName() {
        return motherName;
    }

    public void setMotherName(String motherName) {
        this.motherName = motherName;
    }

    public String getCaregiverName() {
        return caregiverName;
    }

    public void setCaregiverName(String caregiverName) {
        this.caregiverName = caregiverName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public ChildStatus getStatus() {
        return status;
    }

    public void setStatus(ChildStatus status) {
        this.status = status == null ? ChildStatus.LIVING_HERE : status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(LocalDate entryDate) {
        this.entryDate = entryDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getOriginCommuneCode() {
        return originCommuneCode;
    }

    public void setOriginCommuneCode(String originCommuneCode) {
        this.originCommuneCode = originCommuneCode;
    }

    /** Field-by-field equality of everything but the database id (used for round-trip checks). */
    public boolean sameRecordAs(Child o) {
        return Objects.equals(code, o.code) && Objects.equals(fullName, o.fullName)
                && Objects.equals(birthDate, o.birthDate) && birthDateEstimated == o.birthDateEstimated
                && sex == o.sex && Objects.equals(ethnicCode, o.ethnicCode)
                && Objects.equals(personalId, o.personalId) && Objects.equals(village, o.village)
                && poverty == o.poverty && Objects.equals(fatherName, o.fatherName)
                && Objects.equals(motherName, o.motherName) && Objects.equals(caregiverName, o.caregiverName)
                && Objects.equals(phone, o.phone) && status == o.status
                && Objects.equals(statusDate, o.statusDate) && Objects.equals(entryDate, o.entryDate)
                && Objects.equals(note, o.note) && Objects.equals(originCommuneCode, o.originCommuneCode);
    }

    @Override
    public String toString() {
        return "Child[" + code + "]";
    }
}
