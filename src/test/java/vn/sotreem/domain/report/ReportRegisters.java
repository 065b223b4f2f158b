package vn.sotreem.domain.report;

import java.time.LocalDate;
import vn.sotreem.domain.hcdb.Supports;
import vn.sotreem.domain.hcdb.Memberships;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.abuse.EnforcementStatus;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.abuse.IntakeChannel;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.PerpetratorAgeGroup;
import vn.sotreem.domain.abuse.PerpetratorRelation;
import vn.sotreem.domain.abuse.ReceivingBody;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.abuse.Sanction;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.domain.place.Village;
import vn.sotreem.domain.calendar.WorkingDays;

/**
 * Registers built by hand for the report's tests (calculator, workbook, template): every record is
 * known, so every cell of the report is. Ids follow the order of addition. {@link #october()} is the
 * register whose cells {@code ReportCalculatorTest} lists one by one.
 */
public final class ReportRegisters {

    public static final ReportCalculator CALCULATOR = ReportCalculator.bundled();
    public static final WorkingDays CALENDAR = WorkingDays.standard();
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 3, 9, 0);
    public static final ReportPeriod OCTOBER = ReportPeriod.month(2026, 10, PeriodRule.CALENDAR);

    private final List<Village> villages = new ArrayList<>();
    private final List<Child> children = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final List<Support> supports = new ArrayList<>();
    private final List<AbuseCase> cases = new ArrayList<>();
    private final List<Injury> injuries = new ArrayList<>();

    public static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    public ReportRegisters villages(String... names) {
        for (String name : names) {
            villages.add(new Village(villages.size() + 1, name, villages.size() + 1));
        }
        return this;
    }

    /** A child named "Trẻ " + code. */
    public Child child(String code, Sex sex, LocalDate birth, String village) {
        Child c = new Child();
        c.setId((long) children.size() + 1);
        c.setCode(code);
        c.setFullName("Trẻ " + code);
        c.setSex(sex);
        c.setBirthDate(birth);
        c.setVillage(village);
        children.add(c);
        return c;
    }

    public List<Child> children() {
        return Collections.unmodifiableList(children);
    }

    public void membership(Child c, HcdbGroup group, LocalDate from, LocalDate to) {
        memberships.add(Memberships.of(c.getId(), group, from).id((long) memberships.size() + 1).to(to).build());
    }

    public void support(Child c, LocalDate date) {
        supports.add(Supports.of(c.getId(), date, SupportType.values()[0]).id((long) supports.size() + 1).build());
    }

    public void injury(Child c, LocalDate date, InjuryType type, InjuryPlace place, boolean died, boolean disabled) {
        injuries.add(Injuries.of(c.getId(), date).id((long) injuries.size() + 1).type(type).place(place).died(died)
                .disabled(disabled).build());
    }

    public AbuseCase abuseCase(String code, LocalDate occurred, LocalDate received, AbuseSetting setting,
                               AbuseVictim... victims) {
        AbuseCase c = new AbuseCase(code, new Intake(received, LocalTime.of(8, 0), IntakeChannel.PHONE,
                ReceivingBody.HOTLINE_111, null, occurred, null, null, setting, null, null, null, null, null, null));
        c.setId((long) cases.size() + 1);
        c.setVictims(List.of(victims));
        cases.add(c);
        return c;
    }

    public RegisterSnapshot snapshot() {
        return new RegisterSnapshot(villages, children, memberships, supports, cases, injuries);
    }

    /** The report of the bundled calculator, computed at {@link #NOW} with the standard working days. */
    public IndicatorReport report(ReportPeriod period) {
        return CALCULATOR.compute(snapshot(), period, CALENDAR, NOW);
    }

    public static AbuseVictim victim(Child c, boolean supported, AbuseForm... forms) {
        return new AbuseVictim(c.getId(), Set.of(forms), List.of(), supported, null);
    }

    public static Perpetrator perpetrator(HandlingRoute handling, Long fine) {
        return new Perpetrator(null, Sex.MALE, PerpetratorAgeGroup.ADULT, PerpetratorRelation.values()[0], handling,
                fine == null ? null : new Sanction("1/QĐ-XPHC", d(2026, 10, 20), "Chủ tịch UBND xã", null, fine,
                        EnforcementStatus.DONE),
                null);
    }

    /** Assessed on the day received and closed the next: no deadline is pending. */
    public static void closedAtOnce(AbuseCase c) {
        LocalDate received = c.getIntake().receivedOn();
        c.setSteps(List.of(new CaseStepRecord(CaseStep.INITIAL_ASSESSMENT, received, LocalTime.of(9, 0), null,
                        RiskLevel.LOW, null),
                new CaseStepRecord(CaseStep.CLOSED, received.plusDays(1), null, null, null, null)));
    }

    /**
     * October 2026 (01/10–31/10): children whose birthday, 16th birthday, move, death or entry falls
     * on or around den_ngay; memberships closing on it; a child injured twice, by two types at two
     * ages, on the period's first and last day (so the injury total is less than the sum of the type
     * rows); two cases on those days with two victims and two forms.
     */
    public static ReportRegisters october() {
        ReportRegisters r = new ReportRegisters().villages("Thôn Hòa", "Thôn Đông", "Thôn Tây");
        // 6th birthday on den_ngay: 6-9 on den_ngay, 0-5 on 01/10.
        Child c1 = r.child("TE-001", Sex.FEMALE, d(2020, 10, 31), "Thôn Hòa");
        // 16th birthday on 15/10: not a child on den_ngay; an injury on 14/10 is a 14-15 event.
        Child c2 = r.child("TE-002", Sex.MALE, d(2010, 10, 15), "Thôn Đông");
        // Moved away before den_ngay: out of the stock, its injury still counts.
        Child c3 = r.child("TE-003", Sex.MALE, d(2015, 3, 10), "Thôn Đông");
        c3.setStatus(ChildStatus.MOVED_AWAY);
        c3.setStatusDate(d(2026, 10, 20));
        // Moved away after den_ngay: in the stock.
        Child c4 = r.child("TE-004", Sex.FEMALE, d(2012, 5, 5), "Thôn Đông");
        c4.setStatus(ChildStatus.MOVED_AWAY);
        c4.setStatusDate(d(2026, 11, 2));
        // Entered after den_ngay: out of the stock, a victim all the same, aged 5 on the day (6 on den_ngay).
        Child c5 = r.child("TE-005", Sex.MALE, d(2020, 10, 15), "Thôn Hòa");
        c5.setEntryDate(d(2026, 11, 1));
        // Born 29/02; village written with the other tone placement: the same village as "Thôn Hòa".
        Child c6 = r.child("TE-006", Sex.FEMALE, d(2024, 2, 29), "Thôn Hoà");
        // Died on den_ngay of an injury that day: injured and dead, not in the stock.
        Child c7 = r.child("TE-007", Sex.MALE, d(2016, 6, 1), "Thôn Tây");
        c7.setStatus(ChildStatus.DIED);
        c7.setStatusDate(d(2026, 10, 31));
        // Entered on den_ngay: in the stock.
        Child c8 = r.child("TE-008", Sex.FEMALE, d(2011, 11, 1), "Thôn Hòa");
        c8.setEntryDate(d(2026, 10, 31));
        // 14th birthday on den_ngay: 14-15.
        Child c9 = r.child("TE-009", Sex.MALE, d(2012, 10, 31), "Thôn Đông");
        // Moved away on den_ngay: out of the stock.
        Child c10 = r.child("TE-010", Sex.MALE, d(2018, 5, 5), "Thôn Đông");
        c10.setStatus(ChildStatus.MOVED_AWAY);
        c10.setStatusDate(d(2026, 10, 31));

        r.membership(c1, HcdbGroup.DISABLED, d(2025, 1, 1), null);
        r.membership(c1, HcdbGroup.ORPHAN, d(2026, 10, 31), null); // starts on den_ngay
        r.membership(c2, HcdbGroup.LAW_VIOLATION, d(2025, 1, 1), null); // open after the 16th birthday: warning
        r.membership(c3, HcdbGroup.WITHOUT_SUPPORT, d(2024, 1, 1), null); // open after moving away: warning
        r.membership(c4, HcdbGroup.DISABLED, d(2024, 1, 1), d(2026, 10, 31)); // closed on den_ngay: open
        r.membership(c6, HcdbGroup.SEXUALLY_ABUSED, d(2026, 10, 5), d(2026, 10, 30)); // closed before den_ngay
        r.membership(c7, HcdbGroup.ABANDONED, d(2020, 1, 1), null); // open after death: warning
        r.membership(c8, HcdbGroup.EXPLOITED, d(2026, 11, 1), null); // starts after den_ngay
        r.membership(c9, HcdbGroup.DISABLED, d(2020, 1, 1), null);
        r.membership(c9, HcdbGroup.TRAFFICKED, d(2025, 5, 5), null);
        r.membership(c10, HcdbGroup.DISABLED, d(2020, 1, 1), d(2026, 10, 31)); // closed the day the child left: no warning

        r.support(c1, d(2026, 10, 1)); // first day
        r.support(c1, d(2026, 10, 2));
        r.support(c4, d(2026, 9, 30)); // the day before
        r.support(c9, d(2026, 10, 31)); // last day
        r.support(c8, d(2026, 10, 10)); // not an HCĐB child on den_ngay

        r.injury(c1, d(2026, 10, 1), InjuryType.FALL, InjuryPlace.HOME, false, false);
        r.injury(c1, d(2026, 10, 31), InjuryType.DROWNING, InjuryPlace.COMMUNITY, false, true);
        r.injury(c2, d(2026, 10, 14), InjuryType.TRAFFIC, InjuryPlace.SCHOOL, false, false);
        r.injury(c3, d(2026, 10, 5), InjuryType.TRAFFIC, InjuryPlace.COMMUNITY, false, false);
        r.injury(c7, d(2026, 10, 31), InjuryType.DROWNING, InjuryPlace.HOME, true, false);
        r.injury(c8, d(2026, 9, 30), InjuryType.FALL, InjuryPlace.HOME, false, false); // the day before
        r.injury(c4, d(2026, 11, 1), InjuryType.FALL, InjuryPlace.HOME, false, false); // the day after

        AbuseCase x1 = r.abuseCase("XH-2026-001", d(2026, 10, 1), d(2026, 10, 2), AbuseSetting.FAMILY,
                victim(c6, true, AbuseForm.VIOLENCE, AbuseForm.SEXUAL_ABUSE), victim(c5, false, AbuseForm.VIOLENCE));
        x1.setPerpetrators(List.of(perpetrator(HandlingRoute.ADMINISTRATIVE, 2_000_000L),
                perpetrator(HandlingRoute.CRIMINAL, null)));
        closedAtOnce(x1);
        AbuseCase x2 = r.abuseCase("XH-2026-002", d(2026, 10, 31), d(2026, 10, 31), AbuseSetting.SCHOOL,
                victim(c6, false, AbuseForm.VIOLENCE), victim(c1, true, AbuseForm.ABANDONMENT));
        x2.setPerpetrators(List.of(perpetrator(HandlingRoute.ADMINISTRATIVE, 1_500_000L),
                perpetrator(HandlingRoute.ADMINISTRATIVE, null)));
        // Occurred the day before the period, received in it: not counted, but its limits are checked.
        r.abuseCase("XH-2026-003", d(2026, 9, 30), d(2026, 10, 1), AbuseSetting.COMMUNITY,
                victim(c9, false, AbuseForm.VIOLENCE));
        // Wholly before the period: neither counted nor checked, though overdue too.
        r.abuseCase("XH-2026-004", d(2026, 9, 15), d(2026, 9, 16), AbuseSetting.COMMUNITY,
                victim(c9, false, AbuseForm.OTHER));
        return r;
    }
}
