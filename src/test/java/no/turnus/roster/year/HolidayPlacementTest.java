package no.turnus.roster.year;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Ferie in whole weeks: the entitlement in weekdays, the main holiday in the summer, wishes first, seeded. */
class HolidayPlacementTest {

    private static final LocalDate YEAR_2027 = LocalDate.of(2027, 1, 4);

    private static List<HolidayPlacement.Person> ward(int nurses) {
        List<HolidayPlacement.Person> people = new ArrayList<>();
        for (int i = 0; i < nurses; i++) {
            people.add(new HolidayPlacement.Person("S" + i, "SYKEPLEIER", 25, List.of(), null));
        }
        return people;
    }

    private static int ferieDays(HolidayPlacement placement, List<HolidayPlacement.Leave> leaves, String who) {
        int days = 0;
        for (HolidayPlacement.Leave leave : leaves) {
            if (leave.employee().equals(who)) {
                for (LocalDate d = leave.from(); !d.isAfter(leave.to()); d = d.plusDays(1)) {
                    days += d.getDayOfWeek().getValue() <= 5 && !no.turnus.roster.domain.RedDays.isHoliday(d) ? 1 : 0;
                }
            }
        }
        return days;
    }

    @Test
    void everyoneGetsTheEntitlementWithThreeSummerWeeksInARow() {
        HolidayPlacement placement = new HolidayPlacement(YEAR_2027, 52, 1);
        List<HolidayPlacement.Person> people = ward(6);
        people.add(new HolidayPlacement.Person("SENIOR", "SYKEPLEIER", 30, List.of(), null));
        List<HolidayPlacement.Leave> leaves = placement.place(people);
        for (HolidayPlacement.Person p : people) {
            assertThat(ferieDays(placement, leaves, p.id())).as(p.id()).isEqualTo(p.days());
            List<LocalDate> summer = leaves.stream().filter(l -> l.employee().equals(p.id()))
                    .map(HolidayPlacement.Leave::from)
                    .filter(from -> !from.isBefore(LocalDate.of(2027, 6, 1)) && from.plusDays(6)
                            .isBefore(LocalDate.of(2027, 10, 1))).toList();
            // ferieloven §7 (1): a main holiday of three weeks between 1 June and 30 September
            assertThat(summer).as(p.id()).hasSizeGreaterThanOrEqualTo(3);
            boolean threeInARow = summer.stream().anyMatch(m -> summer.contains(m.plusWeeks(1))
                    && summer.contains(m.plusWeeks(2)));
            assertThat(threeInARow).as(p.id() + " " + summer).isTrue();
        }
    }

    @Test
    void theSummerIsSharedAndTheSameSeedGivesTheSamePlan() {
        List<HolidayPlacement.Leave> first = new HolidayPlacement(YEAR_2027, 52, 7).place(ward(6));
        assertThat(new HolidayPlacement(YEAR_2027, 52, 7).place(ward(6))).isEqualTo(first);
        // six nurses, three weeks each, over the 17 summer weeks: never more than two away in one week
        for (LocalDate monday = LocalDate.of(2027, 5, 31); monday.isBefore(LocalDate.of(2027, 10, 1));
             monday = monday.plusWeeks(1)) {
            LocalDate week = monday;
            assertThat(first.stream().filter(l -> l.from().equals(week)).count()).as(week.toString()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void wishesComeFirstWhileAThirdOfTheGroupIsAway() {
        List<Integer> july = List.of(26, 27, 28); // 5 July to 25 July 2027
        List<HolidayPlacement.Person> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(new HolidayPlacement.Person("S" + i, "SYKEPLEIER", 25, july, null));
        }
        List<HolidayPlacement.Leave> leaves = new HolidayPlacement(YEAR_2027, 52, 1).place(people);
        // three nurses: one may be away at a time, so the first wish is granted and the others are rotated
        assertThat(leaves.stream().filter(l -> l.from().equals(LocalDate.of(2027, 7, 5))).map(HolidayPlacement.Leave::employee))
                .containsExactly("S0");
    }

    @Test
    void lastYearsSummerStartIsAvoided() {
        LocalDate lastYear = LocalDate.of(2026, 7, 5);
        List<HolidayPlacement.Person> one = List.of(new HolidayPlacement.Person("S0", "SYKEPLEIER", 25, List.of(),
                lastYear));
        for (long seed = 1; seed <= 3; seed++) {
            LocalDate start = new HolidayPlacement(YEAR_2027, 52, seed).place(one).stream()
                    .map(HolidayPlacement.Leave::from).filter(d -> d.getMonthValue() >= 6 && d.getMonthValue() <= 9)
                    .min(LocalDate::compareTo).orElseThrow();
            assertThat(Math.abs(ChronoUnit.WEEKS.between(lastYear.withYear(2027), start))).as("seed " + seed)
                    .isGreaterThanOrEqualTo(3);
        }
    }
}
