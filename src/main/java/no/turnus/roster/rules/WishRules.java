package no.turnus.roster.rules;

import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static no.turnus.roster.rules.RosterRules.CHANGED_ASSIGNMENT;
import static no.turnus.roster.rules.RosterRules.DAY_OFF_WISH;
import static no.turnus.roster.rules.RosterRules.WORK_WISH;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import no.turnus.problem.Breach;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.Wish;

/** Wishes (ønsketurnus) and keeping the previous plan when replanning. */
public final class WishRules {

    private WishRules() {
    }

    /*
     * Both wish rules index shifts and wishes by day alone and compare the employee in the filter: a shift's day never
     * changes, so a move re-tests the day's few wishes instead of moving the shift between (employee, day) index keys.
     */

    public static Constraint dayOffWish(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .join(Wish.class, equal(Slot::dayIndex, Wish::dayIndex),
                        filtering((slot, wish) -> slot.employee() == wish.employee() && !wish.wantsWork()
                                && wish.concerns(slot)))
                .penalize(DAY_OFF_WISH.weight(), (slot, wish) -> wish.weight())
                .justifyWith((slot, wish, score) -> new Breach(wish.employee().id(), wish.date().toString(),
                        wish.describe() + " but has " + slot.label(), DAY_OFF_WISH.reference())
                        .nb(wish.describeNb() + ", men har " + slot.label()))
                .asConstraint(DAY_OFF_WISH.ruleName());
    }

    public static Constraint workWish(ConstraintFactory factory) {
        return factory.forEach(Wish.class)
                .filter(Wish::wantsWork)
                .ifNotExists(Slot.class, equal(Wish::dayIndex, Slot::dayIndex),
                        filtering((wish, slot) -> wish.employee() == slot.employee() && wish.concerns(slot)))
                .penalize(WORK_WISH.weight(), Wish::weight)
                .justifyWith((wish, score) -> new Breach(wish.employee().id(), wish.date().toString(),
                        wish.describe() + " but is not planned then", WORK_WISH.reference())
                        .nb(wish.describeNb() + ", men er ikke satt opp da"))
                .asConstraint(WORK_WISH.ruleName());
    }

    /**
     * A place whose employee differs from the previous plan. A change to a shift that starts within 14 days of the
     * replanning day costs twice: the arbeidsplan is to be told at least 14 days ahead (AML §10-3), and shorter
     * notice means pay for the shifted time (HTA kap. 1 §6 pkt 6.8), so the solver moves later shifts first.
     */
    public static Constraint changedAssignment(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Slot.class)
                .filter(slot -> slot.getReference() != null && slot.employee() != slot.getReference())
                .penalize(CHANGED_ASSIGNMENT.weight(), slot -> slot.isShortNotice() ? 2 : 1)
                .justifyWith((slot, score) -> new Breach(slot.getReference().id(), slot.date().toString(),
                        "no longer has " + slot.label() + " as in the previous plan"
                                + (slot.employee() == null ? "" : " (now " + slot.employee().id() + ")")
                                + (slot.isShortNotice() ? SHORT_NOTICE : ""),
                        CHANGED_ASSIGNMENT.reference())
                        .nb("har ikke lenger " + slot.label() + " som i forrige plan"
                                + (slot.employee() == null ? "" : " (nå " + slot.employee().id() + ")")
                                + (slot.isShortNotice() ? SHORT_NOTICE_NB : "")))
                .asConstraint(CHANGED_ASSIGNMENT.ruleName());
    }

    /** What a change within 14 days of the replanning day adds to its explanation. */
    public static final String SHORT_NOTICE = ", changed with less than 14 days' notice (AML §10-3; HTA kap. 1 §6 pkt 6.8)";
    static final String SHORT_NOTICE_NB = ", endret med kortere varsel enn 14 dager (AML §10-3; HTA kap. 1 §6 pkt 6.8)";
}
