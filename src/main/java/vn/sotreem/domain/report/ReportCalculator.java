package vn.sotreem.domain.report;

import static vn.sotreem.domain.report.DisaggregationKey.DIA_DIEM;
import static vn.sotreem.domain.report.DisaggregationKey.GIOI_TINH;
import static vn.sotreem.domain.report.DisaggregationKey.HINH_THUC;
import static vn.sotreem.domain.report.DisaggregationKey.LOAI;
import static vn.sotreem.domain.report.DisaggregationKey.MOI_TRUONG;
import static vn.sotreem.domain.report.DisaggregationKey.NHOM;
import static vn.sotreem.domain.report.DisaggregationKey.NHOM_TUOI;
import static vn.sotreem.domain.report.DisaggregationKey.THON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.child.Ages;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.child.EventDates;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryField;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.domain.calendar.WorkingDays;

/**
 * Computes the indicator report of a register for a period (report-spec "Period", "Indicators" and
 * "Checks before export"). The catalogue says which indicators are reported and how they are cut;
 * the counting rules are here:
 * <ul>
 * <li>stock indicators count children "in the commune" on {@code den_ngay} (entered on or before it
 * or entry unknown, and not moved away or dead on or before it) aged under 16 on that day, with their
 * age band on that day; a membership is open on {@code den_ngay} when it started on or before it and
 * did not end before it;</li>
 * <li>event indicators count events dated in the period, both ends included, of every child of the
 * register whatever became of the child, with the age band on the event's day;</li>
 * <li>"distinct" is per cell: a child (or a case) counts once in a cell however many of its events
 * fall in it, and once in each cell one of its events falls in — a child injured twice by two types
 * counts once in the total and once in each type's row; a victim with two forms once in the total
 * and once per form;</li>
 * <li>rates are computed cell by cell from their numerator and denominator, rounded half-up to 2
 * decimals, and left empty (with a warning) when the denominator is zero;</li>
 * <li>every combination of the code lists is emitted, zeros included; {@code thon} has one value per
 * village of the register, names that fold equal (Hòa/Hoà) being one village.</li>
 * </ul>
 * A child who lacks what a count needs (birth date, sex, village) and an event outside the child's
 * life (before birth, from the 16th birthday, after death) are errors and are left out of the
 * counts; the error names the child.
 *
 * <p>One pass over each list of the register: each record adds to the cells it belongs to, so the
 * work grows with the register, not with the number of cells.
 */
public final class ReportCalculator {

    private static final int KEYS = DisaggregationKey.values().length;

    private final IndicatorCatalogue catalogue;
    /** For each measure, the cuts the report needs (its own rows and the rates built on it). */
    private final Map<Measure, Set<List<DisaggregationKey>>> cuts = new EnumMap<>(Measure.class);

    /**
     * @throws IllegalArgumentException when the catalogue names a counted indicator without a rule
     *                                  here, or cuts one by a key its records do not carry
     */
    public ReportCalculator(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
        for (IndicatorDefinition d : catalogue.indicators()) {
            List<String> counted = d.rate() == null ? List.of(d.id())
                    : List.of(d.rate().numerator(), d.rate().denominator());
            for (String id : counted) {
                Measure measure = Measure.byId(id);
                if (measure == null) {
                    throw new IllegalArgumentException("No counting rule for indicator " + id);
                }
                for (List<DisaggregationKey> cut : d.disaggregations()) {
                    if (!measure.keys.containsAll(cut)) {
                        throw new IllegalArgumentException(d.id() + ": " + id + " cannot be cut by " + cut);
                    }
                    cuts.computeIfAbsent(measure, m -> new LinkedHashSet<>()).add(cut);
                }
            }
        }
    }

    /** The calculator of the catalogue shipped with the application. */
    public static ReportCalculator bundled() {
        return new ReportCalculator(IndicatorCatalogue.bundled());
    }

    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    /**
     * The report of {@code register} for {@code period}. {@code workingDays} and {@code now} date the
     * warnings about abuse cases past their legal limits.
     */
    public IndicatorReport compute(RegisterSnapshot register, ReportPeriod period, WorkingDays workingDays,
                                   LocalDateTime now) {
        return compute(register, period, workingDays, now, true);
    }

    /** The report; the abuse indicators count the cases {@link AbuseCase#countsAsAbuse} admits. */
    public IndicatorReport compute(RegisterSnapshot register, ReportPeriod period, WorkingDays workingDays,
                                   LocalDateTime now, boolean countOpenAbuseCases) {
        return new Run(register, period, workingDays, now, countOpenAbuseCases).report();
    }

    /** One computation: the register's indexes, the tallies being filled and the problems found. */
    private final class Run {

        private final RegisterSnapshot register;
        private final ReportPeriod period;
        private final LocalDate from;
        private final LocalDate to;
        private final WorkingDays workingDays;
        private final LocalDateTime now;
        private final boolean countOpenAbuseCases;

        private final SnapshotIndex index;
        /** Shortcuts into the index, read on every record. */
        private final Child[] children;
        private final int[] villageOf;
        private final Map<Measure, List<Tally>> tallies = new EnumMap<>(Measure.class);
        private final Map<Measure, Map<List<DisaggregationKey>, Tally>> tallyByCut = new EnumMap<>(Measure.class);
        private final int[] dims = new int[KEYS];
        private final List<ReportProblem> problems = new ArrayList<>();
        /** Children already reported as incomplete, or as gone at an unknown date, so that each is named once. */
        private final Set<Long> incompleteReported = new HashSet<>();
        private final Set<Long> undatedStatusReported = new HashSet<>();

        Run(RegisterSnapshot register, ReportPeriod period, WorkingDays workingDays, LocalDateTime now, boolean countOpen) {
            this.register = register;
            this.index = new SnapshotIndex(register);
            this.children = index.children;
            this.villageOf = index.villageOf;
            this.period = period;
            this.from = period.from();
            this.to = period.to();
            this.workingDays = workingDays;
            this.now = now;
            this.countOpenAbuseCases = countOpen;
        }

        IndicatorReport report() {
            createTallies();
            countChildrenOnLastDay();
            countInjuries();
            countAbuseCases();
            List<ReportRow> rows = ReportRows.build(catalogue, tallyByCut, index.villageNames, problems);
            List<ReportProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing(p -> !p.isError())); // stable: errors first, each in finding order
            return new IndicatorReport(period, catalogue.version(), rows, sorted);
        }

        /** {@link ReportPeriod#contains} with the bounds worked out once, not on every record. */
        private boolean inPeriod(LocalDate date) {
            return ReportPeriod.within(date, from, to);
        }

        private void createTallies() {
            Map<DisaggregationKey, Integer> sizes = new EnumMap<>(DisaggregationKey.class);
            for (DisaggregationKey key : DisaggregationKey.values()) {
                sizes.put(key, key.codes(index.villageNames).size());
            }
            cuts.forEach((measure, measureCuts) -> {
                Map<List<DisaggregationKey>, Tally> byCut = new LinkedHashMap<>();
                for (List<DisaggregationKey> cut : measureCuts) {
                    byCut.put(cut, new Tally(cut, sizes));
                }
                tallyByCut.put(measure, byCut);
                tallies.put(measure, List.copyOf(byCut.values()));
            });
        }

        private void add(Measure measure, long entity) {
            add(measure, entity, 1);
        }

        private void add(Measure measure, long entity, long weight) {
            List<Tally> list = tallies.get(measure);
            if (list != null) {
                for (Tally t : list) {
                    t.add(entity, dims, weight);
                }
            }
        }

        // ---- stock: the children in the commune on den_ngay ----

        private void countChildrenOnLastDay() {
            List<HcdbGroup>[] openGroups = openMemberships();
            List<LocalDate>[] supportDays = byPlace();
            for (Support s : register.supports()) {
                if (inPeriod(s.date())) {
                    int place = index.place(s.childId());
                    if (supportDays[place] == null) {
                        supportDays[place] = new ArrayList<>();
                    }
                    supportDays[place].add(s.date());
                }
            }
            // Every child counts once in every cut of the population: counted first per sex, age band
            // and village, then each cut gets the sums (one tally update per combination, not per child).
            int bands = AgeBand.values().length;
            int villages = index.villageNames.size();
            long[] population = new long[Sex.values().length * bands * villages];
            for (int place = 0; place < children.length; place++) {
                Child c = children[place];
                if (!inCommuneOn(c, to) || !complete(c)) {
                    continue;
                }
                AgeBand band = AgeBand.of(c.getBirthDate(), to);
                if (band == null) {
                    continue; // 16 or older on den_ngay, or born after it
                }
                long id = c.getId();
                population[(c.getSex().ordinal() * bands + band.ordinal()) * villages + villageOf[place]]++;
                List<HcdbGroup> groups = openGroups[place];
                if (groups == null) {
                    continue;
                }
                childDims(place, band);
                add(Measure.HCDB_CHILDREN, id);
                for (HcdbGroup g : groups) {
                    dims[NHOM.ordinal()] = g.ordinal();
                    add(Measure.HCDB_BY_GROUP, id);
                }
                dims[NHOM.ordinal()] = -1;
                boolean supported = false;
                for (LocalDate day : Objects.requireNonNullElse(supportDays[place], List.<LocalDate>of())) {
                    supported |= eventDateValid(c, day, "ngày trợ giúp", null); // every support checked, so each error is named
                }
                if (supported) {
                    add(Measure.HCDB_SUPPORTED, id);
                }
            }
            addPopulation(population, bands, villages);
        }

        /** The population counted per sex, age band and village into the cuts; each combination is one record. */
        private void addPopulation(long[] population, int bands, int villages) {
            Arrays.fill(dims, -1);
            for (int cell = 0; cell < population.length; cell++) {
                if (population[cell] > 0) {
                    dims[GIOI_TINH.ordinal()] = cell / (bands * villages);
                    dims[NHOM_TUOI.ordinal()] = cell / villages % bands;
                    dims[THON.ordinal()] = cell % villages;
                    add(Measure.POPULATION, -1L - cell, population[cell]); // ids of children are positive
                }
            }
        }

        /** A list per child, by place, made only for the children that have something. */
        @SuppressWarnings("unchecked")
        private <T> List<T>[] byPlace() {
            return (List<T>[]) new List<?>[children.length];
        }

        /** Groups open on den_ngay per child; warns of open memberships of children who have left. */
        private List<HcdbGroup>[] openMemberships() {
            List<HcdbGroup>[] open = byPlace();
            for (Membership m : register.memberships()) {
                if (m.fromDate() == null || !m.isOpenOn(to)) {
                    continue;
                }
                int place = index.place(m.childId());
                if (open[place] == null) {
                    open[place] = new ArrayList<>();
                }
                open[place].add(m.group());
                Child c = children[place];
                String group = "nhóm HCĐB “" + m.group().code() + ". " + m.group().label() + "”";
                // Closing the membership on the day the child left is right; open beyond it is not.
                if (hasLeftBy(c, to) && c.getStatusDate() != null
                        && (m.toDate() == null || m.toDate().isAfter(c.getStatusDate()))) {
                    problems.add(ReportProblem.childWarning(c, "Trẻ " + c.getCode() + " có tình trạng “"
                            + c.getStatus().label() + "” từ " + DateText.format(c.getStatusDate())
                            + " nhưng vẫn còn trong " + group + " đến " + DateText.format(to) + "."));
                } else if (c.getBirthDate() != null && !hasLeftBy(c, to)
                        && Ages.ageOn(c.getBirthDate(), to) >= Ages.CHILD_AGE_LIMIT) {
                    problems.add(ReportProblem.childWarning(c, "Trẻ " + c.getCode() + " đủ 16 tuổi từ "
                            + DateText.format(Ages.sixteenthBirthday(c.getBirthDate())) + " nhưng vẫn còn trong "
                            + group + " đến " + DateText.format(to) + "."));
                }
            }
            return open;
        }

        /** The report-spec rule: entered on or before {@code day} (or unknown), and not left on or before it. */
        private boolean inCommuneOn(Child c, LocalDate day) {
            if (c.getEntryDate() != null && c.getEntryDate().isAfter(day)) {
                return false;
            }
            if (c.getStatus() != ChildStatus.LIVING_HERE && c.getStatusDate() == null
                    && undatedStatusReported.add(c.getId())) {
                problems.add(ReportProblem.childError(c, "Trẻ " + c.getCode() + " có tình trạng “"
                        + c.getStatus().label() + "” nhưng chưa có ngày thay đổi tình trạng: không biết trẻ còn ở xã ngày "
                        + DateText.format(day) + " hay không."));
            }
            return !hasLeftBy(c, day);
        }

        /** Moved away or died on or before {@code day}; with no date the child is taken as gone. */
        private boolean hasLeftBy(Child c, LocalDate day) {
            return c.getStatus() != ChildStatus.LIVING_HERE
                    && (c.getStatusDate() == null || !c.getStatusDate().isAfter(day));
        }

        // ---- events: injuries ----

        private void countInjuries() {
            List<Injury> inPeriod = new ArrayList<>();
            for (Injury i : register.injuries()) {
                if (inPeriod(i.date())) {
                    inPeriod.add(i);
                }
            }
            // Grouped by child, so that each child's contributions come together (see Tally).
            inPeriod.sort(Comparator.comparingLong(Injury::childId));
            for (Injury i : inPeriod) {
                int place = index.place(i.childId());
                Child c = children[place];
                if (!complete(c) || !eventDateValid(c, i.date(), "ngày bị tai nạn, thương tích",
                        ReportProblem.Fault.of(ReportProblem.Fault.Kind.INJURY, i.id(), InjuryField.DATE.key()))) {
                    continue;
                }
                childDims(place, AgeBand.of(c.getBirthDate(), i.date()));
                dims[LOAI.ordinal()] = i.type() == null ? -1 : i.type().ordinal();
                dims[DIA_DIEM.ordinal()] = i.place() == null ? -1 : i.place().ordinal();
                add(Measure.INJURED, c.getId());
                if (i.died()) {
                    add(Measure.INJURY_DEATHS, c.getId());
                }
                if (i.disabled()) {
                    add(Measure.INJURY_DISABLED, c.getId());
                }
            }
        }

        // ---- events: abuse cases ----

        private record VictimOfCase(AbuseCase abuseCase, AbuseVictim victim) {
        }

        private void countAbuseCases() {
            List<VictimOfCase> victims = new ArrayList<>();
            long caseNumber = 0;
            for (AbuseCase c : register.abuseCases()) {
                Intake intake = c.getIntake();
                LocalDate occurred = intake == null ? null : intake.occurredOn();
                boolean counted = inPeriod(occurred);
                if (counted || intake != null && inPeriod(intake.receivedOn())) {
                    problems.addAll(OverdueSteps.of(c, workingDays, now));
                }
                if (!counted || !c.countsAsAbuse(countOpenAbuseCases)) {
                    continue; // not confirmed, referred elsewhere, or (as the settings say) not concluded yet
                }
                caseNumber++;
                Arrays.fill(dims, -1);
                dims[MOI_TRUONG.ordinal()] = intake.setting() == null ? -1 : intake.setting().ordinal();
                boolean administrative = c.getPerpetrators().stream()
                        .anyMatch(p -> p.handling() == HandlingRoute.ADMINISTRATIVE);
                long fines = c.getPerpetrators().stream().mapToLong(Perpetrator::fine).sum();
                EnumSet<AbuseForm> forms = EnumSet.noneOf(AbuseForm.class);
                c.getVictims().forEach(v -> forms.addAll(v.forms()));
                for (AbuseForm form : forms.isEmpty() ? List.<AbuseForm>of() : forms) {
                    dims[HINH_THUC.ordinal()] = form.ordinal();
                    addCase(caseNumber, administrative, fines);
                }
                if (forms.isEmpty()) {
                    addCase(caseNumber, administrative, fines); // counted in the totals, in no form's row
                }
                c.getVictims().forEach(v -> victims.add(new VictimOfCase(c, v)));
            }
            victims.sort(Comparator.comparingLong(v -> v.victim().childId()));
            for (VictimOfCase vc : victims) {
                AbuseVictim v = vc.victim();
                Intake intake = vc.abuseCase().getIntake();
                int place = index.place(v.childId());
                Child c = children[place];
                if (!complete(c) || !eventDateValid(c, intake.occurredOn(), "ngày xảy ra vụ việc " + vc.abuseCase().getCode(),
                        ReportProblem.Fault.of(ReportProblem.Fault.Kind.ABUSE_CASE, vc.abuseCase().getId(), AbuseCaseRules.OCCURRED))) {
                    continue;
                }
                childDims(place, AgeBand.of(c.getBirthDate(), intake.occurredOn()));
                dims[MOI_TRUONG.ordinal()] = intake.setting() == null ? -1 : intake.setting().ordinal();
                for (AbuseForm form : v.forms().isEmpty() ? List.<AbuseForm>of() : v.orderedForms()) {
                    dims[HINH_THUC.ordinal()] = form.ordinal();
                    addVictim(c.getId(), v.supported());
                }
                if (v.forms().isEmpty()) {
                    addVictim(c.getId(), v.supported());
                }
            }
        }

        private void addCase(long caseNumber, boolean administrative, long fines) {
            add(Measure.ABUSE_CASES, caseNumber);
            if (administrative) {
                add(Measure.ABUSE_ADMINISTRATIVE, caseNumber);
            }
            add(Measure.ABUSE_FINES, caseNumber, fines);
        }

        private void addVictim(long childId, boolean supported) {
            add(Measure.ABUSE_VICTIMS, childId);
            if (supported) {
                add(Measure.ABUSE_VICTIMS_SUPPORTED, childId);
            }
        }

        // ---- shared checks of a child ----

        /** A child the counts can place: birth date (or estimated age), sex and village known. */
        private boolean complete(Child c) {
            if (c.getBirthDate() != null && c.getSex() != null && !VietnameseText.isBlank(c.getVillage())) {
                return true; // nearly every child: no list of what is missing
            }
            List<String> missing = new ArrayList<>();
            if (c.getBirthDate() == null) {
                missing.add("ngày sinh hoặc tuổi ước lượng");
            }
            if (c.getSex() == null) {
                missing.add("giới tính");
            }
            if (VietnameseText.isBlank(c.getVillage())) {
                missing.add("thôn/tổ dân phố");
            }
            if (incompleteReported.add(c.getId())) {
                problems.add(ReportProblem.childError(c, "Trẻ " + c.getCode() + " chưa có " + String.join(", ", missing)
                        + ": không tính được vào số liệu."));
            }
            return false;
        }

        /** The event-date rule of the register (not before birth, not from 16, not after death); errors are named. */
        /** {@code fault}: the event's record and date field, which the check names (null: the child's record). */
        private boolean eventDateValid(Child c, LocalDate date, String what, ReportProblem.Fault fault) {
            // den_ngay as "today": events of the period are never in the future of the report.
            List<Problem> found = EventDates.check(date, c, to, "", what);
            if (found.isEmpty()) {
                return true; // nearly every record
            }
            List<Problem> errors = found.stream().filter(Problem::isError).toList();
            errors.forEach(p -> problems.add(ReportProblem.childError(c, "Trẻ " + c.getCode() + ": " + p.message()).at(fault)));
            return errors.isEmpty();
        }

        private void childDims(int place, AgeBand band) {
            Arrays.fill(dims, -1);
            dims[GIOI_TINH.ordinal()] = children[place].getSex().ordinal();
            dims[NHOM_TUOI.ordinal()] = band == null ? -1 : band.ordinal();
            dims[THON.ordinal()] = villageOf[place];
        }

    }
}
