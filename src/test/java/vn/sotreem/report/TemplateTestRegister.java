package vn.sotreem.report;

import java.time.LocalDate;
import vn.sotreem.domain.hcdb.Supports;
import vn.sotreem.domain.hcdb.Memberships;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.abuse.IntakeChannel;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.abuse.ReceivingBody;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.report.RegisterSnapshot;
import vn.sotreem.domain.report.ReportCalculator;
import vn.sotreem.domain.report.ReportHeader;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.report.ReportSettings;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.domain.place.Village;
import vn.sotreem.domain.calendar.WorkingDays;

/**
 * A small register built by hand for the template tests (October 2026): children of both sexes in
 * every age band and three villages, HCĐB memberships and a support, injuries of two types (one
 * death), and an abuse case with two victims and two forms — so that the example's cells are not
 * all zero.
 */
final class TemplateTestRegister {

    static final ReportPeriod OCTOBER = ReportPeriod.month(2026, 10, PeriodRule.CALENDAR);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 3, 9, 0);
    static final RegisterInfo COMMUNE = new RegisterInfo("04567", "Xã Hòa Bình", "15", "Tỉnh Lào Cai", "Nguyễn Thị Lan");

    final List<Village> villages = new ArrayList<>();
    final List<Child> children = new ArrayList<>();
    final List<Membership> memberships = new ArrayList<>();
    final List<Support> supports = new ArrayList<>();
    final List<AbuseCase> cases = new ArrayList<>();
    final List<Injury> injuries = new ArrayList<>();

    TemplateTestRegister villages(String... names) {
        for (String name : names) {
            villages.add(new Village(villages.size() + 1, name, villages.size() + 1));
        }
        return this;
    }

    Child child(Sex sex, LocalDate birth, String village) {
        Child c = new Child();
        c.setId((long) children.size() + 1);
        c.setCode("TE-" + (children.size() + 1));
        c.setFullName("Trẻ " + (children.size() + 1));
        c.setSex(sex);
        c.setBirthDate(birth);
        c.setVillage(village);
        children.add(c);
        return c;
    }

    /** The register most tests fill from. */
    static TemplateTestRegister october() {
        TemplateTestRegister r = new TemplateTestRegister().villages("Thôn Hòa", "Thôn Đông", "Thôn Tây");
        Child a = r.child(Sex.FEMALE, LocalDate.of(2022, 3, 1), "Thôn Hòa"); // 0-5
        Child b = r.child(Sex.MALE, LocalDate.of(2018, 6, 1), "Thôn Hòa"); // 6-9
        Child c = r.child(Sex.FEMALE, LocalDate.of(2014, 1, 9), "Thôn Đông"); // 10-13
        Child d = r.child(Sex.MALE, LocalDate.of(2011, 12, 20), "Thôn Đông"); // 14-15
        Child e = r.child(Sex.FEMALE, LocalDate.of(2019, 2, 2), "Thôn Hoà"); // same village as "Thôn Hòa"
        r.child(Sex.MALE, LocalDate.of(2016, 7, 7), "Thôn Tây");
        r.child(Sex.FEMALE, LocalDate.of(2012, 4, 4), "Thôn Tây");
        r.memberships.add(Memberships.of(c.getId(), HcdbGroup.DISABLED, LocalDate.of(2025, 1, 1)).id(1L).build());
        r.memberships.add(Memberships.of(d.getId(), HcdbGroup.ORPHAN, LocalDate.of(2024, 1, 1)).id(2L).build());
        r.supports.add(Supports.of(c.getId(), LocalDate.of(2026, 10, 5), SupportType.values()[0]).id(1L).build());
        r.injury(a, LocalDate.of(2026, 10, 3), InjuryType.DROWNING, InjuryPlace.COMMUNITY, false);
        r.injury(e, LocalDate.of(2026, 10, 9), InjuryType.DROWNING, InjuryPlace.HOME, false);
        r.injury(b, LocalDate.of(2026, 10, 12), InjuryType.TRAFFIC, InjuryPlace.COMMUNITY, true);
        r.injury(d, LocalDate.of(2026, 10, 20), InjuryType.FALL, InjuryPlace.SCHOOL, false);
        AbuseCase abuse = new AbuseCase("XH-2026-001", new Intake(LocalDate.of(2026, 10, 15), LocalTime.of(8, 0),
                IntakeChannel.PHONE, ReceivingBody.HOTLINE_111, null, LocalDate.of(2026, 10, 14), null, null,
                AbuseSetting.FAMILY, null, null, null, null, null, null));
        abuse.setId(1L);
        abuse.setVictims(List.of(
                new AbuseVictim(c.getId(), Set.of(AbuseForm.VIOLENCE, AbuseForm.SEXUAL_ABUSE), List.of(), true, null),
                new AbuseVictim(b.getId(), Set.of(AbuseForm.VIOLENCE), List.of(), false, null)));
        r.cases.add(abuse);
        return r;
    }

    void injury(Child c, LocalDate date, InjuryType type, InjuryPlace place, boolean died) {
        injuries.add(Injuries.of(c.getId(), date).id((long) injuries.size() + 1).type(type).place(place).died(died).build());
    }

    IndicatorReport report() {
        RegisterSnapshot snapshot = new RegisterSnapshot(villages, children, memberships, supports, cases, injuries);
        return ReportCalculator.bundled().compute(snapshot, OCTOBER, WorkingDays.standard(), NOW);
    }

    static ReportHeader header(IndicatorReport report) {
        return header(report, new ReportSettings("Sở Y tế tỉnh Lào Cai", "Nguyễn Thị Lan", "Trần Văn Minh",
                ReportSettings.DEFAULT_MARK, PeriodRule.CALENDAR));
    }

    static ReportHeader header(IndicatorReport report, ReportSettings settings) {
        return new ReportHeader(COMMUNE, report.period(), LocalDate.of(2026, 11, 3), settings, report.catalogueVersion());
    }
}
