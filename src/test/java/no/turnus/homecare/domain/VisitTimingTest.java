package no.turnus.homecare.domain;

import no.turnus.homecare.HomecareFixture;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareValidator;

import static no.turnus.homecare.HomecareFixture.MONDAY;
import static no.turnus.homecare.HomecareFixture.at;
import static no.turnus.homecare.HomecareFixture.route;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolutionManager;
import no.turnus.geo.AreaType;
import no.turnus.geo.FerryLink;
import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.LocationSpec;
import no.turnus.homecare.input.HomecareDataset.Route;
import no.turnus.homecare.input.HomecareDataset.Shift;
import no.turnus.homecare.input.HomecareDataset.TeamSpec;
import no.turnus.homecare.input.HomecareDataset.UserSpec;
import no.turnus.homecare.input.HomecareDataset.VisitSpec;
import no.turnus.homecare.input.HomecareDataset.Window;

/** The declarative shadow variables: arrival, waiting for the window, double visits, return and cycles. */
class VisitTimingTest {

    private final HomecareFixture f = new HomecareFixture();

    @Test
    void arrivalFollowsTheRouteAndWaitsForTheWindow() {
        Visit first = f.visit("v1", f.user("u1", 1), at(0, 7, 0), at(0, 9, 0), 30);
        Visit second = f.visit("v2", f.user("u2", 2), at(0, 9, 0), at(0, 10, 0), 20);
        route(f.day(f.nurse("kari"), 0), first, second);
        f.update();
        // 07:00 + 10 min to home 1: starts on arrival.
        assertThat(first.getArrivalTime()).isEqualTo(at(0, 7, 10));
        assertThat(first.getStartTime()).isEqualTo(at(0, 7, 10));
        assertThat(first.getEndTime()).isEqualTo(at(0, 7, 40));
        // 12 min on to home 2 arrives 07:52, waits for the window at 09:00.
        assertThat(second.getArrivalTime()).isEqualTo(at(0, 7, 52));
        assertThat(second.getStartTime()).isEqualTo(at(0, 9, 0));
        assertThat(second.getEndTime()).isEqualTo(at(0, 9, 20));
        assertThat(second.travelFromPrevious()).isEqualTo(12);
        assertThat(second.travelToEnd()).isEqualTo(20);
        assertThat(second.returnTime()).isEqualTo(at(0, 9, 40));
        assertThat(first.returnTime()).isNull();
        assertThat(second.lateMinutes()).isZero();
    }

    @Test
    void aLaterWindowIsUsedWhenTheFirstIsOver() {
        Visit v = new Visit("v", "v", 0, f.user("u", 4), f.days, 0, new int[] {at(0, 6, 0), at(0, 8, 0)},
                new int[] {at(0, 7, 0), at(0, 9, 0)}, 15, null, java.util.Set.of(), null, true, 0, null);
        assertThat(v.earliestStart(at(0, 7, 40))).isEqualTo(at(0, 8, 0));
        assertThat(v.earliestStart(at(0, 6, 30))).isEqualTo(at(0, 6, 30));
        assertThat(v.earliestStart(at(0, 9, 30))).isEqualTo(at(0, 9, 30));
    }

    @Test
    void lateStartCountsMinutesAfterTheWindow() {
        Visit v = f.visit("v1", f.user("u1", 4), at(0, 7, 0), at(0, 7, 20), 30);
        route(f.day(f.nurse("kari"), 0), v);
        f.update();
        // 40 min drive: starts 07:40, 20 min after the window closed.
        assertThat(v.getStartTime()).isEqualTo(at(0, 7, 40));
        assertThat(v.lateMinutes()).isEqualTo(20);
    }

    @Test
    void bothCaregiversOfADoubleVisitStartTogetherWhenTheLaterArrives() {
        Visit[] lift = f.doubleVisit("lift", f.user("u4", 4), at(0, 7, 0), at(0, 10, 0), 30);
        Visit before = f.visit("v1", f.user("u1", 1), at(0, 7, 0), at(0, 8, 0), 45);
        route(f.day(f.nurse("kari"), 0), lift[0]);
        route(f.day(f.worker("ola"), 0), before, lift[1]);
        f.update();
        // Kari arrives 07:40; Ola makes v1 07:10–07:55 and drives 35 min: arrives 08:30. Both start 08:30.
        assertThat(lift[0].getArrivalTime()).isEqualTo(at(0, 7, 40));
        assertThat(lift[1].getArrivalTime()).isEqualTo(at(0, 8, 30));
        assertThat(lift[0].getStartTime()).isEqualTo(at(0, 8, 30)).isEqualTo(lift[1].getStartTime());
        assertThat(lift[0].getEndTime()).isEqualTo(at(0, 9, 0)).isEqualTo(lift[1].getEndTime());
        assertThat(lift[0].isInconsistent()).isFalse();
    }

    @Test
    void aDelayOnOneRoutePropagatesThroughTheDoubleVisitToTheOtherRoute() {
        Visit[] lift = f.doubleVisit("lift", f.user("u4", 4), at(0, 7, 0), at(0, 10, 0), 30);
        Visit after = f.visit("v2", f.user("u3", 3), at(0, 7, 0), at(0, 12, 0), 20);
        Visit delay = f.visit("v1", f.user("u1", 1), at(0, 9, 0), at(0, 9, 30), 30);
        route(f.day(f.nurse("kari"), 0), lift[0], after);
        route(f.day(f.worker("ola"), 0), delay, lift[1]);
        f.update();
        // Ola: v1 09:00–09:30, 35 min to the double visit: 10:05; Kari waits, then v2 after 10:35 + 25 min.
        assertThat(lift[0].getStartTime()).isEqualTo(at(0, 10, 5));
        assertThat(after.getArrivalTime()).isEqualTo(at(0, 11, 0));
    }

    @Test
    void bothPartsOnOneRouteCanNeverStartTogether() {
        Visit[] lift = f.doubleVisit("lift", f.user("u4", 4), at(0, 7, 0), at(0, 10, 0), 30);
        route(f.day(f.nurse("kari"), 0), lift[0], lift[1]);
        f.update();
        assertThat(lift[0].isInconsistent()).isTrue();
        assertThat(lift[1].isInconsistent()).isTrue();
    }

    @Test
    void aFollowingVisitWaitsForItsMinimumGap() {
        User u = f.user("u1", 1);
        Visit medicine = f.visit("medicine", u, at(0, 7, 0), at(0, 9, 0), 15);
        Visit meal = f.visit("meal", u, at(0, 7, 0), at(0, 12, 0), 20);
        meal.follow(medicine, 30, 60);
        route(f.day(f.nurse("kari"), 0), medicine);
        route(f.day(f.worker("ola"), 0), meal);
        f.update();
        // Both arrive 07:10; the meal waits 30 min after the medicine's start.
        assertThat(medicine.getStartTime()).isEqualTo(at(0, 7, 10));
        assertThat(meal.getArrivalTime()).isEqualTo(at(0, 7, 10));
        assertThat(meal.getStartTime()).isEqualTo(at(0, 7, 40));
        assertThat(meal.minutesPastMaxGap()).isZero();
    }

    @Test
    void aDelayOfTheFirstVisitPropagatesToTheFollowingVisitsRoute() {
        User u = f.user("u1", 1);
        Visit delay = f.visit("v0", f.user("u4", 4), at(0, 7, 0), at(0, 8, 0), 30);
        Visit medicine = f.visit("medicine", u, at(0, 7, 0), at(0, 12, 0), 15);
        Visit meal = f.visit("meal", u, at(0, 7, 0), at(0, 12, 0), 20);
        Visit next = f.visit("v3", f.user("u3", 3), at(0, 7, 0), at(0, 12, 0), 10);
        meal.follow(medicine, 30, 60);
        route(f.day(f.nurse("kari"), 0), delay, medicine);
        route(f.day(f.worker("ola"), 0), meal, next);
        f.update();
        // Kari: v0 07:40–08:10, 35 min on: medicine 08:45. Ola waits for 09:15, then 25 min to v3.
        assertThat(medicine.getStartTime()).isEqualTo(at(0, 8, 45));
        assertThat(meal.getStartTime()).isEqualTo(at(0, 9, 15));
        assertThat(next.getArrivalTime()).isEqualTo(meal.getEndTime() + f.travel.minutes(TravelMode.CAR, 1, 3));
    }

    @Test
    void aFollowingVisitBeforeItsFirstOnOneRouteCanNeverBeTimed() {
        User u = f.user("u1", 1);
        Visit medicine = f.visit("medicine", u, at(0, 7, 0), at(0, 12, 0), 15);
        Visit meal = f.visit("meal", u, at(0, 7, 0), at(0, 12, 0), 20);
        meal.follow(medicine, 0, 60);
        route(f.day(f.nurse("kari"), 0), meal, medicine);
        f.update();
        assertThat(meal.isInconsistent()).isTrue();
        assertThat(medicine.isInconsistent()).isTrue();
    }

    @Test
    void aRouteAcrossTheFjordTakesTheFerryWhenItIsQuicker() {
        HomecarePlan withFerry = acrossTheFjord(List.of(new FerryLink("ferry", 68.25, 16.01, 68.25, 16.49, null, 10,
                null, 20.0)));
        HomecarePlan roadOnly = acrossTheFjord(List.of());
        Visit viaFerry = withFerry.getVisits().get(0);
        Visit viaRoad = roadOnly.getVisits().get(0);
        // From 08:00 at the base: the road round the fjord takes about 37 min, the ferry 10 + 10 min plus the quays.
        assertThat(viaRoad.getArrivalTime() - at(0, 8, 0)).isBetween(36, 39);
        assertThat(viaFerry.getArrivalTime() - at(0, 8, 0)).isBetween(21, 23);
        assertThat(viaFerry.travelFromPrevious()).isEqualTo(viaFerry.getArrivalTime() - at(0, 8, 0));
        assertThat(viaFerry.travelToEnd()).isEqualTo(viaFerry.travelFromPrevious());
    }

    private static HomecarePlan acrossTheFjord(List<FerryLink> ferries) {
        HomecareDataset dataset = new HomecareDataset("homecare", "fjord",
                List.of(new LocationSpec("base", null, 68.25, 16.0, AreaType.FJORD),
                        new LocationSpec("home", null, 68.25, 16.5, AreaType.FJORD)),
                null, ferries, null,
                List.of(new TeamSpec("t", null, "West", null, "base")),
                List.of(new CaregiverSpec("kari", null, "t", Competence.NURSE, null, null, null, null,
                        List.of(new Shift(MONDAY, LocalTime.of(8, 0), LocalTime.of(15, 0), null, null)), null)),
                List.of(new UserSpec("u", null, "home", "West", null, null, null)),
                List.of(new VisitSpec("v", "u", MONDAY, List.of(new Window(LocalTime.of(8, 0), LocalTime.of(12, 0), null, null)),
                        30, null, null, null, null, null, null, null, null, null, null)),
                List.of(new Route("kari", MONDAY, List.of("v"), null)), null, null);
        assertThat(HomecareValidator.validate(dataset)).isEmpty();
        HomecarePlan plan = new HomecareKind().toSolution(dataset, Map.of());
        SolutionManager.updateShadowVariables(plan);
        return plan;
    }
}
