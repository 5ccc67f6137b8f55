package no.turnus.roster.rules;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static no.turnus.roster.rules.RosterRules.FAIR_LONG_SHIFTS;
import static no.turnus.roster.rules.RosterRules.FAIR_NIGHTS;
import static no.turnus.roster.rules.RosterRules.FAIR_WEEKENDS;
import static no.turnus.roster.rules.RosterStreams.weekendsWorked;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import no.turnus.problem.Breach;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Slot;

/** Fairness: nights, weekends and long shifts spread evenly among staff of the same competence. */
public final class FairnessRules {

    private FairnessRules() {
    }

    public static Constraint fairNights(ConstraintFactory factory) {
        return fairness(factory.forEach(Slot.class).filter(Slot::isNight).groupBy(Slot::employee, count()),
                FAIR_NIGHTS, "nights", "nattevakter");
    }

    public static Constraint fairWeekends(ConstraintFactory factory) {
        return fairness(weekendsWorked(factory),
                FAIR_WEEKENDS, "weekends", "helger");
    }

    public static Constraint fairLongShifts(ConstraintFactory factory) {
        return fairness(factory.forEach(Slot.class).filter(slot -> slot.shiftType().isLong())
                        .groupBy(Slot::employee, count()),
                FAIR_LONG_SHIFTS, "long shifts", "langvakter");
    }

    /**
     * Spread of a load (nights, weekends...) among staff of the same competence, each load scaled to a
     * full-time position so that a 50 % position is expected to carry half. Penalised by the unfairness of
     * the loads, in hundredths ({@link Unfairness}: the whole part of Timefold's load-balance unfairness).
     */
    private static Constraint fairness(BiConstraintStream<Employee, Integer> loads, RosterRules rule, String what,
                                       String hva) {
        return loads.complement(Employee.class, employee -> 0)
                .filter((employee, load) -> employee.positionPercent() > 0)
                .groupBy((employee, load) -> employee.competence(),
                        Unfairness.of((Employee employee, Integer load) -> employee,
                                (employee, load) -> Math.round(load * 10_000.0 / employee.positionPercent())))
                .filter((competence, unfairness) -> unfairness >= 0)
                .penalize(rule.weight(), (competence, unfairness) -> unfairness / 10)
                .justifyWith((competence, unfairness, score) -> new Breach(competence, "",
                        "uneven share of " + what + " among " + competence + " staff (unfairness "
                                + unfairness / 100 + " per full-time position)",
                        rule.reference())
                        .nb("ujevn fordeling av " + hva + " blant ansatte med kompetansen " + competence + " (skjevhet "
                                + unfairness / 100 + " per hele stilling)"))
                .asConstraint(rule.ruleName());
    }
}
