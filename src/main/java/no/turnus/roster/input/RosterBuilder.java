package no.turnus.roster.input;

import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Post;
import no.turnus.roster.domain.Requirement;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.ShiftType;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WeekWindow;
import no.turnus.roster.domain.Wish;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import no.turnus.problem.ConstraintWeights;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.Problems;
import no.turnus.roster.input.RosterDataset.Assignment;
import no.turnus.roster.rules.RosterRuleSet;
import no.turnus.roster.input.RosterDataset.Demand;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;

/**
 * Turns a valid dataset into the planning solution: demand becomes slots (competence and authorisation
 * places first, then any-competence places up to the minimum, then optional ones up to the preferred head
 * count), and a plan in the dataset is placed onto those slots.
 */
public final class RosterBuilder {

    private final RosterDataset dataset;
    private final Horizon horizon;
    private final Map<String, ShiftType> shiftTypes = new LinkedHashMap<>();
    private final Map<String, Employee> employees = new LinkedHashMap<>();
    /** Slots of each post, in the order they are filled: most specific requirement first. */
    private final Map<String, List<Slot>> slotsByPost = new LinkedHashMap<>();

    /**
     * The order the construction heuristic fills slots in: places needing a scarce competence first, then
     * required places, then optional ones; within each, day by day so that rest rules steer each next choice.
     */
    private static final java.util.Comparator<Slot> CONSTRUCTION_ORDER = java.util.Comparator
            .comparing((Slot slot) -> slot.getRequirement().type() == Requirement.Type.ANY)
            .thenComparing(Slot::isOptional)
            .thenComparingInt(Slot::startMinute);

    public RosterBuilder(RosterDataset dataset) {
        this.dataset = dataset;
        boolean mix = dataset.employees().stream().map(EmployeeSpec::formerOrganisation)
                .filter(o -> o != null && !o.isBlank()).distinct().count() > 1;
        this.horizon = new Horizon(dataset.startDate(), dataset.weeks(), dataset.cyclicRoster(), mix);
        dataset.shiftTypes().forEach(s -> shiftTypes.put(s.code(),
                ShiftType.of(s.code(), s.name(), s.start(), s.end(), s.paidHours(), s.category(), s.pauseMinutes(),
                        s.pausePaid())));
        Map<String, ContractRules> contracts = new HashMap<>();
        dataset.contracts().forEach(c -> contracts.put(c.id(), ContractRules.from(c)));
        ContractRules standard = ContractRules.defaults("standard");
        dataset.employees().forEach(e -> employees.put(e.id(),
                employee(e, e.contract() == null ? standard : contracts.get(e.contract()))));
        buildSlots();
    }

    public Horizon horizon() {
        return horizon;
    }

    private Employee employee(EmployeeSpec spec, ContractRules contract) {
        boolean[] unavailable = new boolean[horizon.days()];
        for (RosterDataset.Period period : spec.unavailable()) {
            // Clipped to the horizon first: the work is the horizon's days, whatever the period's length.
            long first = Math.max(0, ChronoUnit.DAYS.between(horizon.startDate(), period.from()));
            long last = Math.min(unavailable.length - 1L, ChronoUnit.DAYS.between(horizon.startDate(), period.last()));
            for (long index = first; index <= last; index++) {
                unavailable[(int) index] = true;
            }
        }
        double percent = spec.substitute() ? 0 : spec.positionPercent() == null ? 100 : spec.positionPercent();
        // Ferie is paid leave: its days are not owed, so each one takes a fifth of the full-time week off the hours.
        int fullTime = contract.fullTimeWeeklyMinutes() * horizon.weeks()
                - ferieDays(spec) * contract.fullTimeWeeklyMinutes() / FERIE_DAYS_PER_WEEK;
        int target = (int) Math.round(percent / 100 * fullTime);
        double wantsMore = spec.wantsMorePercent() == null ? 0 : spec.wantsMorePercent();
        double tolerance = contract.capsPositions() ? contract.positionTolerancePercent() : 0;
        int extra = (int) Math.round(target * tolerance / 100 + wantsMore / 100 * fullTime);
        return new Employee(spec.id(), spec.name() == null ? spec.id() : spec.name(), spec.competence(),
                new HashSet<>(spec.authorisations()), percent, contract, spec.homeWard(),
                new HashSet<>(spec.wards()), spec.formerOrganisation() == null ? "" : spec.formerOrganisation(),
                unavailable, target, extra, spec.substitute() ? spec.substituteCostPerHour() : 0, spec.substitute());
    }

    public int dayIndex(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(horizon.startDate(), day);
    }

    private void buildSlots() {
        // Lines by ward and shift type, so that each post looks only at its own lines.
        Map<String, List<Demand>> lines = new HashMap<>();
        dataset.demand().forEach(d -> lines.computeIfAbsent(d.ward() + "|" + d.shift(), k -> new ArrayList<>()).add(d));
        for (RosterDataset.Ward ward : dataset.wards()) {
            for (ShiftType shiftType : shiftTypes.values()) {
                List<Demand> own = lines.getOrDefault(ward.id() + "|" + shiftType.code(), List.of());
                for (int day = 0; day < horizon.days() && !own.isEmpty(); day++) {
                    Demand demand = demandFor(own, horizon.date(day));
                    if (demand != null) {
                        addSlots(Post.of(horizon, ward.id(), day, shiftType), demand);
                    }
                }
            }
        }
    }

    /** The most specific of a post's demand lines: dated, then by weekday, then every day. */
    private static Demand demandFor(List<Demand> lines, LocalDate date) {
        Demand best = null;
        int bestRank = -1;
        DayOfWeek weekday = date.getDayOfWeek();
        for (Demand demand : lines) {
            int rank = demand.date() != null ? (demand.date().equals(date) ? 2 : -1)
                    : demand.weekdays().isEmpty() ? 0 : demand.weekdays().contains(weekday) ? 1 : -1;
            if (rank > bestRank) {
                best = demand;
                bestRank = rank;
            }
        }
        return best;
    }

    private void addSlots(Post post, Demand demand) {
        List<Slot> slots = new ArrayList<>();
        String prefix = post.ward() + "-" + post.date() + "-" + post.shiftType().code() + "-";
        new TreeMap<>(demand.competences()).forEach((code, n) -> {
            for (int i = 0; i < n; i++) {
                slots.add(new Slot(prefix + (slots.size() + 1), post,
                        new Requirement(Requirement.Type.COMPETENCE, code), false));
            }
        });
        new TreeMap<>(demand.authorisations()).forEach((code, n) -> {
            for (int i = 0; i < n; i++) {
                slots.add(new Slot(prefix + (slots.size() + 1), post,
                        new Requirement(Requirement.Type.AUTHORISATION, code), false));
            }
        });
        int minimum = demand.minimum() == null ? 0 : demand.minimum();
        while (slots.size() < minimum) {
            slots.add(new Slot(prefix + (slots.size() + 1), post, Requirement.ANY, false));
        }
        int preferred = demand.preferred() == null ? minimum : demand.preferred();
        while (slots.size() < preferred) {
            slots.add(new Slot(prefix + (slots.size() + 1), post, Requirement.ANY, true));
        }
        int maximum = demand.maximum() == null ? preferred : demand.maximum();
        while (slots.size() < maximum) {
            slots.add(new Slot(prefix + (slots.size() + 1), post, Requirement.ANY, true, true));
        }
        if (shortNotice(post.date())) {
            slots.forEach(slot -> slot.setShortNotice(true));
        }
        if (!slots.isEmpty()) {
            slotsByPost.put(key(post.ward(), post.date(), post.shiftType().code()), slots);
        }
    }

    /** How long before a change of the arbeidsplan staff are to be told: 14 days (AML §10-3, HTA kap. 1 §6 pkt 6.8). */
    public static final int NOTICE_DAYS = 14;

    /** Whether a shift starting on this day is changed at short notice: within 14 days from the replanning day. */
    private boolean shortNotice(LocalDate date) {
        LocalDate on = dataset.replannedOn();
        return on != null && !date.isBefore(on) && date.isBefore(on.plusDays(NOTICE_DAYS));
    }

    private static String key(String ward, LocalDate date, String shift) {
        return ward + "|" + date + "|" + shift;
    }

    /** Places fixed shifts, the plan and the reference plan; each one that does not fit is a problem. */
    public void placePlan(Problems problems) {
        for (int e = 0; e < dataset.employees().size(); e++) {
            EmployeeSpec spec = dataset.employees().get(e);
            for (int f = 0; f < spec.fixed().size(); f++) {
                RosterDataset.FixedShift fixed = spec.fixed().get(f);
                place(new Assignment(spec.id(), fixed.date(), fixed.shift(), fixed.ward(), true),
                        Problems.at(Problems.at("$", "employees", e), "fixed", f), problems, false);
            }
        }
        for (int i = 0; i < dataset.assignments().size(); i++) {
            place(dataset.assignments().get(i), Problems.at("$", "assignments", i), problems, false);
        }
        for (int i = 0; i < dataset.reference().size(); i++) {
            place(dataset.reference().get(i), Problems.at("$", "reference", i), problems, true);
        }
    }

    private void place(Assignment assignment, String path, Problems problems, boolean asReference) {
        Employee employee = employees.get(assignment.employee());
        List<Slot> slots = slotsByPost.get(key(assignment.ward(), assignment.date(), assignment.shift()));
        if (slots == null) {
            problems.add(path, "there is no demand for shift " + assignment.shift() + " in ward "
                    + assignment.ward() + " on " + assignment.date());
            return;
        }
        if (!asReference && slots.stream().anyMatch(s -> s.getEmployee() == employee)) {
            if (!assignment.pinnedInPlace()) {
                problems.add(path, assignment.employee() + " already works shift " + assignment.shift() + " in ward "
                        + assignment.ward() + " on " + assignment.date());
            }
            return; // a fixed shift repeated in the plan (as stored by toDataset) is the same shift
        }
        // A place whose requirement the employee meets if there is one; else any free place, where the competence
        // rules judge it (a hand-made or imported plan may break them, and must still be scored).
        Slot free = null;
        for (Slot slot : slots) {
            boolean taken = asReference ? slot.getReference() != null : slot.getEmployee() != null;
            if (!taken && (free == null || slot.getRequirement().metBy(employee)
                    && !free.getRequirement().metBy(employee))) {
                free = slot;
            }
        }
        if (free == null) {
            problems.add(path, "shift " + assignment.shift() + " in ward " + assignment.ward() + " on "
                    + assignment.date() + " has no free place for " + assignment.employee());
            return;
        }
        if (asReference) {
            free.setReference(employee);
        } else {
            free.setEmployee(employee);
            free.setPinned(assignment.pinnedInPlace());
        }
    }

    public Roster build(Map<String, String> weightOverrides) {
        Problems problems = new Problems();
        placePlan(problems);
        problems.throwIfAny();
        Map<String, HardMediumSoftScore> weights = new LinkedHashMap<>();
        RosterRuleSet ruleSet = RosterRuleSet.find(dataset.ruleSet()).orElse(null);
        if (ruleSet == null) {
            problems.add("$.ruleSet", unknownRuleSet(dataset.ruleSet()));
        } else {
            ConstraintWeights.parse(dataset.constraintWeights(), "$.constraintWeights", ruleSet.rules(), weights,
                    problems);
            ConstraintWeights.parse(weightOverrides, "weightOverrides", ruleSet.rules(), weights, problems);
        }
        problems.throwIfAny();
        List<WeekWindow> weeks = new ArrayList<>();
        for (int w = 0; w < horizon.weeks(); w++) {
            weeks.add(WeekWindow.of(horizon, w));
        }
        List<Slot> slots = slotsByPost.values().stream().flatMap(List::stream).sorted(CONSTRUCTION_ORDER).toList();
        Roster roster = new Roster(dataset.name(), horizon, List.copyOf(employees.values()), wishes(), weeks, slots,
                ConstraintWeightOverrides.of(weights), ruleSet);
        roster.setFerieDays(ferieDays());
        return roster;
    }

    /** The reason of an absence that is ferie (the year roster writes it; a hand-made dataset may too). */
    public static final String FERIE = "ferie";

    /** Ferie is counted in weekdays: five to a week (ferieloven §5, HTA). */
    private static final int FERIE_DAYS_PER_WEEK = 5;

    /** The employee's ferie days in the horizon: weekdays that are not public holidays (ferieloven §5). */
    private int ferieDays(EmployeeSpec spec) {
        java.util.BitSet days = new java.util.BitSet();
        for (RosterDataset.Period period : spec.unavailable()) {
            if (FERIE.equalsIgnoreCase(period.reason())) {
                for (int day = Math.max(0, dayIndex(period.from()));
                     day <= Math.min(horizon.days() - 1, dayIndex(period.last())); day++) {
                    LocalDate date = horizon.date(day);
                    if (date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()
                            && !no.turnus.roster.domain.RedDays.isHoliday(date)) {
                        days.set(day);
                    }
                }
            }
        }
        return days.cardinality();
    }

    private Map<String, java.util.BitSet> ferieDays() {
        Map<String, java.util.BitSet> ferie = new HashMap<>();
        for (EmployeeSpec spec : dataset.employees()) {
            for (RosterDataset.Period period : spec.unavailable()) {
                if (FERIE.equalsIgnoreCase(period.reason())) {
                    int first = Math.max(0, dayIndex(period.from()));
                    int last = Math.min(horizon.days() - 1, dayIndex(period.last()));
                    if (first <= last) {
                        ferie.computeIfAbsent(spec.id(), id -> new java.util.BitSet()).set(first, last + 1);
                    }
                }
            }
        }
        return ferie;
    }

    public static String unknownRuleSet(String id) {
        return "unknown rule set '" + id + "' (known: " + RosterRuleSet.all().stream().map(RosterRuleSet::id).toList()
                + ")";
    }

    private List<Wish> wishes() {
        List<Wish> wishes = new ArrayList<>();
        for (EmployeeSpec spec : dataset.employees()) {
            for (RosterDataset.WishSpec wish : spec.wishes()) {
                int day = dayIndex(wish.date());
                if (day >= 0 && day < horizon.days()) {
                    wishes.add(new Wish(employees.get(spec.id()), wish.date(), day,
                            wish.shift() == null ? null : shiftTypes.get(wish.shift()),
                            wish.type() == RosterDataset.WishType.ON, wish.weight() == null ? 10 : wish.weight()));
                }
            }
        }
        return wishes;
    }

    /** The dataset with the roster's plan as its assignments (fixed shifts stay with the employees). */
    public static RosterDataset toDataset(RosterDataset source, Roster roster) {
        List<Assignment> plan = new ArrayList<>();
        for (Slot slot : roster.getSlots()) {
            if (slot.getEmployee() != null) {
                plan.add(new Assignment(slot.getEmployee().id(), slot.date(), slot.shiftType().code(), slot.ward(),
                        slot.isPinned() ? Boolean.TRUE : null));
            }
        }
        return source.withPlan(plan, source.reference());
    }

    /**
     * The draft without the assignments and reference shifts whose place does not exist in it (after a demand cut
     * in replanning, or on a dated line of a grunnturnus rolled out into a year); a fixed shift without a place is
     * an input error.
     */
    public static RosterDataset withoutUnplaceable(RosterDataset draft) {
        Problems problems = new Problems();
        new RosterBuilder(draft).placePlan(problems);
        if (problems.isEmpty()) {
            return draft;
        }
        Set<String> failed = new HashSet<>();
        problems.list().forEach(p -> failed.add(p.path().replaceAll("^(\\$\\.\\w+\\[\\d+]).*", "$1")));
        List<Assignment> plan = new ArrayList<>();
        for (int i = 0; i < draft.assignments().size(); i++) {
            if (!failed.contains("$.assignments[" + i + "]")) {
                plan.add(draft.assignments().get(i));
            }
        }
        List<Assignment> reference = new ArrayList<>();
        for (int i = 0; i < draft.reference().size(); i++) {
            if (!failed.contains("$.reference[" + i + "]")) {
                reference.add(draft.reference().get(i));
            }
        }
        if (failed.stream().anyMatch(p -> p.startsWith("$.employees"))) {
            throw new InvalidInputException(problems.list());
        }
        return draft.withPlan(plan, reference);
    }
}
