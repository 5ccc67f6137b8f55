package no.turnus.homecare.rules;

import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static no.turnus.homecare.rules.HomecareRules.DOUBLE_HALF;
import static no.turnus.homecare.rules.HomecareRules.DOUBLE_TOGETHER;
import static no.turnus.homecare.rules.HomecareRules.GREATEST_LATENESS;
import static no.turnus.homecare.rules.HomecareRules.LATE;
import static no.turnus.homecare.rules.HomecareRules.MAX_GAP;
import static no.turnus.homecare.rules.HomecareRules.MEAL_PAUSE;
import static no.turnus.homecare.rules.HomecareRules.WINDOW;
import static no.turnus.homecare.rules.HomecareRules.WRONG_DATE;
import static no.turnus.homecare.rules.HomecareRules.who;

import java.util.Comparator;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.Visit;
import no.turnus.problem.Breach;

/** Timing: dates and time windows of the service decisions, double visits and sequenced visits. */
public final class TimingRules {

    private TimingRules() {
    }

    public static Constraint wrongDate(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getCaregiverDay().getDayIndex() != v.getDayIndex())
                .penalize(WRONG_DATE.weight())
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " of "
                        + v.getDays().date(v.getDayIndex()) + " is on " + v.getCaregiverDay().getId() + "'s route",
                        WRONG_DATE.reference())
                        .nb("besøk " + v.getVisitId() + " " + v.getDays().date(v.getDayIndex()) + " ligger på ruta til "
                                + v.getCaregiverDay().getId()))
                .asConstraint(WRONG_DATE.ruleName());
    }

    public static Constraint window(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.isMandatory() && v.lateBeyondTolerance() > 0)
                .penalize(WINDOW.weight(), Visit::lateBeyondTolerance)
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " starts "
                        + v.lateMinutes() + " min after its window (" + v.windows() + "), "
                        + v.getLateTolerance() + " min tolerated", WINDOW.reference())
                        .nb("besøk " + v.getVisitId() + " starter " + v.lateMinutes() + " min etter tidsvinduet ("
                                + v.windows() + "), " + v.getLateTolerance() + " min tålt"))
                .asConstraint(WINDOW.ruleName());
    }

    /**
     * Medium, not hard: the construction places one part at a time, and the first part of a double visit must
     * be worth placing (10 + 5 with one part placed, against 20 with none). A half-planned double visit is
     * reported as not made: the coordinator needs a second caregiver for it.
     */
    public static Constraint doubleHalfPlanned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(v -> v.isDouble() && v.getPart() == 0)
                .join(factory.forEachIncludingUnassigned(Visit.class).filter(v -> v.getPart() == 1),
                        equal(Visit::getVisitId))
                .filter((a, b) -> (a.getCaregiverDay() == null) != (b.getCaregiverDay() == null))
                .penalize(DOUBLE_HALF.weight())
                .justifyWith((a, b, score) -> new Breach(who(a), a.getDays().date(a.getDayIndex()).toString(),
                        "double-staffed visit " + a.getVisitId() + " has only one caregiver planned", DOUBLE_HALF.reference())
                        .nb("dobbeltbesøk " + a.getVisitId() + " har bare én ansatt planlagt"))
                .asConstraint(DOUBLE_HALF.ruleName());
    }

    /**
     * Both parts on one route, or double visits in crossed order on two routes, wait on each other forever:
     * {@link VisitTimeUpdater} marks them (and what follows them) inconsistent, without times.
     */
    public static Constraint doubleTogether(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isInconsistent)
                .penalize(DOUBLE_TOGETHER.weight())
                .justifyWith((v, score) -> new Breach(who(v), v.getDays().date(v.getDayIndex()).toString(),
                        "visit " + v.getVisitId() + " cannot be timed: the parts of a double visit are on one "
                        + "caregiver's route, double visits are in crossed order, or a visit comes before the one "
                        + "it must follow", DOUBLE_TOGETHER.reference())
                        .nb("besøk " + v.getVisitId() + " kan ikke tidfestes: delene av et dobbeltbesøk ligger på én "
                                + "ansatts rute, dobbeltbesøk ligger i kryssende rekkefølge, eller et besøk kommer før "
                                + "det skal følge"))
                .asConstraint(DOUBLE_TOGETHER.ruleName());
    }

    /**
     * A visit that follows another (sequenced pair) starts later than its maximum gap allows, per minute. Joined
     * with the predecessor so that a change to the predecessor's start alone re-scores the pair.
     */
    public static Constraint maxGap(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getPredecessor() != null)
                .join(Visit.class, equal(Visit::getPredecessor, v -> v))
                .filter((second, first) -> second.minutesPastMaxGap() > 0)
                .penalize(MAX_GAP.weight(), (second, first) -> second.minutesPastMaxGap())
                .justifyWith((second, first, score) -> new Breach(who(second), second.when(), "visit "
                        + second.getVisitId() + " starts " + (second.getStartTime() - first.getStartTime())
                        + " min after visit " + first.getVisitId() + ", at most " + second.getMaxGap()
                        + " min allowed", MAX_GAP.reference())
                        .nb("besøk " + second.getVisitId() + " starter " + (second.getStartTime() - first.getStartTime())
                                + " min etter besøk " + first.getVisitId() + ", høyst " + second.getMaxGap()
                                + " min tillatt"))
                .asConstraint(MAX_GAP.ruleName());
    }

    public static Constraint late(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.lateMinutes() > 0 && (v.lateBeyondTolerance() == 0 || !v.isMandatory()))
                .penalize(LATE.weight(), Visit::lateMinutes)
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " starts "
                        + v.lateMinutes() + " min after its window (" + v.windows() + ")", LATE.reference())
                        .nb("besøk " + v.getVisitId() + " starter " + v.lateMinutes() + " min etter tidsvinduet (" + v.windows() + ")"))
                .asConstraint(LATE.ruleName());
    }

    /**
     * The greatest lateness of any visit in the plan, per minute, once per plan: the max-tardiness term of the
     * Mankowska objective (off by default). Only late visits reach the collector, each as its lateness captured
     * when it was inserted, so that a visit re-timed later is taken out by the value it went in with.
     */
    public static Constraint greatestLateness(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.lateMinutes() > 0)
                .groupBy(ConstraintCollectors.max(v -> new Lateness(v, v.lateMinutes()), Lateness.ORDER))
                .penalize(GREATEST_LATENESS.weight(), Lateness::minutes)
                .justifyWith((late, score) -> new Breach(who(late.visit()), late.visit().when(), "visit "
                        + late.visit().getVisitId() + " starts " + late.minutes() + " min after its window ("
                        + late.visit().windows() + "), the greatest lateness of the plan",
                        GREATEST_LATENESS.reference())
                        .nb("besøk " + late.visit().getVisitId() + " starter " + late.minutes()
                                + " min etter tidsvinduet (" + late.visit().windows()
                                + "), den største forsinkelsen i planen"))
                .asConstraint(GREATEST_LATENESS.ruleName());
    }

    /** A late visit and its lateness when it was collected; ties ordered by the part's id, so each is kept apart. */
    private record Lateness(Visit visit, int minutes) {
        static final Comparator<Lateness> ORDER = Comparator.comparingInt(Lateness::minutes)
                .thenComparing(late -> late.visit().getId());
    }

    /**
     * The route's meal pause (AML §10-9) starts after its window, per minute: the caregiver is busy from before the
     * window opens to after it closes. Counted on the last visit of a route, which carries where the pause fell.
     */
    public static Constraint mealPause(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.pauseLateMinutes() > 0)
                .penalize(MEAL_PAUSE.weight(), Visit::pauseLateMinutes)
                .justifyWith((v, score) -> new Breach(v.caregiver().id(), v.getCaregiverDay().getDate().toString(),
                        "gets the " + v.getCaregiverDay().getPause().minutes() + " min meal pause at "
                        + Visit.clock(v.routePauseStart()) + ", " + v.pauseLateMinutes() + " min after its window ("
                        + Visit.clock(v.getCaregiverDay().getPause().from()) + "–"
                        + Visit.clock(v.getCaregiverDay().getPause().to()) + ")", MEAL_PAUSE.reference())
                        .nb("får matpausen på " + v.getCaregiverDay().getPause().minutes() + " min kl. "
                                + Visit.clock(v.routePauseStart()) + ", " + v.pauseLateMinutes() + " min etter vinduet ("
                                + Visit.clock(v.getCaregiverDay().getPause().from()) + "–"
                                + Visit.clock(v.getCaregiverDay().getPause().to()) + ")"))
                .asConstraint(MEAL_PAUSE.ruleName());
    }
}
