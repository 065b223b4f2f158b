package vn.sotreem.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.abuse.IntakeChannel;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.abuse.ReceivingBody;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.storage.RegisterStore;

/**
 * A synthetic commune written into a register through the store's write transactions (many rows
 * each, as imports do): children with Vietnamese names aged 0–15 across villages, HCĐB memberships,
 * supports, abuse cases and injuries. The same seed and date give the same register.
 */
public final class CommuneGenerator {

    /** How much to generate; {@link #issue10()} is the size the issue asks for. */
    public record Size(int children, int villages, int memberships, int supports, int abuseCases, int victims,
                       int injuries) {

        public static Size issue10() {
            return scaled(20_000);
        }

        /** The issue's proportions for a number of children (3 000 HCĐB, 5 000 supports… per 20 000). */
        public static Size scaled(int children) {
            double f = children / 20_000.0;
            int cases = (int) Math.round(400 * f);
            return new Size(children, 12, (int) Math.round(3_000 * f), (int) Math.round(5_000 * f), cases,
                    (int) Math.round(500 * f), (int) Math.round(2_000 * f));
        }
    }

    /** What was written. */
    public record Counts(int children, int villages, int memberships, int supports, int abuseCases, int victims,
                         int injuries) {
    }

    static final List<String> FAMILY_NAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Hà", "Phan", "Trương", "Đinh");
    /** Rough weights: Nguyễn about a third of the commune, as in most of Việt Nam. */
    static final int[] FAMILY_WEIGHTS = {35, 11, 9, 7, 5, 4, 3, 3, 3, 2, 2, 2, 2, 3, 3, 3, 2, 2};
    static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Minh", "Quốc", "Hữu", "Thành", "Gia", "Công");
    static final List<String> FEMALE_MIDDLE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Khánh", "Bảo");
    static final List<String> MALE_GIVEN = List.of("An", "Bình", "Dũng", "Hùng", "Nam", "Tuấn", "Long", "Hải", "Khang",
            "Phúc", "Quân", "Huy", "Minh", "Đạt", "Sơn", "Hoàng", "Khoa", "Trung");
    static final List<String> FEMALE_GIVEN = List.of("An", "Châu", "Giang", "Hoa", "Lan", "Mai", "Phương", "Thảo",
            "Trang", "Vy", "Linh", "Ngọc", "Hà", "Anh", "Hương", "Nhung", "Yến", "Thư");
    static final List<String> VILLAGES = List.of("Thôn Đông", "Thôn Đoài", "Thôn Thượng", "Thôn Hạ", "Thôn Trung",
            "Thôn Bến", "Bản Mường", "Bản Nà Sản", "Thôn Tân Lập", "Thôn Hòa Bình", "Thôn Phú Mỹ", "Tổ dân phố 1",
            "Tổ dân phố 2", "Tổ dân phố 3", "Thôn Đồng Tâm", "Thôn An Phú");
    /** Groups that need no sub-case and no household condition. */
    static final List<HcdbGroup> GROUPS = List.of(HcdbGroup.ORPHAN, HcdbGroup.ABANDONED, HcdbGroup.WITHOUT_SUPPORT,
            HcdbGroup.HIV, HcdbGroup.LAW_VIOLATION, HcdbGroup.SCHOOL_DROPOUT_WORKING, HcdbGroup.HARMED_BY_VIOLENCE,
            HcdbGroup.EXPLOITED, HcdbGroup.MIGRANT_REFUGEE);
    static final List<SupportType> SUPPORTS = List.of(SupportType.HEALTH_INSURANCE, SupportType.MEDICAL_COSTS,
            SupportType.SOCIAL_ALLOWANCE, SupportType.EDUCATION, SupportType.LEGAL_AID, SupportType.COUNSELLING,
            SupportType.GOODS_AND_GIFTS, SupportType.OTHER);
    static final int BATCH = 2_000;

    private final Random random;
    private final LocalDate today;

    public CommuneGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** The village names used for a number of villages. */
    public static List<String> villageNames(int villages) {
        List<String> names = new ArrayList<>(VILLAGES.subList(0, Math.min(villages, VILLAGES.size())));
        for (int i = names.size(); i < villages; i++) {
            names.add("Thôn " + (i + 1));
        }
        return names;
    }

    /** The children, not yet saved: names, sexes, birth dates, villages, households. */
    public List<Child> children(Size size) {
        List<String> villages = villageNames(size.villages());
        List<Child> children = new ArrayList<>(size.children());
        for (int i = 0; i < size.children(); i++) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            String family = family();
            Child child = new Child();
            child.setFullName(name(family, sex));
            child.setSex(sex);
            LocalDate birth = today.minusDays(random.nextInt(16 * 365 - 5));
            child.setBirthDate(birth);
            LocalDate entry = birth.plusDays(random.nextInt(60));
            child.setEntryDate(entry.isAfter(today) ? today : entry);
            child.setVillage(villages.get(random.nextInt(villages.size())));
            boolean thai = family.equals("Lò") || family.equals("Hà") && random.nextBoolean();
            child.setEthnicCode(thai ? "03" : random.nextInt(20) == 0 ? "06" : "01");
            int household = random.nextInt(100);
            child.setPoverty(household < 8 ? Poverty.POOR : household < 15 ? Poverty.NEAR_POOR : null);
            child.setFatherName(name(family, Sex.MALE));
            child.setMotherName(name(family(), Sex.FEMALE));
            children.add(child);
        }
        return children;
    }

    /** Generates the commune into {@code store} (created with {@link #villageNames}): a few large transactions. */
    public Counts generate(RegisterStore store, Size size) {
        List<Child> children = children(size);
        List<Child> saved = new ArrayList<>(children.size());
        for (int from = 0; from < children.size(); from += BATCH) {
            List<Child> batch = children.subList(from, Math.min(children.size(), from + BATCH));
            saved.addAll(store.write(tx -> {
                List<Child> done = new ArrayList<>(batch.size());
                for (Child child : batch) {
                    done.add(tx.saveChild(child));
                }
                return done;
            }));
        }
        List<Child> shuffled = new ArrayList<>(saved);
        Collections.shuffle(shuffled, random);
        List<Child> members = shuffled.subList(0, Math.min(size.memberships(), shuffled.size()));
        List<Membership> memberships = new ArrayList<>();
        for (Child child : members) {
            LocalDate from = later(child.getBirthDate(), today.minusDays(random.nextInt(3 * 365)));
            memberships.add(new Membership(null, child.getId(), pick(GROUPS), null, from, null,
                    "Quyết định của UBND xã", null, null));
        }
        store.write(tx -> {
            memberships.forEach(m -> tx.saveMembership(m, today));
            return null;
        });
        List<Support> supports = new ArrayList<>();
        for (int i = 0; i < size.supports() && !memberships.isEmpty(); i++) {
            Membership m = memberships.get(random.nextInt(memberships.size()));
            long days = Math.max(1, today.toEpochDay() - m.fromDate().toEpochDay());
            LocalDate date = m.fromDate().plusDays(random.nextInt((int) Math.min(days, Integer.MAX_VALUE)));
            SupportType type = pick(SUPPORTS);
            Long amount = type == SupportType.SOCIAL_ALLOWANCE ? Long.valueOf(540_000L)
                    : type == SupportType.GOODS_AND_GIFTS ? Long.valueOf(200_000L + 50_000L * random.nextInt(10)) : null;
            supports.add(new Support(null, m.childId(), date, type, "UBND xã", amount, null, null, null));
        }
        store.write(tx -> {
            supports.forEach(s -> tx.addSupport(s, today));
            return null;
        });
        // Victims: distinct children after the members, the first cases with two victims each.
        List<Child> victims = shuffled.subList(Math.min(members.size(), shuffled.size()),
                Math.min(shuffled.size(), members.size() + size.victims()));
        int twoVictimCases = Math.max(0, Math.min(size.abuseCases(), victims.size() - size.abuseCases()));
        int cases = store.write(tx -> {
            int next = 0;
            int written = 0;
            for (int c = 0; c < size.abuseCases() && next < victims.size(); c++) {
                int count = c < twoVictimCases && next + 1 < victims.size() ? 2 : 1;
                List<Child> caseVictims = victims.subList(next, next + count);
                next += count;
                LocalDate latestBirth = caseVictims.stream().map(Child::getBirthDate).max(LocalDate::compareTo).orElseThrow();
                LocalDate received = later(latestBirth.plusDays(1), today.minusDays(1 + random.nextInt(700)));
                if (received.isAfter(today)) {
                    received = today;
                }
                LocalDate occurred = later(latestBirth, received.minusDays(random.nextInt(10)));
                AbuseCase abuseCase = new AbuseCase(tx.nextAbuseCaseCode(received.getYear()), new Intake(received,
                        LocalTime.of(8 + random.nextInt(9), 15 * random.nextInt(4)), pick(List.of(IntakeChannel.values())),
                        pick(List.of(ReceivingBody.values())), "Nguyễn Thị Lan", occurred,
                        caseVictims.get(0).getVillage(), null, pick(List.of(AbuseSetting.values())), null, null, null,
                        null, null, null));
                abuseCase.setVictims(caseVictims.stream()
                        .map(v -> AbuseVictim.of(v.getId(), Set.of(pick(List.of(AbuseForm.values()))))).toList());
                tx.saveAbuseCase(abuseCase, today);
                written++;
            }
            return written;
        });
        List<Injury> injuries = new ArrayList<>();
        for (int i = 0; i < size.injuries() && !saved.isEmpty(); i++) {
            Child child = saved.get(random.nextInt(saved.size()));
            long days = Math.max(1, today.toEpochDay() - child.getBirthDate().toEpochDay());
            LocalDate date = child.getBirthDate().plusDays(random.nextInt((int) days));
            injuries.add(Injury.of(child.getId(), date, pick(List.of(InjuryType.values())), pick(List.of(InjuryPlace.values())))
                    .withOutcome(false, random.nextInt(50) == 0).withTreatedAt("Trạm y tế xã"));
        }
        store.write(tx -> {
            injuries.forEach(injury -> tx.saveInjury(injury, false, today));
            return null;
        });
        int victimCount = Math.min(victims.size(), cases + Math.min(cases, twoVictimCases));
        return new Counts(saved.size(), size.villages(), memberships.size(), supports.size(), cases, victimCount,
                injuries.size());
    }

    private String family() {
        int total = 0;
        for (int w : FAMILY_WEIGHTS) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < FAMILY_WEIGHTS.length; i++) {
            r -= FAMILY_WEIGHTS[i];
            if (r < 0) {
                return FAMILY_NAMES.get(i);
            }
        }
        return FAMILY_NAMES.get(0);
    }

    private String name(String family, Sex sex) {
        boolean male = sex == Sex.MALE;
        return family + " " + pick(male ? MALE_MIDDLE : FEMALE_MIDDLE) + " " + pick(male ? MALE_GIVEN : FEMALE_GIVEN);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
