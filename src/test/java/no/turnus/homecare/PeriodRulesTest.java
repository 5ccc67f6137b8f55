package no.turnus.homecare;

import static no.turnus.homecare.HomecareFixture.at;
import static no.turnus.homecare.HomecareFixture.route;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import no.turnus.homecare.domain.Caregiver;
import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.MealPause;
import no.turnus.homecare.domain.User;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.rules.ContinuityRules;
import no.turnus.homecare.rules.HomecareConstraints;
import no.turnus.homecare.rules.TimingRules;
import no.turnus.problem.Breach;

/**
 * The rules of plans over several days and whole shifts: the meal pause (AML §10-9) placed by the timing and judged
 * against its window, distinct caregivers per user per 14 days, and the contact persons.
 */
class PeriodRulesTest {

    private final ConstraintVerifier<HomecareConstraints, HomecarePlan> verifier =
            ConstraintVerifier.build(new HomecareConstraints(), HomecarePlan.class, CaregiverDay.class, Visit.class);
    private final HomecareFixture f = new HomecareFixture();

    /** A 07:00–15:00 shift with a 30 min pause to start from 10:00 to 12:00. */
    private CaregiverDay withPause(Caregiver caregiver) {
        CaregiverDay day = f.day(caregiver, 0);
        day.setPause(new MealPause(30, at(0, 10, 0), at(0, 12, 0)));
        return day;
    }

    @Test
    void thePauseFitsInTheWaitBeforeAVisitWithoutMovingIt() {
        Visit early = f.visit("early", f.user("u1", 1), at(0, 7, 0), at(0, 8, 0), 60);
        Visit late = f.visit("late", f.user("u2", 2), at(0, 11, 0), at(0, 12, 0), 20);
        route(withPause(f.nurse("kari")), early, late);
        HomecarePlan plan = f.update();
        // 07:10–08:10, 12 min on: arrives 08:22 and waits for 11:00; the pause takes 10:00–10:30 of the wait.
        assertThat(late.getArrivalTime()).isEqualTo(at(0, 8, 22));
        assertThat(late.getStartTime()).isEqualTo(at(0, 11, 0));
        assertThat(late.getPauseStart()).isEqualTo(at(0, 10, 0));
        assertThat(late.routePauseStart()).isEqualTo(at(0, 10, 0));
        verifier.verifyThat((p, cf) -> TimingRules.mealPause(cf)).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void thePauseComesBeforeDrivingOnOnceItsWindowHasOpened() {
        Visit morning = f.visit("morning", f.user("u1", 1), at(0, 7, 0), at(0, 8, 0), 180);
        Visit next = f.visit("next", f.user("u2", 2), at(0, 10, 0), at(0, 13, 0), 20);
        route(withPause(f.nurse("kari")), morning, next);
        HomecarePlan plan = f.update();
        // 07:10–10:10, the pause 10:10–10:40, 12 min on: the next visit starts 10:52; back 20 min later.
        assertThat(next.getPauseStart()).isEqualTo(at(0, 10, 10));
        assertThat(next.getArrivalTime()).isEqualTo(at(0, 10, 52));
        assertThat(next.returnTime()).isEqualTo(at(0, 11, 32));
        verifier.verifyThat((p, cf) -> TimingRules.mealPause(cf)).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void aPauseAfterItsWindowIsPenalisedPerMinuteAndAShortRouteHasItAtTheBase() {
        Visit longVisit = f.visit("long", f.user("u1", 1), at(0, 7, 0), at(0, 8, 0), 300);
        Visit after = f.visit("after", f.user("u2", 2), at(0, 12, 0), at(0, 14, 0), 20);
        route(withPause(f.nurse("kari")), longVisit, after);
        Visit only = f.visit("only", f.user("u3", 3), at(0, 7, 0), at(0, 8, 0), 20);
        CaregiverDay shortRoute = route(withPause(f.nurse("ola")), only);
        HomecarePlan plan = f.update();
        // Busy 07:10–12:10: the pause starts at 12:10, 10 min after its window closed.
        assertThat(after.routePauseStart()).isEqualTo(at(0, 12, 10));
        assertThat(after.getArrivalTime()).isEqualTo(at(0, 12, 52));
        // Ola is back at 07:50, before the window opens: the pause is at the base at 10:00 and the route unchanged.
        assertThat(only.routePauseStart()).isEqualTo(at(0, 10, 0));
        assertThat(only.returnTime()).isEqualTo(at(0, 7, 50));
        assertThat(shortRoute.getPause().minutes()).isEqualTo(30);
        verifier.verifyThat((p, cf) -> TimingRules.mealPause(cf)).givenSolution(plan).penalizesBy(10);
    }

    @Test
    void theLawDecidesWhetherAndHowLongAPauseIs() {
        assertThat(MealPause.lawful(at(0, 7, 0), at(0, 12, 30))).isEqualTo(MealPause.NONE);
        MealPause sixHours = MealPause.lawful(at(0, 16, 0), at(0, 22, 0));
        assertThat(sixHours.minutes()).isEqualTo(30);
        MealPause day = MealPause.lawful(at(0, 7, 0), at(0, 15, 0));
        assertThat(day).isEqualTo(new MealPause(30, at(0, 9, 45), at(0, 11, 45)));
    }

    @Test
    void distinctCaregiversAreCountedPerFourteenDays() {
        User user = f.user("u1", 1);
        Caregiver anne = f.nurse("anne");
        Caregiver bo = f.nurse("bo");
        // Days 1 and 14 are one period: Anne then Bo is one caregiver too many. Day 15 starts the next period.
        route(f.day(anne, 0), f.visit("d1", user, 0, at(0, 8, 0), at(0, 12, 0), 20, null, Set.of(), null, true, 0,
                null));
        route(f.day(bo, 13), f.visit("d14", user, 13, at(13, 8, 0), at(13, 12, 0), 20, null, Set.of(), null, true,
                0, null));
        route(f.day(bo, 14), f.visit("d15", user, 14, at(14, 8, 0), at(14, 12, 0), 20, null, Set.of(), null, true,
                0, null));
        verifier.verifyThat((p, cf) -> ContinuityRules.continuity(cf)).givenSolution(f.update()).penalizesBy(1);
    }

    @Test
    void theSameCaregiverOverFourteenDaysIsNotPenalised() {
        User user = f.user("u1", 1);
        Caregiver anne = f.nurse("anne");
        for (int d = 0; d < 14; d++) {
            route(f.day(anne, d), f.visit("d" + d, user, d, at(d, 8, 0), at(d, 12, 0), 20, null, Set.of(), null, true,
                    0, null));
        }
        HomecarePlan plan = f.update();
        verifier.verifyThat((p, cf) -> ContinuityRules.continuity(cf)).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void aVisitByNeitherContactPersonIsPenalised() {
        User withBoth = new User("u1", "u1", 1, "Nord", "anne", Set.of(), Set.of(), "bo");
        User primaryOnly = new User("u2", "u2", 2, "Nord", "anne", Set.of(), Set.of());
        route(f.day(f.nurse("anne"), 0), f.visit("a", withBoth, at(0, 8, 0), at(0, 12, 0), 20));
        route(f.day(f.nurse("bo"), 0), f.visit("b", withBoth, at(0, 8, 0), at(0, 12, 0), 20));
        route(f.day(f.nurse("cato"), 0), f.visit("c", withBoth, at(0, 8, 0), at(0, 12, 0), 20),
                f.visit("d", primaryOnly, at(0, 8, 0), at(0, 12, 0), 20));
        verifier.verifyThat((p, cf) -> ContinuityRules.contact(cf)).givenSolution(f.update()).penalizesBy(1);
        verifier.verifyThat((p, cf) -> ContinuityRules.contact(cf)).givenSolution(f.plan())
                .justifiesWith(new Breach("u1", "2026-03-02T08:00", "visit c is made by cato, neither the primary "
                        + "contact anne nor the secondary contact bo", "Kvalitetsforskriften §3 (kontinuitet); "
                        + "domain.md §3"));
    }
}
