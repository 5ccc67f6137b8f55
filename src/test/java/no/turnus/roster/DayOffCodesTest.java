package no.turnus.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static no.turnus.roster.RosterFixture.D;
import static no.turnus.roster.RosterFixture.N;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.report.DayOffCodes;
import no.turnus.roster.report.RosterGrid;
import no.turnus.roster.rules.RosterRuleSet;

/** F-codes over Easter 2027 (Monday 22 March, two weeks): skjærtorsdag, langfredag, påskedag, 2. påskedag. */
class DayOffCodesTest {

    private final RosterFixture fixture = new RosterFixture(LocalDate.of(2027, 3, 22), 2, false, false);

    private Roster roster(List<Employee> employees, List<Slot> slots) {
        List<no.turnus.roster.domain.WeekWindow> weeks = List.of(fixture.week(0), fixture.week(1));
        return new Roster("easter", fixture.horizon, employees, List.of(), weeks, slots, null, RosterRuleSet.NORWEGIAN);
    }

    private static String codes(DayOffCodes.Codes codes) {
        StringBuilder text = new StringBuilder();
        for (int day = 0; day < codes.days().length; day++) {
            text.append(codes.day(day) == null ? "." : codes.day(day)).append(' ');
        }
        return text.toString().strip();
    }

    @Test
    void weeklyDayOffOnAHolidayIsReplacedByF5AndTheRedDaysOffAreF3() {
        Employee kari = fixture.employee("KARI");
        List<Slot> slots = new ArrayList<>();
        for (int day : new int[] {0, 1, 2, 5, 6, 8, 9, 10}) {
            slots.add(fixture.slot(kari, day, D));
        }
        DayOffCodes.Codes codes = DayOffCodes.of(roster(List.of(kari), slots)).get(kari);
        // Week 1: free Thursday and Friday (both holidays); the weekly rest holds no Sunday, so F1 is skjærtorsdag,
        // langfredag is a red day off (F3) and F1 on a holiday between two Sundays is owed an F5: Friday 2 April.
        // Week 2: 2. påskedag off (F3), the weekly rest from Thursday holds Sunday (F1), Saturday next to it is F2.
        assertThat(codes(codes)).isEqualTo(". . . F1 F3 . . F3 . . . F5 F2 F1");
        assertThat(codes.counts()).isEqualTo(Map.of("F1", 2, "F2", 1, "F3", 2, "F5", 1, "FE", 0));
        assertThat(codes.f5Owed()).isZero();
    }

    @Test
    void ferieIsFeOnItsWeekdaysTheSleepDayHasNoCodeAndThePoolNone() {
        Employee ola = fixture.employee("OLA");
        Employee nina = fixture.employee("NINA");
        Employee pool = new Employee("V1", "V1", "HELSEFAGARBEIDER", java.util.Set.of(), 0, RosterFixture.STANDARD,
                "W1", java.util.Set.of(), "A", new boolean[14], 0, 0, 500, true);
        List<Slot> slots = new ArrayList<>();
        for (int day : new int[] {7, 8, 9, 10, 11}) {
            slots.add(fixture.slot(ola, day, D));
        }
        slots.add(fixture.slot(nina, 5, N)); // Saturday night: Sunday morning is worked, Sunday is no day off
        slots.add(fixture.slot(pool, 0, D));
        Roster roster = roster(List.of(ola, nina, pool), slots);
        BitSet week1 = new BitSet();
        week1.set(0, 7);
        roster.setFerieDays(Map.of("OLA", week1));
        Map<Employee, DayOffCodes.Codes> codes = DayOffCodes.of(roster);
        // Ferie Monday-Wednesday (Thursday and Friday are holidays, not ferie days: F3), Sunday the weekly day off.
        assertThat(codes(codes.get(ola))).startsWith("FE FE FE F3 F3 F2 F1");
        assertThat(codes.get(nina).day(6)).isNotEqualTo("F1").isNotEqualTo("F3");
        assertThat(codes).doesNotContainKey(pool);
        // The grid shows the codes on the days off, which the grid import reads as days off.
        RosterGrid.Row row = RosterGrid.rows(roster).get(0);
        assertThat(row.cell(0)).isEqualTo("FE");
        assertThat(row.cell(7)).isEqualTo("D");
        assertThat(RosterGrid.rows(roster).get(2).cell(1)).isEmpty();
    }
}
