package no.turnus.homecare.rules;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.collectAndThen;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static no.turnus.homecare.rules.HomecareRules.BALANCE;
import static no.turnus.homecare.rules.HomecareRules.CAPACITY;
import static no.turnus.homecare.rules.HomecareRules.OVERTIME;
import static no.turnus.homecare.rules.HomecareRules.ROUTE_USED;
import static no.turnus.homecare.rules.HomecareRules.SHIFT_END;
import static no.turnus.homecare.rules.HomecareRules.TRAVEL;
import static no.turnus.homecare.rules.HomecareRules.UNPLANNED;
import static no.turnus.homecare.rules.HomecareRules.who;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.Visit;
import no.turnus.problem.Breach;

/** Routing: routes within shift and car, visits left unplanned, travel, workload and route costs. */
public final class RoutingRules {

    private RoutingRules() {
    }

    public static Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.minutesPastShiftEnd() > v.getCaregiverDay().getMaxOvertime())
                .penalize(SHIFT_END.weight(),
                        v -> v.minutesPastShiftEnd() - v.getCaregiverDay().getMaxOvertime())
                .justifyWith((v, score) -> new Breach(v.caregiver().id(), v.getCaregiverDay().getDate().toString(),
                        "is back at the end of the route at " + Visit.clock(v.returnTime()) + ", "
                        + v.minutesPastShiftEnd() + " min after the shift ends (at most "
                        + v.getCaregiverDay().getMaxOvertime() + " min overtime)", SHIFT_END.reference())
                        .nb("er tilbake ved slutten av ruta kl. " + Visit.clock(v.returnTime()) + ", "
                                + v.minutesPastShiftEnd() + " min etter vaktslutt (høyst "
                                + v.getCaregiverDay().getMaxOvertime() + " min overtid)"))
                .asConstraint(SHIFT_END.ruleName());
    }

    /** Per unit of load over what the car carries on one route (visits without a load are left out). */
    public static Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getLoad() > 0)
                .groupBy(Visit::getCaregiverDay, sum(Visit::getLoad))
                .filter((day, load) -> load > day.getCaregiver().capacity())
                .penalize(CAPACITY.weight(), (day, load) -> load - day.getCaregiver().capacity())
                .justifyWith((day, load, score) -> new Breach(day.getCaregiver().id(), day.getDate().toString(),
                        "the route needs " + load + " in the car, which takes " + day.getCaregiver().capacity(),
                        CAPACITY.reference())
                        .nb("ruta trenger " + load + " plasser i bilen, som har " + day.getCaregiver().capacity()))
                .asConstraint(CAPACITY.ruleName());
    }

    public static Constraint unplanned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(v -> v.getCaregiverDay() == null)
                .penalize(UNPLANNED.weight(), Visit::priorityWeight)
                .justifyWith((v, score) -> new Breach(who(v), v.getDays().date(v.getDayIndex()) + " " + v.windows(),
                        (v.isMandatory() ? "mandatory" : "movable") + " visit " + v.getVisitId()
                        + (v.isDouble() ? " (part " + (v.getPart() + 1) + " of 2)" : "") + " is not planned",
                        UNPLANNED.reference())
                        .nb((v.isMandatory() ? "nødvendig" : "flyttbart") + " besøk " + v.getVisitId()
                                + (v.isDouble() ? " (del " + (v.getPart() + 1) + " av 2)" : "") + " er ikke planlagt"))
                .asConstraint(UNPLANNED.ruleName());
    }

    public static Constraint travel(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.travelFromPrevious() + v.travelToEnd() > 0)
                .penalize(TRAVEL.weight(), v -> v.travelFromPrevious() + v.travelToEnd())
                .justifyWith((v, score) -> new Breach(v.caregiver().id(), v.when(), v.travelFromPrevious()
                        + " min driving to " + v.getUser().id()
                        + (v.travelToEnd() > 0 ? " and " + v.travelToEnd() + " min back" : ""), TRAVEL.reference())
                        .nb(v.travelFromPrevious() + " min kjøring til " + v.getUser().id()
                                + (v.travelToEnd() > 0 ? " og " + v.travelToEnd() + " min tilbake" : "")))
                .asConstraint(TRAVEL.ruleName());
    }

    /**
     * Visit minutes spread over the caregivers who have visits; unfairness is the root of squared deviations. Summed
     * per route (a caregiver's load is the same sum of visit minutes, and a caregiver counts when a route has a
     * visit), so that a move re-weighs only the routes whose lists it changed, not every visit whose times it moved,
     * and the unfairness (a square root in BigDecimal) is taken once per change, not again by the filter and the
     * penalty: together 18 % of a local search step on the Narvik sample (benchmarks/RESULTS.md).
     */
    public static Constraint balance(ConstraintFactory factory) {
        return factory.forEach(CaregiverDay.class)
                .filter(day -> !day.getVisits().isEmpty())
                .groupBy(collectAndThen(loadBalance(CaregiverDay::getCaregiver, RoutingRules::visitMinutes),
                        LoadBalance::unfairness))
                .filter(unfairness -> unfairness.signum() > 0)
                .penalize(BALANCE.weight(), unfairness -> unfairness.intValue())
                .justifyWith((unfairness, score) -> new Breach("all caregivers", "",
                        "visit minutes are unevenly spread (unfairness " + unfairness.intValue()
                        + " min)", BALANCE.reference())
                        .nb("alle ansatte", "", "besøkstiden er ujevnt fordelt (skjevhet "
                                + unfairness.intValue() + " min)"))
                .asConstraint(BALANCE.ruleName());
    }

    /** The minutes of the route's visits. */
    private static long visitMinutes(CaregiverDay day) {
        List<Visit> visits = day.getVisits();
        long minutes = 0;
        for (int k = 0; k < visits.size(); k++) {
            minutes += visits.get(k).getDuration();
        }
        return minutes;
    }

    public static Constraint overtime(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.minutesPastShiftEnd() > 0)
                .penalize(OVERTIME.weight(), Visit::minutesPastShiftEnd)
                .justifyWith((v, score) -> new Breach(v.caregiver().id(), v.getCaregiverDay().getDate().toString(),
                        v.minutesPastShiftEnd() + " min overtime: back at " + Visit.clock(v.returnTime()), OVERTIME.reference())
                        .nb(v.minutesPastShiftEnd() + " min overtid: tilbake kl. " + Visit.clock(v.returnTime())))
                .asConstraint(OVERTIME.ruleName());
    }

    /**
     * A fixed cost per caregiver-day route with at least one visit. Off by default (weight 0, so it costs no score
     * calculation): the dataset sets the cost as the weight in {@code constraintWeights}, e.g. the Solomon adapter
     * makes one vehicle cost more than any distance it could save (vehicles first, then distance).
     */
    public static Constraint routeUsed(ConstraintFactory factory) {
        return factory.forEach(CaregiverDay.class)
                .filter(d -> !d.getVisits().isEmpty())
                .penalize(ROUTE_USED.weight())
                .justifyWith((d, score) -> new Breach(d.getCaregiver().id(), d.getDate().toString(),
                        d.getCaregiver().id() + "'s route on " + d.getDate() + " is used: fixed cost "
                        + score.negate().toShortString(), ROUTE_USED.reference())
                        .nb("ruta til " + d.getCaregiver().id() + " " + d.getDate() + " er i bruk: fast kostnad "
                                + score.negate().toShortString()))
                .asConstraint(ROUTE_USED.ruleName());
    }
}
