package no.turnus.homecare;

import no.turnus.homecare.domain.Caregiver;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.Competence;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.TravelMode;
import no.turnus.homecare.domain.User;
import no.turnus.homecare.domain.Visit;

import static no.turnus.homecare.HomecareFixture.at;
import static no.turnus.homecare.HomecareFixture.route;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import no.turnus.problem.Breach;
import no.turnus.homecare.rules.ContinuityRules;
import no.turnus.homecare.rules.HomecareConstraints;
import no.turnus.homecare.rules.HomecareRules;
import no.turnus.homecare.rules.RoutingRules;
import no.turnus.homecare.rules.TimingRules;

/**
 * One test per rule: it penalises the situation it is about, by the right match weight (minutes or count,
 * before the constraint weight), and leaves the rest alone.
 */
class HomecareConstraintsTest {

    private final ConstraintVerifier<HomecareConstraints, HomecarePlan> verifier =
            ConstraintVerifier.build(new HomecareConstraints(), HomecarePlan.class, CaregiverDay.class, Visit.class);
    private final HomecareFixture f = new HomecareFixture();

    private Visit simple(String id, int home) {
        return f.visit(id, f.user("u-" + id, home), at(0, 7, 0), at(0, 14, 0), 20);
    }

    @Test
    void competenceAndSkills() {
        Visit insulin = f.visit("insulin", f.user("u1", 1), 0, at(0, 7, 0), at(0, 9, 0), 10, Competence.HEALTH_WORKER,
                Set.of("insulin"), null, true, 0, null);
        Visit wound = f.visit("wound", f.user("u2", 2), 0, at(0, 7, 0), at(0, 12, 0), 20, Competence.NURSE,
                Set.of(), null, true, 0, null);
        Visit care = simple("care", 3);
        route(f.day(f.worker("ola"), 0), insulin, wound, care);
        Visit insulinByNurse = f.visit("insulin2", f.user("u4", 4), 0, at(0, 7, 0), at(0, 12, 0), 10,
                Competence.HEALTH_WORKER, Set.of("insulin"), null, true, 0, null);
        route(f.day(f.nurse("kari"), 0), insulinByNurse);
        // Ola lacks the insulin skill and is not a nurse; Kari (nurse, insulin) may do a health worker's visit.
        verifier.verifyThat((p, f) -> ContinuityRules.skill(f)).givenSolution(f.update()).penalizesBy(2);
    }

    @Test
    void specialistTeam() {
        Visit palliative = f.visit("pall", f.user("u1", 1), 0, at(0, 7, 0), at(0, 12, 0), 30, null, Set.of(),
                "palliative", true, 0, null);
        Visit palliative2 = f.visit("pall2", f.user("u2", 2), 0, at(0, 7, 0), at(0, 12, 0), 30, null, Set.of(),
                "palliative", true, 0, null);
        route(f.day(f.nurse("kari"), 0), palliative);
        route(f.day(f.caregiver("siri", f.palliative, Competence.NURSE), 0), palliative2);
        verifier.verifyThat((p, f) -> ContinuityRules.specialist(f)).givenSolution(f.update()).penalizesBy(1);
        verifier.verifyThat((p, f) -> ContinuityRules.specialist(f)).givenSolution(f.plan())
                .justifiesWith(new Breach("u1", "2026-03-02T07:10",
                        "visit pall needs the palliative team, but kari is in north", "Helsepersonelloven §4 (forsvarlighet)"));
    }

    @Test
    void wrongDate() {
        Visit tuesday = f.visit("tue", f.user("u1", 1), 1, at(1, 7, 0), at(1, 12, 0), 20, null, Set.of(), null, true,
                0, null);
        route(f.day(f.nurse("kari"), 0), tuesday, simple("mon", 2));
        verifier.verifyThat((p, f) -> TimingRules.wrongDate(f)).givenSolution(f.update()).penalizesBy(1);
    }

    @Test
    void timeWindowOfMandatoryVisitsBeyondTolerance() {
        // 40 min to home 4: starts 07:40, window closed 07:20, 10 min tolerated: 10 min beyond.
        Visit late = f.visit("late", f.user("u4", 4), 0, at(0, 7, 0), at(0, 7, 20), 30, null, Set.of(), null, true,
                10, null);
        Visit optionalLate = f.visit("opt", f.user("u1", 1), 0, at(0, 7, 0), at(0, 7, 5), 30, null, Set.of(), null,
                false, 0, null);
        route(f.day(f.nurse("kari"), 0), late);
        route(f.day(f.nurse("ola"), 0), optionalLate);
        verifier.verifyThat((p, f) -> TimingRules.window(f)).givenSolution(f.update()).penalizesBy(10);
    }

    @Test
    void lateWithinToleranceIsSoft() {
        Visit tolerated = f.visit("tol", f.user("u4", 4), 0, at(0, 7, 0), at(0, 7, 30), 30, null, Set.of(), null,
                true, 15, null);
        Visit beyond = f.visit("beyond", f.user("u1", 1), 0, at(0, 6, 0), at(0, 7, 5), 30, null, Set.of(), null,
                true, 0, null);
        Visit optional = f.visit("opt", f.user("u2", 2), 0, at(0, 6, 0), at(0, 7, 5), 30, null, Set.of(), null,
                false, 0, null);
        route(f.day(f.nurse("kari"), 0), tolerated);
        route(f.day(f.nurse("ola"), 0), beyond);
        route(f.day(f.nurse("per"), 0), optional);
        // Tolerated: 10 min late; beyond tolerance is the hard rule's; the optional visit's 15 min count here.
        verifier.verifyThat((p, f) -> TimingRules.late(f)).givenSolution(f.update()).penalizesBy(10 + 15);
    }

    @Test
    void greatestLatenessOnceForThePlan() {
        Visit tolerated = f.visit("tol", f.user("u4", 4), 0, at(0, 7, 0), at(0, 7, 30), 30, null, Set.of(), null,
                true, 15, null);
        Visit optional = f.visit("opt", f.user("u2", 2), 0, at(0, 6, 0), at(0, 7, 5), 30, null, Set.of(), null,
                false, 0, null);
        Visit onTime = simple("early", 1);
        route(f.day(f.nurse("kari"), 0), tolerated);
        route(f.day(f.nurse("per"), 0), optional);
        route(f.day(f.nurse("ola"), 0), onTime);
        // 10 and 15 min late: only the greater counts, once (weighted as Mankowska does; off by default).
        HomecarePlan plan = f.update();
        plan.setConstraintWeightOverrides(ConstraintWeightOverrides.of(
                Map.of(HomecareRules.GREATEST_LATENESS.ruleName(), HardMediumSoftScore.ofSoft(1))));
        verifier.verifyThat((p, f) -> TimingRules.greatestLateness(f)).givenSolution(plan).penalizesBy(15);
        verifier.verifyThat((p, f) -> TimingRules.greatestLateness(f)).givenSolution(plan)
                .justifiesWith(new Breach("u2", "2026-03-02T07:20", "visit opt starts 15 min after its window "
                        + "(06:00–07:05), the greatest lateness of the plan",
                        "Vedtak om helsetjenester i hjemmet (tidspunkt)"));
    }

    @Test
    void greatestLatenessNotWhenNobodyIsLate() {
        route(f.day(f.nurse("kari"), 0), simple("a", 1), simple("b", 2));
        HomecarePlan plan = f.update();
        plan.setConstraintWeightOverrides(ConstraintWeightOverrides.of(
                Map.of(HomecareRules.GREATEST_LATENESS.ruleName(), HardMediumSoftScore.ofSoft(1))));
        verifier.verifyThat((p, f) -> TimingRules.greatestLateness(f)).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void backAfterShiftEndBeyondOvertimeIsHardAndOvertimeIsSoft() {
        Visit longVisit = f.visit("busy", f.user("u4", 4), 0, at(0, 14, 0), at(0, 14, 0), 60, null, Set.of(), null,
                true, 0, null);
        Visit shortVisit = f.visit("short", f.user("u1", 1), 0, at(0, 14, 20), at(0, 14, 20), 20, null, Set.of(),
                null, true, 0, null);
        route(f.day(f.nurse("kari"), 0), longVisit);
        route(f.day(f.nurse("ola"), 0), shortVisit);
        // Kari: 14:00–15:00, 40 min back: 15:40, 40 min past 15:00, 10 beyond the 30 allowed. Ola: 15:00 sharp.
        HomecarePlan plan = f.update();
        verifier.verifyThat((p, f) -> RoutingRules.shiftEnd(f)).givenSolution(plan).penalizesBy(10);
        verifier.verifyThat((p, f) -> RoutingRules.overtime(f)).givenSolution(plan).penalizesBy(40);
    }

    @Test
    void doubleVisitHalfPlanned() {
        Visit[] lift = f.doubleVisit("lift", f.user("u4", 4), at(0, 7, 0), at(0, 10, 0), 30);
        Visit[] both = f.doubleVisit("bath", f.user("u1", 1), at(0, 7, 0), at(0, 12, 0), 30);
        Visit[] none = f.doubleVisit("none", f.user("u2", 2), at(0, 7, 0), at(0, 12, 0), 30);
        route(f.day(f.nurse("kari"), 0), lift[0], both[0]);
        route(f.day(f.nurse("ola"), 0), both[1]);
        verifier.verifyThat((p, f) -> TimingRules.doubleHalfPlanned(f)).givenSolution(f.update()).penalizesBy(1);
    }

    @Test
    void doubleVisitOnOneRouteCannotStartTogether() {
        Visit[] lift = f.doubleVisit("lift", f.user("u4", 4), at(0, 7, 0), at(0, 10, 0), 30);
        Visit[] fine = f.doubleVisit("bath", f.user("u1", 1), at(0, 7, 0), at(0, 12, 0), 30);
        route(f.day(f.nurse("kari"), 0), lift[0], lift[1], fine[0]);
        route(f.day(f.nurse("ola"), 0), fine[1]);
        // Both lift parts wait on each other; the bath after them on Kari's route has no time either, nor has its
        // other part on Ola's route, which would wait for Kari.
        verifier.verifyThat((p, f) -> TimingRules.doubleTogether(f)).givenSolution(f.update()).penalizesBy(4);
    }

    @Test
    void doubleVisitsInCrossedOrderCannotStartTogether() {
        Visit[] a = f.doubleVisit("a", f.user("u1", 1), at(0, 7, 0), at(0, 12, 0), 30);
        Visit[] b = f.doubleVisit("b", f.user("u2", 2), at(0, 7, 0), at(0, 12, 0), 30);
        route(f.day(f.nurse("kari"), 0), a[0], b[0]);
        route(f.day(f.nurse("ola"), 0), b[1], a[1]);
        verifier.verifyThat((p, f) -> TimingRules.doubleTogether(f)).givenSolution(f.update()).penalizesBy(4);
    }

    @Test
    void followingVisitPastItsMaximumGapPerMinute() {
        User u1 = f.user("u1", 1);
        Visit medicine = f.visit("medicine", u1, at(0, 7, 0), at(0, 12, 0), 15);
        Visit meal = f.visit("meal", u1, at(0, 7, 0), at(0, 12, 0), 20);
        meal.follow(medicine, 30, 60);
        Visit busy = f.visit("busy", f.user("u4", 4), at(0, 7, 0), at(0, 7, 0), 90);
        User u2 = f.user("u2", 2);
        Visit insulin = f.visit("insulin", u2, at(0, 7, 0), at(0, 12, 0), 10);
        Visit check = f.visit("check", u2, at(0, 7, 0), at(0, 12, 0), 10);
        check.follow(insulin, 0, 240);
        route(f.day(f.nurse("kari"), 0), medicine, insulin);
        route(f.day(f.worker("ola"), 0), busy, meal, check);
        // Medicine 07:10; Ola is busy 07:40–09:10 and 35 min away: the meal at 09:45 is 155 min after, 95 too many.
        // The check follows the insulin well within its 240 min.
        verifier.verifyThat((p, f) -> TimingRules.maxGap(f)).givenSolution(f.update()).penalizesBy(95);
        verifier.verifyThat((p, f) -> TimingRules.maxGap(f)).givenSolution(f.plan())
                .justifiesWith(new Breach("u1", "2026-03-02T09:45",
                        "visit meal starts 155 min after visit medicine, at most 60 min allowed",
                        "Vedtak om helsetjenester i hjemmet (tidspunkt)"));
    }

    @Test
    void pinnedCaregiver() {
        Visit pinned = f.visit("p", f.user("u1", 1), 0, at(0, 7, 0), at(0, 12, 0), 20, null, Set.of(), null, true, 0,
                "ola");
        Visit kept = f.visit("k", f.user("u2", 2), 0, at(0, 7, 0), at(0, 12, 0), 20, null, Set.of(), null, true, 0,
                "kari");
        route(f.day(f.nurse("kari"), 0), pinned, kept);
        verifier.verifyThat((p, f) -> ContinuityRules.pinned(f)).givenSolution(f.update()).penalizesBy(1);
    }

    @Test
    void avoidedCaregiver() {
        Visit avoided = f.visit("a", f.user("u1", 1, "Nord", null, Set.of(), Set.of("kari")), at(0, 7, 0),
                at(0, 12, 0), 20);
        Visit other = f.visit("b", f.user("u2", 2, "Nord", null, Set.of(), Set.of("ola")), at(0, 7, 0),
                at(0, 12, 0), 20);
        route(f.day(f.nurse("kari"), 0), avoided, other);
        verifier.verifyThat((p, f) -> ContinuityRules.avoided(f)).givenSolution(f.update()).penalizesBy(1);
    }

    @Test
    void carCapacityPerRoute() {
        Caregiver van = new Caregiver("van", "van", f.north, Competence.NURSE, Set.of(), TravelMode.CAR, 10);
        Caregiver car = new Caregiver("car", "car", f.north, Competence.NURSE, Set.of(), TravelMode.CAR, 10);
        Visit meals = simple("meals", 1);
        meals.setLoad(7);
        Visit aids = simple("aids", 2);
        aids.setLoad(6);
        Visit care = simple("care", 3);
        Visit onTime = simple("ontime", 4);
        onTime.setLoad(10);
        Visit unplanned = simple("unplanned", 1);
        unplanned.setLoad(50);
        route(f.day(van, 0), meals, care, aids);
        route(f.day(car, 0), onTime);
        // 13 on the van, which takes 10; the car is full but not over; unplanned load counts nowhere.
        verifier.verifyThat((p, f) -> RoutingRules.capacity(f)).givenSolution(f.update()).penalizesBy(3);
        verifier.verifyThat((p, f) -> RoutingRules.capacity(f)).givenSolution(f.plan())
                .justifiesWith(new Breach("van", "2026-03-02", "the route needs 13 in the car, which takes 10",
                        "Local policy"));
    }

    @Test
    void unplannedVisitsWeighByPriority() {
        simple("mandatory", 1);
        f.visit("optional", f.user("u2", 2), 0, at(0, 7, 0), at(0, 12, 0), 20, null, Set.of(), null, false, 0, null);
        Visit planned = simple("planned", 3);
        route(f.day(f.nurse("kari"), 0), planned);
        verifier.verifyThat((p, f) -> RoutingRules.unplanned(f)).givenSolution(f.update()).penalizesBy(10 + 1);
    }

    @Test
    void travelCountsEveryLegAndTheWayBack() {
        route(f.day(f.nurse("kari"), 0), simple("a", 1), simple("b", 3));
        f.day(f.nurse("ola"), 0);
        // 10 to home 1, 8 to home 3, 15 back.
        verifier.verifyThat((p, f) -> RoutingRules.travel(f)).givenSolution(f.update()).penalizesBy(10 + 8 + 15);
    }

    @Test
    void distinctCaregiversPerUserAcrossDays() {
        User anna = f.user("anna", 1);
        User per = f.user("per", 2);
        Visit monday = f.visit("m", anna, 0, at(0, 7, 0), at(0, 12, 0), 20, null, Set.of(), null, true, 0, null);
        Visit tuesday = f.visit("t", anna, 1, at(1, 7, 0), at(1, 12, 0), 20, null, Set.of(), null, true, 0, null);
        Visit perMonday = f.visit("pm", per, 0, at(0, 7, 0), at(0, 12, 0), 20, null, Set.of(), null, true, 0, null);
        Visit perTuesday = f.visit("pt", per, 1, at(1, 7, 0), at(1, 12, 0), 20, null, Set.of(), null, true, 0, null);
        Caregiver kari = f.nurse("kari");
        Caregiver ola = f.nurse("ola");
        route(f.day(kari, 0), monday, perMonday);
        route(f.day(ola, 1), tuesday);
        route(f.day(kari, 1), perTuesday);
        // Anna meets Kari and Ola; Per only Kari.
        verifier.verifyThat((p, f) -> ContinuityRules.continuity(f)).givenSolution(f.update()).penalizesBy(1);
    }

    @Test
    void primaryContactAndPreferredCaregivers() {
        User anna = f.user("anna", 1, "Nord", "kari", Set.of("ola"), Set.of());
        Visit byPrimary = f.visit("a1", anna, at(0, 7, 0), at(0, 12, 0), 20);
        Visit byPreferred = f.visit("a2", anna, at(0, 7, 0), at(0, 14, 0), 20);
        Visit byOther = f.visit("a3", anna, at(0, 7, 0), at(0, 14, 0), 20);
        route(f.day(f.nurse("kari"), 0), byPrimary);
        route(f.day(f.nurse("ola"), 0), byPreferred);
        route(f.day(f.nurse("per"), 0), byOther);
        HomecarePlan plan = f.update();
        verifier.verifyThat((p, f) -> ContinuityRules.primaryContact(f)).givenSolution(plan).penalizesBy(2);
        verifier.verifyThat((p, f) -> ContinuityRules.preferred(f)).givenSolution(plan).penalizesBy(1);
    }

    @Test
    void generalistsStayInTheirDistrict() {
        User south = f.user("sara", 2, "Sør", null, Set.of(), Set.of());
        User north = f.user("nils", 1, "Nord", null, Set.of(), Set.of());
        User southToo = f.user("sven", 3, "Sør", null, Set.of(), Set.of());
        route(f.day(f.nurse("kari"), 0), f.visit("s", south, at(0, 7, 0), at(0, 12, 0), 20),
                f.visit("n", north, at(0, 7, 0), at(0, 12, 0), 20));
        // A specialist may go anywhere.
        route(f.day(f.caregiver("siri", f.palliative, Competence.NURSE), 0),
                f.visit("s2", southToo, at(0, 7, 0), at(0, 12, 0), 20));
        verifier.verifyThat((p, f) -> ContinuityRules.district(f)).givenSolution(f.update()).penalizesBy(1);
    }

    @Test
    void balancedWorkload() {
        route(f.day(f.nurse("kari"), 0), f.visit("a", f.user("u1", 1), at(0, 7, 0), at(0, 12, 0), 60),
                f.visit("b", f.user("u2", 2), at(0, 7, 0), at(0, 14, 0), 60));
        route(f.day(f.nurse("ola"), 0), f.visit("c", f.user("u3", 3), at(0, 7, 0), at(0, 12, 0), 20));
        // Loads 120 and 20 around a mean of 70: unfairness sqrt(50² + 50²) = 70.7.
        verifier.verifyThat((p, f) -> RoutingRules.balance(f)).givenSolution(f.update()).penalizesBy(70);
    }

    @Test
    void evenWorkloadIsNotPenalised() {
        route(f.day(f.nurse("kari"), 0), f.visit("a", f.user("u1", 1), at(0, 7, 0), at(0, 12, 0), 30));
        route(f.day(f.nurse("ola"), 0), f.visit("c", f.user("u3", 3), at(0, 7, 0), at(0, 12, 0), 30));
        verifier.verifyThat((p, f) -> RoutingRules.balance(f)).givenSolution(f.update()).penalizesBy(0);
    }

    @Test
    void changedCaregiverAgainstTheReferencePlan() {
        Visit moved = simple("moved", 1);
        Visit stayed = simple("stayed", 2);
        Visit fresh = simple("fresh", 3);
        moved.setReferenceCaregiver("ola");
        stayed.setReferenceCaregiver("kari");
        route(f.day(f.nurse("kari"), 0), moved, stayed, fresh);
        verifier.verifyThat((p, f) -> ContinuityRules.changed(f)).givenSolution(f.update()).penalizesBy(1);
    }

    @Test
    void routeUsedCountsRoutesWithVisitsOnly() {
        route(f.day(f.nurse("kari"), 0), simple("a", 1), simple("b", 2));
        route(f.day(f.nurse("ola"), 0), simple("c", 3));
        f.day(f.nurse("siri"), 0);
        HomecarePlan plan = f.update();
        plan.setConstraintWeightOverrides(ConstraintWeightOverrides.of(
                Map.of(HomecareRules.ROUTE_USED.ruleName(), HardMediumSoftScore.ofSoft(1000))));
        verifier.verifyThat((p, f) -> RoutingRules.routeUsed(f)).givenSolution(plan).penalizesBy(2);
        verifier.verifyThat((p, f) -> RoutingRules.routeUsed(f)).givenSolution(plan)
                .justifiesWith(new Breach("kari", "2026-03-02", "kari's route on 2026-03-02 is used: fixed cost 1000soft",
                        "Local policy"));
    }
}
