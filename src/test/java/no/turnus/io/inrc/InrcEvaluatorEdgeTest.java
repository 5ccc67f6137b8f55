package no.turnus.io.inrc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.turnus.io.Xml;
import no.turnus.io.inrc.InrcSolution.Assignment;

/**
 * The horizon-edge conventions that the conformance cases do not pin down, on a six-day period from Monday
 * 2010-01-04 to Saturday 2010-01-09 (so the Saturday-Sunday weekend is cut to one day).
 */
class InrcEvaluatorEdgeTest {

    private static final String INSTANCE = """
            <SchedulingPeriod ID="edge">
              <StartDate>2010-01-04</StartDate><EndDate>2010-01-09</EndDate>
              <ShiftTypes>
                <Shift ID="D"><StartTime>07:00:00</StartTime><EndTime>15:00:00</EndTime></Shift>
                <Shift ID="N"><StartTime>23:00:00</StartTime><EndTime>07:00:00</EndTime></Shift>
              </ShiftTypes>
              <Patterns>
                <Pattern ID="dn" weight="7"><PatternEntries>
                  <PatternEntry index="0"><ShiftType>D</ShiftType><Day>Any</Day></PatternEntry>
                  <PatternEntry index="1"><ShiftType>N</ShiftType><Day>Any</Day></PatternEntry>
                </PatternEntries></Pattern>
                <Pattern ID="n-free-d" weight="100"><PatternEntries>
                  <PatternEntry index="0"><ShiftType>N</ShiftType><Day>Saturday</Day></PatternEntry>
                  <PatternEntry index="1"><ShiftType>None</ShiftType><Day>Any</Day></PatternEntry>
                </PatternEntries></Pattern>
              </Patterns>
              <Contracts><Contract ID="c">
                <Description>edge</Description>
                <MinConsecutiveWorkingDays on="1" weight="1">3</MinConsecutiveWorkingDays>
                <MaxConsecutiveWorkingWeekends on="1" weight="5">0</MaxConsecutiveWorkingWeekends>
                <WeekendDefinition>SaturdaySunday</WeekendDefinition>
                <CompleteWeekends weight="1000">true</CompleteWeekends>
                <UnwantedPatterns><Pattern>dn</Pattern><Pattern>n-free-d</Pattern></UnwantedPatterns>
              </Contract></Contracts>
              <Employees><Employee ID="a"><ContractID>c</ContractID></Employee></Employees>
              <CoverRequirements>
                <DayOfWeekCover><Day>Friday</Day><Cover><Shift>D</Shift><Preferred>0</Preferred></Cover></DayOfWeekCover>
                <DateSpecificCover><Date>2010-01-08</Date><Cover><Shift>D</Shift><Preferred>1</Preferred></Cover></DateSpecificCover>
              </CoverRequirements>
            </SchedulingPeriod>""";

    @Test
    void scoresRunsAndWeekendsCutByTheHorizonLikeTheUosEvaluator() {
        InrcInstance instance = InrcXmlReader.read(
                Xml.parse(new ByteArrayInputStream(INSTANCE.getBytes(StandardCharsets.UTF_8)), "edge"));
        // Nurse a works Friday D and Saturday N: the last two days of the horizon.
        InrcEvaluation evaluation = InrcEvaluator.evaluate(instance, new InrcSolution("edge", "t", 0, List.of(
                new Assignment(LocalDate.of(2010, 1, 8), "a", "D"),
                new Assignment(LocalDate.of(2010, 1, 9), "a", "N"))));

        Map<InrcRule, Integer> byRule = evaluation.penaltyByRule();
        // The two-day run ends at the horizon and still falls one day short of three.
        assertThat(byRule.get(InrcRule.MIN_CONSECUTIVE_WORKING_DAYS)).isEqualTo(1);
        // The one-day weekend counts as a worked weekend for consecutive weekends ...
        assertThat(byRule.get(InrcRule.MAX_CONSECUTIVE_WORKING_WEEKENDS)).isEqualTo(5);
        // ... but is not judged for completeness.
        assertThat(byRule.get(InrcRule.COMPLETE_WEEKENDS)).isZero();
        // D then N matches once; "Saturday N then free" does not fit in the horizon, so it never matches.
        assertThat(byRule.get(InrcRule.UNWANTED_PATTERN)).isEqualTo(7);
        assertThat(evaluation.softPenalty()).isEqualTo(13);
        // Friday's date-specific cover (1 D) replaces the weekday cover (0 D); Saturday's N has no demand: surplus 1.
        assertThat(evaluation.hardViolations()).isEqualTo(1);
        assertThat(evaluation.violations()).filteredOn(v -> v.rule() == InrcRule.COVER)
                .singleElement().satisfies(v -> assertThat(v.from()).isEqualTo(LocalDate.of(2010, 1, 9)));
        assertThat(evaluation.violations()).filteredOn(v -> v.rule() == InrcRule.MIN_CONSECUTIVE_WORKING_DAYS)
                .singleElement().satisfies(v -> {
                    assertThat(v.employeeId()).isEqualTo("a");
                    assertThat(v.from()).isEqualTo(LocalDate.of(2010, 1, 8));
                    assertThat(v.to()).isEqualTo(LocalDate.of(2010, 1, 9));
                });
    }
}
