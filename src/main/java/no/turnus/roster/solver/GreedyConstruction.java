package no.turnus.roster.solver;

import static no.turnus.roster.rules.RosterRules.ABOVE_POSITION;
import static no.turnus.roster.rules.RosterRules.CHANGED_ASSIGNMENT;
import static no.turnus.roster.rules.RosterRules.COMPETENCE;
import static no.turnus.roster.rules.RosterRules.COMPLETE_WEEKENDS;
import static no.turnus.roster.rules.RosterRules.CONSECUTIVE_WEEKENDS;
import static no.turnus.roster.rules.RosterRules.CONTRACT_HOURS;
import static no.turnus.roster.rules.RosterRules.DAY_OFF_WISH;
import static no.turnus.roster.rules.RosterRules.FREE_AFTER_NIGHTS;
import static no.turnus.roster.rules.RosterRules.ISOLATED_DAYS_OFF;
import static no.turnus.roster.rules.RosterRules.ISOLATED_WORK_DAYS;
import static no.turnus.roster.rules.RosterRules.MAX_CONSECUTIVE_DAYS;
import static no.turnus.roster.rules.RosterRules.MIXED_ORGANISATIONS;
import static no.turnus.roster.rules.RosterRules.NIGHT_SERIES;
import static no.turnus.roster.rules.RosterRules.NIGHT_WORK;
import static no.turnus.roster.rules.RosterRules.OVERTIME_LIMITS;
import static no.turnus.roster.rules.RosterRules.PREFERRED_STAFFING;
import static no.turnus.roster.rules.RosterRules.SHORT_DAILY_REST;
import static no.turnus.roster.rules.RosterRules.SUNDAYS_AVERAGED;
import static no.turnus.roster.rules.RosterRules.SUNDAY_AFTER_SUNDAY;
import static no.turnus.roster.rules.RosterRules.SUBSTITUTE_COST;
import static no.turnus.roster.rules.RosterRules.WEEKEND_FREQUENCY;
import static no.turnus.roster.rules.RosterRules.WEIGHTED_HOURS;
import static no.turnus.roster.rules.RosterRules.WORK_WISH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import no.turnus.problem.Rule;
import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Post;
import no.turnus.roster.domain.Requirement;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.Wish;

/**
 * The first plan, built day by day without a single score calculation: every empty required place, scarce
 * competences first, goes to the legal employee ({@link StaffLedger}) whose rules it hurts least; then the optional
 * places go to whoever gains more than the empty place costs. Pinned and already filled places stay as they are.
 * First Fit asked the score of every employee for every place and took 10–30 s on roster-merged; this needs
 * only the ledger, so the first best solution is a whole roster within a second.
 *
 * <p>The costs estimate the soft rules of the roster's rule set that one more shift changes (contract hours, runs
 * of days, nights, weekends, wishes, the previous plan), in score points; a rule the set does not score costs
 * nothing. Local search corrects what the estimate gets wrong.
 */
public final class GreedyConstruction implements PhaseCommand<Roster> {

    /** The INRC-2010 rule (io.inrc) on a contract's number of shifts; scored only where the rule set has it. */
    private static final String MAX_ASSIGNMENTS = "Max assignments";
    /** How much being an hour behind one's share of the contract hours so far counts, in points. */
    private static final double BEHIND_PACE_PER_HOUR = 0.1;

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Roster roster = scoreDirector.getWorkingSolution();
        Pass pass = new Pass(roster);
        List<Slot> open = new ArrayList<>();
        for (Slot slot : roster.getSlots()) {
            if (slot.getEmployee() == null && !slot.isPinned()) {
                open.add(slot);
            }
        }
        pass.fill(scoreDirector, open, isPhaseTerminated);
        scoreDirector.triggerVariableListeners();
    }

    /**
     * One construction over the plan as it stands: the ledger, the wishes by employee, and the points of the rules
     * the rule set scores. {@link RuinRecreateMove} uses it to re-fill the places it empties.
     */
    static final class Pass {

        private final StaffLedger ledger;
        private final Roster roster;
        private final Horizon horizon;
        private final Map<Employee, List<Wish>> wishes = new IdentityHashMap<>();
        private final Map<Post, List<Employee>> posts = new IdentityHashMap<>();
        /**
         * Per place, the employees who may ever fill it ({@link EligibleMoves#eligible}, as {@link StaffLedger#mayTake}
         * asks), in the roster's order. Those rules do not depend on the plan, and on a roster of several wards and
         * competences most employees fail them: a ruin and recreate move asked all of them for every place it fills.
         */
        private final Map<Slot, List<Employee>> eligible = new IdentityHashMap<>();
        private final boolean competenceIsHard;
        /** The soft weight of each rule the roster's rule set scores, by name. */
        private final Map<String, Rule> scored = new HashMap<>();
        /** Whether {@link #staffPost} keeps its changes for {@link #rollback()}, and those changes. */
        private boolean recording;
        private final List<StaffChange> staffChanges = new ArrayList<>();

        Pass(Roster roster) {
            this.roster = roster;
            this.horizon = roster.getHorizon();
            for (Wish wish : roster.getWishes()) {
                wishes.computeIfAbsent(wish.employee(), e -> new ArrayList<>()).add(wish);
            }
            roster.getRuleSet().rules().forEach(rule -> scored.put(rule.name(), rule));
            this.competenceIsHard = scored.containsKey(COMPETENCE.ruleName());
            this.ledger = new StaffLedger(roster, new StaffLedger.Checks(competenceIsHard, hard(ABOVE_POSITION),
                    hard(SUNDAY_AFTER_SUNDAY), hard(SUNDAYS_AVERAGED), hard(OVERTIME_LIMITS), hard(NIGHT_WORK)));
            for (Slot slot : roster.getSlots()) {
                if (slot.getEmployee() != null) {
                    ledger.assign(slot, slot.getEmployee());
                    staffPost(slot, null, slot.getEmployee());
                }
            }
        }

        /**
         * Fills the given empty places: required before optional ones, day by day, and within a day the places few
         * people may fill first, each to the cheapest legal employee; then makes room for required places nobody
         * could take.
         */
        void fill(ScoreDirector<Roster> scoreDirector, List<Slot> slots, BooleanSupplier isTerminated) {
            List<Slot> open = new ArrayList<>(slots);
            open.sort(Comparator.comparing(Slot::isOptional).thenComparingInt(Slot::dayIndex)
                    .thenComparing(slot -> slot.getRequirement().type() == Requirement.Type.ANY));
            List<Slot> left = new ArrayList<>();
            for (Slot slot : open) {
                if (isTerminated.getAsBoolean()) {
                    break;
                }
                Employee chosen = choose(slot);
                if (chosen != null) {
                    assign(scoreDirector, slot, chosen);
                } else if (!slot.isOptional()) {
                    left.add(slot);
                }
            }
            for (Slot slot : left) {
                if (isTerminated.getAsBoolean()) {
                    break;
                }
                makeRoom(slot, scoreDirector);
            }
        }

        /** The plan this pass was made from. */
        Roster roster() {
            return roster;
        }

        void assign(ScoreDirector<Roster> scoreDirector, Slot slot, Employee employee) {
            Employee before = slot.getEmployee();
            scoreDirector.beforeVariableChanged(slot, "employee");
            slot.setEmployee(employee);
            scoreDirector.afterVariableChanged(slot, "employee");
            follow(slot, before, employee);
        }

        /** Takes a change of the slot's employee into the ledger and the posts' staff (made here or by the search). */
        void follow(Slot slot, Employee before, Employee after) {
            if (before != null) {
                ledger.unassign(slot, before);
            }
            if (after != null) {
                ledger.assign(slot, after);
            }
            staffPost(slot, before, after);
        }

        /** Keeps the staff of each post (for the mix of former organisations) up to date. */
        void staffPost(Slot slot, Employee before, Employee after) {
            List<Employee> staff = posts.computeIfAbsent(slot.getPost(), post -> new ArrayList<>(4));
            int removedAt = -1;
            if (before != null) {
                removedAt = staff.indexOf(before);
                if (removedAt >= 0) {
                    staff.remove(removedAt);
                }
            }
            if (after != null) {
                staff.add(after);
            }
            if (recording) {
                staffChanges.add(new StaffChange(staff, removedAt < 0 ? null : before, removedAt, after != null));
            }
        }

        /** A change of a post's staff: who was taken off it and where in its list, and whether one was added last. */
        private record StaffChange(List<Employee> staff, Employee removed, int removedAt, boolean added) {
        }

        /**
         * From now on, keeps every change to the ledger and the posts' staff, so that {@link #rollback()} puts this
         * pass back to the plan it was made from ({@link RuinRecreateMove} does its changes on one pass per step).
         */
        void record() {
            ledger.record();
            staffChanges.clear();
            recording = true;
        }

        /** Undoes the changes since {@link #record()}, latest first. */
        void rollback() {
            ledger.rollback();
            recording = false;
            for (int i = staffChanges.size() - 1; i >= 0; i--) {
                StaffChange change = staffChanges.get(i);
                if (change.added()) {
                    change.staff().remove(change.staff().size() - 1);
                }
                if (change.removed() != null) {
                    change.staff().add(change.removedAt(), change.removed());
                }
            }
            staffChanges.clear();
        }

        /** The legal employee with the lowest cost, or null; an optional place only when filling it pays. */
        Employee choose(Slot slot) {
            Employee best = pick(slot, true, null);
            if (best == null && !competenceIsHard) {
                best = pick(slot, false, null); // a rule set where a missing skill is only soft (INRC-2010)
            }
            if (best != null && slot.isOptional() && cost(best, slot) >= points(PREFERRED_STAFFING, null)) {
                return null;
            }
            return best;
        }

        /**
         * A required place nobody may take: find someone who could if one of her shifts within two days went to
         * another legal employee (or, when it is optional, stayed empty), and make that exchange. Rest between
         * shifts on nearby days is what usually blocks the last places of a day-by-day plan.
         */
        void makeRoom(Slot slot, ScoreDirector<Roster> scoreDirector) {
            int day = slot.dayIndex();
            for (Employee employee : roster.getEmployees()) {
                if (!slot.getRequirement().metBy(employee) && competenceIsHard) {
                    continue;
                }
                for (int offset = -2; offset <= 2; offset++) {
                    Slot blocking = ledger.shiftOn(employee, day + offset);
                    if (blocking == null || blocking.isPinned() || blocking.getEmployee() != employee) {
                        continue;
                    }
                    ledger.unassign(blocking, employee);
                    if (ledger.mayTake(employee, slot)) {
                        Employee other = pick(blocking, true, employee);
                        if (other != null || blocking.isOptional()) {
                            ledger.assign(blocking, employee); // assign() below takes it off her again
                            assign(scoreDirector, blocking, other);
                            assign(scoreDirector, slot, employee);
                            return;
                        }
                    }
                    ledger.assign(blocking, employee);
                }
            }
        }

        private Employee pick(Slot slot, boolean requireCompetence, Employee excluded) {
            Employee best = null;
            double bestCost = Double.MAX_VALUE;
            for (Employee employee : eligible(slot)) {
                if (employee == excluded || (requireCompetence && !slot.getRequirement().metBy(employee))
                        || !ledger.mayTake(employee, slot)) {
                    continue;
                }
                double cost = cost(employee, slot);
                if (cost < bestCost) {
                    best = employee;
                    bestCost = cost;
                }
            }
            return best;
        }

        private List<Employee> eligible(Slot slot) {
            return eligible.computeIfAbsent(slot, place -> roster.getEmployees().stream()
                    .filter(employee -> EligibleMoves.eligible(place, employee, competenceIsHard)).toList());
        }

        private boolean hard(Rule.Entry entry) {
            Rule rule = scored.get(entry.ruleName());
            return rule != null && rule.level() == Rule.Level.HARD && rule.weight() > 0;
        }

        /** Points of a rule for an employee's contract (the catalogue weight alone for null), 0 if not scored. */
        private double points(Rule.Entry rule, Employee employee) {
            return points(rule.ruleName(), employee);
        }

        private double points(String name, Employee employee) {
            Rule rule = scored.get(name);
            if (rule == null || rule.level() != Rule.Level.SOFT) {
                return 0;
            }
            if (employee == null || rule.contractWeight() == null) {
                return rule.weight();
            }
            return rule.weight() * employee.contract().weights().getOrDefault(name, rule.contractWeight());
        }

        /** Estimated change of the soft score (as a positive cost) if the employee takes the slot. */
        double cost(Employee employee, Slot slot) {
            ContractRules contract = employee.contract();
            int day = slot.dayIndex();
            int before = ledger.countedMinutes(employee);
            int after = ledger.countedMinutesWith(employee, slot);
            int target = employee.targetMinutes();
            double cost = employee.substitute() ? points(SUBSTITUTE_COST, null) * employee.costOf(slot.paidMinutes())
                    : points(contract.tredeltTurnus() ? WEIGHTED_HOURS : CONTRACT_HOURS, employee)
                    * (Math.abs(after - target) - Math.abs(before - target)) / 60.0;
            // Spread each person's hours over the horizon: whoever is furthest behind their share goes first.
            double due = (double) target * (day + 1) / horizon.days();
            cost -= BEHIND_PACE_PER_HOUR * (due - before) / 60.0;
            if (ledger.shifts(employee) >= contract.inrc().maxAssignments()) {
                cost += points(MAX_ASSIGNMENTS, employee);
            }
            cost += points(SHORT_DAILY_REST, employee) * ledger.shortRests(employee, slot);
            cost += organisationCost(employee, slot);
            cost += runCost(employee, contract, day);
            cost += nightCost(employee, contract, slot, day);
            cost += weekendCost(employee, contract, day);
            for (Wish wish : wishes.getOrDefault(employee, List.of())) {
                if (wish.concerns(slot)) {
                    cost += wish.wantsWork() ? -wish.weight() * points(WORK_WISH, null)
                            : wish.weight() * points(DAY_OFF_WISH, null);
                }
            }
            if (slot.getReference() == employee) {
                cost -= points(CHANGED_ASSIGNMENT, null);
            }
            return cost;
        }

        /** Merged wards: a post staffed from one former organisation only costs, so mix them when joining it. */
        private double organisationCost(Employee employee, Slot slot) {
            List<Employee> staff = posts.get(slot.getPost());
            if (!horizon.mixOrganisations() || staff == null || staff.isEmpty()) {
                return 0;
            }
            String organisation = staff.get(0).organisation();
            for (Employee other : staff) {
                if (!other.organisation().equals(organisation)) {
                    return 0; // already mixed
                }
            }
            boolean sameAsAll = organisation.equals(employee.organisation());
            if (sameAsAll) {
                return points(MIXED_ORGANISATIONS, null);
            }
            return staff.size() >= 2 ? -points(MIXED_ORGANISATIONS, null) : 0;
        }

        /** Runs of working days: continue a short run, never an overlong one, and leave no single day off. */
        private double runCost(Employee employee, ContractRules contract, int day) {
            int run = 0;
            while (run < horizon.days() && ledger.works(employee, day - 1 - run)) {
                run++;
            }
            if (run >= contract.maxConsecutiveWorkingDays()) {
                return points(MAX_CONSECUTIVE_DAYS, employee);
            }
            if (run > 0) {
                return run < contract.minConsecutiveWorkingDays() ? -points(ISOLATED_WORK_DAYS, employee) : 0;
            }
            double cost = points(ISOLATED_WORK_DAYS, employee) * Math.max(0, contract.minConsecutiveWorkingDays() - 1);
            if (ledger.works(employee, day - 2)) {
                cost += points(ISOLATED_DAYS_OFF, employee) * Math.max(0, contract.minConsecutiveFreeDays() - 1);
            }
            return cost;
        }

        /** Nights: a day shift too soon after a night, or one night too many in a series. */
        private double nightCost(Employee employee, ContractRules contract, Slot slot, int day) {
            if (slot.isNight()) {
                int nights = 0;
                while (nights < horizon.days() && isNight(ledger.shiftOn(employee, day - 1 - nights))) {
                    nights++;
                }
                return nights >= contract.maxConsecutiveNights() ? points(NIGHT_SERIES, employee) : 0;
            }
            double cost = 0;
            for (int back = 1; back <= contract.minFreeDaysAfterNights(); back++) {
                if (isNight(ledger.shiftOn(employee, day - back))) {
                    cost += points(FREE_AFTER_NIGHTS, employee);
                }
            }
            return cost;
        }

        private static boolean isNight(Slot slot) {
            return slot != null && slot.isNight();
        }

        /** Weekends: finish one already begun; begin one only within the agreed frequency, not two in a row. */
        private double weekendCost(Employee employee, ContractRules contract, int day) {
            int weekend = contract.weekendOf(horizon, day);
            if (weekend < 0) {
                return 0;
            }
            if (worksWeekend(employee, contract, weekend)) {
                return -points(COMPLETE_WEEKENDS, employee);
            }
            double cost = points(COMPLETE_WEEKENDS, employee);
            int worked = 0;
            for (int w = 0; w < contract.weekend().count(horizon); w++) {
                if (worksWeekend(employee, contract, w)) {
                    worked++;
                }
            }
            if (worked >= contract.allowedWeekends(horizon.weeks())) {
                cost += points(WEEKEND_FREQUENCY, employee);
            }
            if (weekend > 0 && worksWeekend(employee, contract, weekend - 1)
                    && contract.maxConsecutiveWorkingWeekends() <= 1) {
                cost += points(CONSECUTIVE_WEEKENDS, employee);
            }
            return cost;
        }

        private boolean worksWeekend(Employee employee, ContractRules contract, int weekend) {
            int start = contract.weekend().start(horizon, weekend);
            for (int d = start; d < start + contract.weekend().length(); d++) {
                if (ledger.works(employee, d)) {
                    return true;
                }
            }
            return false;
        }
    }
}
