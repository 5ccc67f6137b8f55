package no.turnus.roster.rules;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static no.turnus.roster.rules.RosterRules.COMPETENCE;
import static no.turnus.roster.rules.RosterRules.MIXED_ORGANISATIONS;
import static no.turnus.roster.rules.RosterRules.OVERSTAFFED;
import static no.turnus.roster.rules.RosterRules.PREFERRED_STAFFING;
import static no.turnus.roster.rules.RosterRules.SUBSTITUTE_COST;
import static no.turnus.roster.rules.RosterRules.UNAVAILABLE;
import static no.turnus.roster.rules.RosterRules.UNCOVERED;
import static no.turnus.roster.rules.RosterRules.WARD_NOT_ALLOWED;
import static no.turnus.roster.rules.RosterStreams.hours;
import static no.turnus.roster.rules.RosterStreams.lackingCompetence;
import static no.turnus.roster.rules.RosterStreams.timer;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import no.turnus.problem.Breach;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Slot;

/** Coverage and competence: who may fill a place, and places left empty or filled beyond the staffing plan. */
public final class CoverageRules {

    private CoverageRules() {
    }

    public static Constraint unavailable(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> slot.employee().isUnavailable(slot.dayIndex()))
                .penalize(UNAVAILABLE.weight())
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        "is unavailable (leave or sick) but has " + slot.label(), UNAVAILABLE.reference())
                        .nb("er borte (permisjon eller syk), men har " + slot.label()))
                .asConstraint(UNAVAILABLE.ruleName());
    }

    /** What the pool's substitutes cost (vikarpool): their paid hours at their hourly cost, one point per krone. */
    public static Constraint substituteCost(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> slot.employee().substitute())
                .penalize(SUBSTITUTE_COST.weight(), slot -> slot.employee().costOf(slot.paidMinutes()))
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        "substitute for " + slot.label() + ": " + hours(slot.paidMinutes()) + " h at "
                                + Math.round(slot.employee().costPerHour()) + " kr/h = "
                                + slot.employee().costOf(slot.paidMinutes()) + " kr", SUBSTITUTE_COST.reference())
                        .nb("vikar på " + slot.label() + ": " + timer(slot.paidMinutes()) + " t à "
                                + Math.round(slot.employee().costPerHour()) + " kr/t = "
                                + slot.employee().costOf(slot.paidMinutes()) + " kr"))
                .asConstraint(SUBSTITUTE_COST.ruleName());
    }

    /** Law, not a preference: no contract weight, and weights may only tighten it. */
    public static Constraint competence(ConstraintFactory factory) {
        return lackingCompetence(factory)
                .penalize(COMPETENCE.weight())
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        "fills a place on " + slot.label() + " that needs " + slot.getRequirement()
                                + " but is " + slot.employee().competence(), COMPETENCE.reference())
                        .nb("fyller en plass på " + slot.label() + " som krever " + slot.getRequirement()
                                + ", men er " + slot.employee().competence()))
                .asConstraint(COMPETENCE.ruleName());
    }

    public static Constraint wardNotAllowed(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(slot -> !slot.employee().mayWorkIn(slot.ward()))
                .penalize(WARD_NOT_ALLOWED.weight())
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        "is not allowed to work in ward " + slot.ward() + " (" + slot.label() + ")",
                        WARD_NOT_ALLOWED.reference())
                        .nb("har ikke lov til å jobbe på avdeling " + slot.ward() + " (" + slot.label() + ")"))
                .asConstraint(WARD_NOT_ALLOWED.ruleName());
    }

    public static Constraint overstaffed(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(Slot::isSurplus)
                .penalize(OVERSTAFFED.weight())
                .justifyWith((slot, score) -> new Breach(slot.employee().id(), slot.date().toString(),
                        "is one more than the staffing plan allows on " + slot.label(), OVERSTAFFED.reference())
                        .nb("er én mer enn bemanningsplanen tillater på " + slot.label()))
                .asConstraint(OVERSTAFFED.ruleName());
    }

    public static Constraint uncovered(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Slot.class)
                .filter(slot -> slot.employee() == null && !slot.isOptional())
                .penalize(UNCOVERED.weight())
                .justifyWith((slot, score) -> new Breach(slot.ward(), slot.date().toString(),
                        "nobody on " + slot.label() + " (place needing " + slot.getRequirement() + ", slot "
                                + slot.getId() + ")", UNCOVERED.reference())
                        .nb("ingen på " + slot.label() + " (plass som krever " + slot.getRequirement() + ", plass "
                                + slot.getId() + ")"))
                .asConstraint(UNCOVERED.ruleName());
    }

    public static Constraint preferredStaffing(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Slot.class)
                .filter(slot -> slot.employee() == null && slot.isOptional() && !slot.isSurplus())
                .penalize(PREFERRED_STAFFING.weight())
                .justifyWith((slot, score) -> new Breach(slot.ward(), slot.date().toString(),
                        slot.label() + " is staffed at the minimum, below the preferred head count",
                        PREFERRED_STAFFING.reference())
                        .nb(slot.label() + " har minimumsbemanning, under ønsket bemanning"))
                .asConstraint(PREFERRED_STAFFING.ruleName());
    }

    /**
     * The horizon is filtered before the join, not in it: a join's own filter is tested again on every update of a
     * post's group, and Timefold then looks the group up in the horizon's list of every post joined to it.
     */
    public static Constraint mixedOrganisations(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .groupBy(Slot::getPost, countDistinct(slot -> slot.employee().organisation()), count())
                .join(factory.forEach(Horizon.class).filter(Horizon::mixOrganisations))
                .filter((post, organisations, staff, horizon) -> staff >= 2 && organisations < 2)
                .penalize(MIXED_ORGANISATIONS.weight())
                .justifyWith((post, organisations, staff, horizon, score) -> new Breach(post.ward(),
                        post.date().toString(), "all " + staff + " on " + post.label()
                                + " come from the same former organisation", MIXED_ORGANISATIONS.reference())
                        .nb("alle " + staff + " på " + post.label() + " kommer fra samme tidligere organisasjon"))
                .asConstraint(MIXED_ORGANISATIONS.ruleName());
    }
}
