package vn.sotreem.ui.hcdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.sotreem.domain.hcdb.SupportField;
import vn.sotreem.domain.hcdb.MembershipField;
import vn.sotreem.domain.hcdb.Memberships;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.hcdb.CareForm;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.UiTestSupport;

/** The HCĐB dialogs' and view's logic, without a screen. */
class HcdbModelsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static Child child(long id, String name, LocalDate birth, Sex sex, String village) {
        Child c = UiTestSupport.child(name, birth, sex, village);
        c.setId(id);
        return c;
    }

    private static Membership open(long id, long childId, HcdbGroup group, LocalDate from) {
        return Memberships.of(childId, group, from).id(id).build();
    }

    @Test
    void amountsAcceptThousandSeparators() {
        assertEquals(Optional.of(1_500_000L), SupportFormModel.parseAmount("1.500.000"));
        assertEquals(Optional.of(1_500_000L), SupportFormModel.parseAmount("1,500,000"));
        assertEquals(Optional.of(1_500_000L), SupportFormModel.parseAmount("1500000"));
        assertEquals(Optional.of(200_000L), SupportFormModel.parseAmount(" 200.000 đ"));
        assertEquals(Optional.empty(), SupportFormModel.parseAmount("1.50.000"));
        assertEquals(Optional.empty(), SupportFormModel.parseAmount("-5"));
        assertEquals(Optional.empty(), SupportFormModel.parseAmount("abc"));
        assertEquals("1.500.000", SupportFormModel.formatAmount(1_500_000L));
        assertEquals("", SupportFormModel.formatAmount(null));
    }

    @Test
    void supportFormNeedsCarerAndFormForAlternativeCare() {
        Child c = child(1, "Lê Văn Hòa", LocalDate.of(2020, 6, 1), Sex.MALE, "Thôn Tây");
        SupportFormModel model = new SupportFormModel(c, TODAY);
        model.dateProperty().set("01/06/2025");
        model.typeProperty().set(SupportType.ALTERNATIVE_CARE);
        assertTrue(model.alternativeCareProperty().get());
        assertTrue(model.supportToSave().isEmpty());
        assertEquals(Severity.ERROR, model.message(SupportField.CARER.key()).severity());
        assertEquals(Severity.ERROR, model.message(SupportField.CARE_FORM.key()).severity());
        model.carerProperty().set("Lê Thị Tám");
        model.careFormProperty().set(CareForm.RELATIVE);
        model.amountProperty().set("2.000.000");
        Support s = model.supportToSave().orElseThrow();
        assertEquals(1L, s.childId());
        assertEquals(2_000_000L, s.amount());
        assertEquals("Lê Thị Tám", s.carerName());
        assertEquals(CareForm.RELATIVE, s.careForm());
        // Another type drops the carer again.
        model.typeProperty().set(SupportType.EDUCATION);
        assertEquals(null, model.supportToSave().orElseThrow().carerName());
    }

    @Test
    void membershipFormFiltersSubCasesAndShowsMessagesOnceTouched() {
        Child c = child(1, "Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông");
        MembershipFormModel model = new MembershipFormModel(c, List.of(), TODAY);
        assertEquals("", model.message(MembershipField.FROM.key()).message(), "nothing red before typing");
        model.groupProperty().set(HcdbGroup.DISABLED);
        assertEquals(HcdbSubCase.of(HcdbGroup.DISABLED), List.copyOf(model.subCases()));
        model.fromProperty().set("31/02/2024");
        assertEquals(FieldMessages.BAD_DATE, model.message(MembershipField.FROM.key()).message());
        model.fromProperty().set("01/02/2024");
        assertEquals("", model.message(MembershipField.FROM.key()).message());
        assertTrue(model.membershipToSave().isEmpty(), "group d needs a level");
        assertEquals(Optional.of(MembershipField.SUB_CASE.key()), model.firstErrorField());
        assertEquals(Severity.WARNING, model.message(MembershipField.CERTIFICATE.key()).severity());
        model.subCaseProperty().set(HcdbSubCase.of(HcdbGroup.DISABLED).get(0));
        Membership m = model.membershipToSave().orElseThrow();
        assertEquals(HcdbGroup.DISABLED, m.group());
        assertEquals(LocalDate.of(2024, 2, 1), m.fromDate());
        // Changing the group clears a sub-case of the old group.
        model.groupProperty().set(HcdbGroup.ORPHAN);
        assertEquals(null, model.subCaseProperty().get());
    }

    @Test
    void groupNWarnsInAmberWhenTheHouseholdIsNotPoorButStillSaves() {
        Child c = child(1, "Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông");
        MembershipFormModel model = new MembershipFormModel(c, List.of(), TODAY);
        model.groupProperty().set(HcdbGroup.SERIOUS_ILLNESS_POOR);
        model.fromProperty().set("01/01/2025");
        assertEquals(Severity.WARNING, model.message(MembershipField.GROUP.key()).severity());
        assertTrue(model.message(MembershipField.GROUP.key()).message().startsWith("Nhóm n chỉ dành cho"));
        assertTrue(model.membershipToSave().isPresent());
    }

    @Test
    void membershipFormRefusesAnOverlapInTheSameGroup() {
        Child c = child(1, "Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông");
        MembershipFormModel model = new MembershipFormModel(c,
                List.of(open(7, 1, HcdbGroup.ORPHAN, LocalDate.of(2023, 1, 1))), TODAY);
        model.groupProperty().set(HcdbGroup.ORPHAN);
        model.fromProperty().set("01/01/2025");
        assertTrue(model.message(MembershipField.FROM.key()).message().startsWith("Trẻ đã thuộc nhóm a từ 01/01/2023"));
        assertTrue(model.membershipToSave().isEmpty());
    }

    @Test
    void listShowsOpenMembershipsOnTheDateAndCountsAChildInEachGroup() {
        Child hoa = child(1, "Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông");
        Child duc = child(2, "Nguyễn Văn Đức", LocalDate.of(2016, 9, 12), Sex.MALE, "Thôn Tây");
        Child an = child(3, "Lê Văn An", LocalDate.of(2012, 1, 1), Sex.MALE, "Thôn Tây");
        HcdbListModel model = new HcdbListModel(TODAY);
        model.setAll(List.of(hoa, duc, an), List.of(
                open(1, 1, HcdbGroup.ORPHAN, LocalDate.of(2024, 1, 1)),
                open(2, 1, HcdbGroup.DISABLED, LocalDate.of(2024, 1, 1)),
                open(3, 2, HcdbGroup.ORPHAN, LocalDate.of(2025, 3, 1)),
                Memberships.of(3, HcdbGroup.HIV, LocalDate.of(2020, 1, 1)).id(4L).to(LocalDate.of(2021, 1, 1))
                        .closeReason("x").build()));
        assertEquals(List.of("Nguyễn Văn Đức", "Trần Thị Hoà"), names(model));
        assertEquals(2, model.count(HcdbGroup.ORPHAN));
        assertEquals(1, model.count(HcdbGroup.DISABLED));
        assertEquals(0, model.count(HcdbGroup.HIV));
        assertEquals("a, d", model.rows().get(1).groupsText());

        model.groupProperty().set(HcdbGroup.DISABLED);
        assertEquals(List.of("Trần Thị Hoà"), names(model));
        assertEquals(2, model.count(HcdbGroup.ORPHAN), "the group filter does not change the counts");
        model.clearFilters();
        model.villageProperty().set("Thôn Tây");
        assertEquals(List.of("Nguyễn Văn Đức"), names(model));
        assertEquals(1, model.count(HcdbGroup.ORPHAN));
        model.clearFilters();
        model.ageBandProperty().set(AgeBand.FROM_6_TO_9);
        assertEquals(List.of("Nguyễn Văn Đức", "Trần Thị Hoà"), names(model));
        model.clearFilters();

        model.dateProperty().set(LocalDate.of(2020, 6, 1));
        assertEquals(List.of("Lê Văn An"), names(model));
        assertEquals(1, model.count(HcdbGroup.HIV));
        assertEquals("Đang hiện 1 / 1 trẻ có hoàn cảnh đặc biệt ngày 01/06/2020", model.countTextProperty().get());
    }

    @Test
    void ageOutListsTheComingMonthAndThoseAlreadySixteenWithOpenMemberships() {
        Child turned = child(1, "Phạm Văn Bình", LocalDate.of(2009, 5, 1), Sex.MALE, "Thôn Đông");
        Child soon = child(2, "Đỗ Thị Minh", LocalDate.of(2009, 7, 1), Sex.FEMALE, "Thôn Đông");
        Child later = child(3, "Vũ Văn Nam", LocalDate.of(2009, 8, 1), Sex.MALE, "Thôn Đông");
        Child turnedClosed = child(4, "Hà Thị Lan", LocalDate.of(2009, 4, 1), Sex.FEMALE, "Thôn Đông");
        HcdbListModel model = new HcdbListModel(TODAY);
        model.setAll(List.of(turned, soon, later, turnedClosed), List.of(
                open(1, 1, HcdbGroup.ORPHAN, LocalDate.of(2020, 1, 1)),
                Memberships.of(4, HcdbGroup.ORPHAN, LocalDate.of(2020, 1, 1)).id(2L).to(LocalDate.of(2025, 3, 31))
                        .closeReason(Membership.AGED_OUT).build()));
        List<HcdbListModel.AgeOutRow> rows = model.ageOut();
        assertEquals(List.of("Phạm Văn Bình", "Đỗ Thị Minh"), rows.stream().map(r -> r.child().getFullName()).toList());
        assertTrue(rows.get(0).canClose(TODAY));
        assertEquals("Đã đủ 16 tuổi, còn 1 diện chưa đóng", rows.get(0).stateText(TODAY));
        assertFalse(rows.get(1).canClose(TODAY));
        assertEquals("Sẽ đủ 16 tuổi ngày 01/07/2025", rows.get(1).stateText(TODAY));
    }

    private static List<String> names(HcdbListModel model) {
        return model.rows().stream().map(r -> r.child().getFullName()).toList();
    }

    @Test
    void theListFindsChildrenByNameWithoutAccentsAndTheCountsFollow() {
        HcdbListModel list = new HcdbListModel(TODAY);
        Child hoa = child(1, "Lê Văn Hòa", LocalDate.of(2020, 6, 1), Sex.MALE, "Thôn Tây");
        Child hoa2 = child(2, "Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông");
        Child duc = child(3, "Nguyễn Văn Đức", LocalDate.of(2016, 9, 12), Sex.MALE, "Thôn Tây");
        list.setAll(List.of(hoa, hoa2, duc), List.of(open(10, 1, HcdbGroup.ORPHAN, LocalDate.of(2024, 1, 1)),
                open(11, 2, HcdbGroup.ORPHAN, LocalDate.of(2024, 1, 1)), open(12, 3, HcdbGroup.WITHOUT_SUPPORT, LocalDate.of(2024, 1, 1))));
        list.searchProperty().set("hoa");
        assertEquals(List.of("Lê Văn Hòa", "Trần Thị Hoà"), list.rows().stream().map(r -> r.child().getFullName()).toList());
        assertEquals(2, list.count(HcdbGroup.ORPHAN));
        assertEquals(0, list.count(HcdbGroup.WITHOUT_SUPPORT));
        list.searchProperty().set("ĐỨC");
        assertEquals(List.of("Nguyễn Văn Đức"), list.rows().stream().map(r -> r.child().getFullName()).toList());
        list.clearFilters();
        assertEquals("", list.searchProperty().get());
        assertEquals(3, list.rows().size());
    }

    @Test
    void aMembershipToCorrectKeepsItsIdAndIsNotCheckedAgainstItself() {
        Child c = child(1, "Lê Văn Hòa", LocalDate.of(2020, 6, 1), Sex.MALE, "Thôn Tây");
        Membership closed = Memberships.of(1, HcdbGroup.ORPHAN, LocalDate.of(2024, 1, 1)).id(10L)
                .closed(LocalDate.of(2024, 12, 31), "không còn thuộc diện").build();
        MembershipFormModel form = new MembershipFormModel(c, List.of(closed), TODAY);
        form.fill(closed);
        assertEquals("01/01/2024", form.fromProperty().get());
        form.basisProperty().set("QĐ 5/QĐ-UBND");
        Membership saved = form.membershipToSave().orElseThrow();
        assertEquals(10L, saved.id());
        assertEquals("không còn thuộc diện", saved.closeReason(), "kept while it keeps its end date");
        form.toProperty().set("");
        assertEquals(null, form.membershipToSave().orElseThrow().closeReason(), "reopened: no reason of ending");
    }
}
