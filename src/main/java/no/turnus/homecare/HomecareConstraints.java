package no.turnus.homecare;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import no.turnus.problem.Breach;

/**
 * The home-care rules. Hard: what is unsafe or impossible (competence, windows of mandatory visits, shift end,
 * double visits together, pinned and avoided caregivers). Medium: visits left unplanned, by priority. Soft:
 * travel, lateness the user tolerates, continuity of care, district, balance, overtime, changes to a
 * published plan. Weights are per minute where a rule counts minutes.
 */
public class HomecareConstraints implements ConstraintProvider {

    public static final String SKILL = "Competence or skill missing";
    public static final String SPECIALIST = "Specialist team required";
    public static final String WRONG_DATE = "Visit on another date";
    public static final String WINDOW = "Time window missed";
    public static final String SHIFT_END = "Back after shift end";
    public static final String DOUBLE_HALF = "Double visit half planned";
    public static final String DOUBLE_TOGETHER = "Double visit cannot start together";
    public static final String MAX_GAP = "Following visit too late";
    public static final String PINNED = "Pinned caregiver";
    public static final String AVOIDED = "Avoided caregiver";
    public static final String CAPACITY = "Car capacity exceeded";
    public static final String UNPLANNED = "Unplanned visit";
    public static final String TRAVEL = "Travel time";
    public static final String LATE = "Late within tolerance";
    public static final String CONTINUITY = "Distinct caregivers per user";
    public static final String PRIMARY = "Primary contact";
    public static final String PREFERRED = "Preferred caregiver";
    public static final String DISTRICT = "Own district";
    public static final String BALANCE = "Balanced workload";
    public static final String OVERTIME = "Overtime";
    public static final String CHANGED = "Changed caregiver";
    public static final String ROUTE_USED = "Route used";

    /** Every constraint name, the keys accepted in {@code constraintWeights}. */
    public static final List<String> NAMES = List.of(SKILL, SPECIALIST, WRONG_DATE, WINDOW, SHIFT_END, DOUBLE_HALF,
            DOUBLE_TOGETHER, MAX_GAP, PINNED, AVOIDED, CAPACITY, UNPLANNED, TRAVEL, LATE, CONTINUITY, PRIMARY, PREFERRED,
            DISTRICT, BALANCE, OVERTIME, CHANGED, ROUTE_USED);

    private static final String HPL = "Helsepersonelloven §4 (forsvarlighet)";
    private static final String SERVICE_DECISION = "Vedtak om helsetjenester i hjemmet (tidspunkt)";
    private static final String AML_OVERTIME = "AML §10-6 (overtid)";
    private static final String CONTINUITY_REF = "Kvalitetsforskriften §3 (kontinuitet); domain.md §3";
    private static final String LOCAL = "Local policy";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                skill(factory), specialist(factory), wrongDate(factory), window(factory), shiftEnd(factory),
                doubleHalfPlanned(factory), doubleTogether(factory), maxGap(factory), pinned(factory), avoided(factory),
                capacity(factory), unplanned(factory),
                travel(factory), late(factory), continuity(factory), primaryContact(factory), preferred(factory),
                district(factory), balance(factory), overtime(factory), changed(factory),
                routeUsed(factory) };
    }

    private static String who(Visit visit) {
        return visit.getUser().id();
    }

    // ---------------------------------------------------------------- hard

    Constraint skill(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::missesSkill)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((v, score) -> new Breach(who(v), v.when(), v.caregiver().id() + " ("
                        + v.caregiver().competence() + ", skills " + v.caregiver().skills() + ") lacks what visit "
                        + v.getVisitId() + " needs: " + v.getRequiredCompetence() + " " + v.getRequiredSkills(), HPL))
                .asConstraint(SKILL);
    }

    Constraint specialist(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::missesSpecialty)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " needs the "
                        + v.getSpecialty() + " team, but " + v.caregiver().id() + " is in " + v.caregiver().team().id(),
                        HPL))
                .asConstraint(SPECIALIST);
    }

    Constraint wrongDate(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getCaregiverDay().getDayIndex() != v.getDayIndex())
                .penalize(HardMediumSoftScore.ofHard(100))
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " of "
                        + v.getDays().date(v.getDayIndex()) + " is on " + v.getCaregiverDay().getId() + "'s route",
                        SERVICE_DECISION))
                .asConstraint(WRONG_DATE);
    }

    Constraint window(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.isMandatory() && v.lateBeyondTolerance() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, Visit::lateBeyondTolerance)
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " starts "
                        + v.lateMinutes() + " min after its window (" + v.windows() + "), "
                        + v.getLateTolerance() + " min tolerated", SERVICE_DECISION))
                .asConstraint(WINDOW);
    }

    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.minutesPastShiftEnd() > v.getCaregiverDay().getMaxOvertime())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        v -> v.minutesPastShiftEnd() - v.getCaregiverDay().getMaxOvertime())
                .justifyWith((v, score) -> new Breach(v.caregiver().id(), v.getCaregiverDay().getDate().toString(),
                        "is back at the end of the route at " + Visit.clock(v.returnTime()) + ", "
                        + v.minutesPastShiftEnd() + " min after the shift ends (at most "
                        + v.getCaregiverDay().getMaxOvertime() + " min overtime)", AML_OVERTIME))
                .asConstraint(SHIFT_END);
    }

    /**
     * Medium, not hard: the construction places one part at a time, and the first part of a double visit must
     * be worth placing (10 + 5 with one part placed, against 20 with none). A half-planned double visit is
     * reported as not made: the coordinator needs a second caregiver for it.
     */
    Constraint doubleHalfPlanned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(v -> v.isDouble() && v.getPart() == 0)
                .join(factory.forEachIncludingUnassigned(Visit.class).filter(v -> v.getPart() == 1),
                        equal(Visit::getVisitId))
                .filter((a, b) -> (a.getCaregiverDay() == null) != (b.getCaregiverDay() == null))
                .penalize(HardMediumSoftScore.ofMedium(5))
                .justifyWith((a, b, score) -> new Breach(who(a), a.getDays().date(a.getDayIndex()).toString(),
                        "double-staffed visit " + a.getVisitId() + " has only one caregiver planned", HPL))
                .asConstraint(DOUBLE_HALF);
    }

    /**
     * Both parts on one route, or double visits in crossed order on two routes, wait on each other forever:
     * {@link VisitTimeUpdater} marks them (and what follows them) inconsistent, without times.
     */
    Constraint doubleTogether(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isInconsistent)
                .penalize(HardMediumSoftScore.ofHard(60))
                .justifyWith((v, score) -> new Breach(who(v), v.getDays().date(v.getDayIndex()).toString(),
                        "visit " + v.getVisitId() + " cannot be timed: the parts of a double visit are on one "
                        + "caregiver's route, double visits are in crossed order, or a visit comes before the one "
                        + "it must follow", HPL))
                .asConstraint(DOUBLE_TOGETHER);
    }

    /**
     * A visit that follows another (sequenced pair) starts later than its maximum gap allows, per minute. Joined
     * with the predecessor so that a change to the predecessor's start alone re-scores the pair.
     */
    Constraint maxGap(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getPredecessor() != null)
                .join(Visit.class, equal(Visit::getPredecessor, v -> v))
                .filter((second, first) -> second.minutesPastMaxGap() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, (second, first) -> second.minutesPastMaxGap())
                .justifyWith((second, first, score) -> new Breach(who(second), second.when(), "visit "
                        + second.getVisitId() + " starts " + (second.getStartTime() - first.getStartTime())
                        + " min after visit " + first.getVisitId() + ", at most " + second.getMaxGap()
                        + " min allowed", SERVICE_DECISION))
                .asConstraint(MAX_GAP);
    }

    Constraint pinned(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getPinnedCaregiver() != null && !v.getPinnedCaregiver().equals(v.caregiver().id()))
                .penalize(HardMediumSoftScore.ofHard(10))
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId()
                        + " is confirmed with " + v.getPinnedCaregiver() + " but planned for " + v.caregiver().id(),
                        LOCAL))
                .asConstraint(PINNED);
    }

    Constraint avoided(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getUser().avoided().contains(v.caregiver().id()))
                .penalize(HardMediumSoftScore.ofHard(10))
                .justifyWith((v, score) -> new Breach(who(v), v.when(), v.caregiver().id()
                        + " must not visit this user", "Pasient- og brukerrettighetsloven §3-1 (medvirkning)"))
                .asConstraint(AVOIDED);
    }

    /** Per unit of load over what the car carries on one route (visits without a load are left out). */
    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getLoad() > 0)
                .groupBy(Visit::getCaregiverDay, sum(Visit::getLoad))
                .filter((day, load) -> load > day.getCaregiver().capacity())
                .penalize(HardMediumSoftScore.ONE_HARD, (day, load) -> load - day.getCaregiver().capacity())
                .justifyWith((day, load, score) -> new Breach(day.getCaregiver().id(), day.getDate().toString(),
                        "the route needs " + load + " in the car, which takes " + day.getCaregiver().capacity(),
                        LOCAL))
                .asConstraint(CAPACITY);
    }

    // ---------------------------------------------------------------- medium

    Constraint unplanned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(v -> v.getCaregiverDay() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, Visit::priorityWeight)
                .justifyWith((v, score) -> new Breach(who(v), v.getDays().date(v.getDayIndex()) + " " + v.windows(),
                        (v.isMandatory() ? "mandatory" : "movable") + " visit " + v.getVisitId()
                        + (v.isDouble() ? " (part " + (v.getPart() + 1) + " of 2)" : "") + " is not planned",
                        SERVICE_DECISION))
                .asConstraint(UNPLANNED);
    }

    // ---------------------------------------------------------------- soft

    Constraint travel(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.travelFromPrevious() + v.travelToEnd() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, v -> v.travelFromPrevious() + v.travelToEnd())
                .justifyWith((v, score) -> new Breach(v.caregiver().id(), v.when(), v.travelFromPrevious()
                        + " min driving to " + v.getUser().id()
                        + (v.travelToEnd() > 0 ? " and " + v.travelToEnd() + " min back" : ""), LOCAL))
                .asConstraint(TRAVEL);
    }

    Constraint late(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.lateMinutes() > 0 && (v.lateBeyondTolerance() == 0 || !v.isMandatory()))
                .penalize(HardMediumSoftScore.ofSoft(2), Visit::lateMinutes)
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " starts "
                        + v.lateMinutes() + " min after its window (" + v.windows() + ")", SERVICE_DECISION))
                .asConstraint(LATE);
    }

    Constraint continuity(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .groupBy(Visit::getUser, countDistinct(Visit::caregiver))
                .filter((user, count) -> count > 1)
                .penalize(HardMediumSoftScore.ofSoft(30), (user, count) -> count - 1)
                .justifyWith((user, count, score) -> new Breach(user.id(), "",
                        "meets " + count + " different caregivers in the plan", CONTINUITY_REF))
                .asConstraint(CONTINUITY);
    }

    Constraint primaryContact(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getUser().primaryContact() != null
                        && !v.getUser().primaryContact().equals(v.caregiver().id()))
                .penalize(HardMediumSoftScore.ofSoft(10))
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " is made by "
                        + v.caregiver().id() + ", not by the primary contact " + v.getUser().primaryContact(),
                        CONTINUITY_REF))
                .asConstraint(PRIMARY);
    }

    Constraint preferred(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> !v.getUser().preferred().isEmpty() && !v.getUser().preferred().contains(v.caregiver().id())
                        && !v.caregiver().id().equals(v.getUser().primaryContact()))
                .penalize(HardMediumSoftScore.ofSoft(5))
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " is made by "
                        + v.caregiver().id() + ", none of the preferred caregivers " + v.getUser().preferred(),
                        CONTINUITY_REF))
                .asConstraint(PREFERRED);
    }

    Constraint district(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getUser().district() != null && !v.caregiver().team().isSpecialist()
                        && !v.getUser().district().equals(v.caregiver().team().district()))
                .penalize(HardMediumSoftScore.ofSoft(15))
                .justifyWith((v, score) -> new Breach(v.caregiver().id(), v.when(), "of team "
                        + v.caregiver().team().id() + " (" + v.caregiver().team().district() + ") visits "
                        + v.getUser().id() + " in district " + v.getUser().district(), LOCAL))
                .asConstraint(DISTRICT);
    }

    /** Visit minutes spread over the caregivers who have visits; unfairness is the root of squared deviations. */
    Constraint balance(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .groupBy(loadBalance(Visit::caregiver, v -> v.getDuration()))
                .filter(balance -> balance.unfairness().signum() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, balance -> balance.unfairness().intValue())
                .justifyWith((balance, score) -> new Breach("all caregivers", "",
                        "visit minutes are unevenly spread (unfairness " + balance.unfairness().intValue()
                        + " min)", LOCAL))
                .asConstraint(BALANCE);
    }

    Constraint overtime(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.minutesPastShiftEnd() > 0)
                .penalize(HardMediumSoftScore.ofSoft(3), Visit::minutesPastShiftEnd)
                .justifyWith((v, score) -> new Breach(v.caregiver().id(), v.getCaregiverDay().getDate().toString(),
                        v.minutesPastShiftEnd() + " min overtime: back at " + Visit.clock(v.returnTime()), AML_OVERTIME))
                .asConstraint(OVERTIME);
    }

    Constraint changed(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getReferenceCaregiver() != null && !v.getReferenceCaregiver().equals(v.caregiver().id()))
                .penalize(HardMediumSoftScore.ofSoft(20))
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " moved from "
                        + v.getReferenceCaregiver() + " to " + v.caregiver().id(), LOCAL))
                .asConstraint(CHANGED);
    }

    /**
     * A fixed cost per caregiver-day route with at least one visit. Off by default (weight 0, so it costs no score
     * calculation): the dataset sets the cost as the weight in {@code constraintWeights}, e.g. the Solomon adapter
     * makes one vehicle cost more than any distance it could save (vehicles first, then distance).
     */
    Constraint routeUsed(ConstraintFactory factory) {
        return factory.forEach(CaregiverDay.class)
                .filter(d -> !d.getVisits().isEmpty())
                .penalize(HardMediumSoftScore.ZERO)
                .justifyWith((d, score) -> new Breach(d.getCaregiver().id(), d.getDate().toString(),
                        d.getCaregiver().id() + "'s route on " + d.getDate() + " is used: fixed cost "
                        + score.negate().toShortString(), LOCAL))
                .asConstraint(ROUTE_USED);
    }
}
