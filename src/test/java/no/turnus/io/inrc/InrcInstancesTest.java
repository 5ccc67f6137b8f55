package no.turnus.io.inrc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.turnus.io.Xml;
import no.turnus.io.inrc.InrcInstance.Contract;
import no.turnus.roster.domain.WeekendDefinition;
import no.turnus.problem.InvalidInputException;
import no.turnus.BenchInstances;

class InrcInstancesTest {

    static final Path DIR = BenchInstances.of("inrc2010");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "sprint01, 10, 4, 4, 3, 100, 50",
            "sprint02, 10, 4, 4, 3, 100, 50",
            "sprint03, 10, 4, 4, 3, 100, 50",
            "sprint04, 10, 4, 4, 3, 100, 50",
            "sprint05, 10, 4, 4, 3, 100, 50",
            "medium01, 31, 4, 4, 0, 93, 310",
            "medium02, 31, 4, 4, 0, 93, 310",
            "long01, 49, 5, 3, 3, 490, 245",
            "long02, 49, 5, 3, 3, 490, 245"})
    void parsesEveryPublishedInstance(String name, int nurses, int shiftTypes, int contracts, int patterns,
                                      int dayOff, int shiftOff) {
        InrcInstance instance = InrcXmlReader.read(DIR.resolve(name + ".xml"));
        assertThat(instance.id()).isEqualTo(name);
        assertThat(instance.dayCount()).isEqualTo(28);
        assertThat(instance.startDate()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(instance.employees()).hasSize(nurses);
        assertThat(instance.shiftTypes()).hasSize(shiftTypes);
        assertThat(instance.contracts()).hasSize(contracts);
        assertThat(instance.patterns()).hasSize(patterns);
        assertThat(instance.dayOffRequests()).hasSize(dayOff);
        assertThat(instance.shiftOffRequests()).hasSize(shiftOff);
        assertThat(instance.dayOfWeekCovers()).hasSize(7);
        // An empty roster leaves every preferred slot uncovered and breaks no single-assignment rule.
        int demand = 0;
        InrcEvaluator evaluator = new InrcEvaluator(instance);
        for (int d = 0; d < instance.dayCount(); d++) {
            demand += evaluator.demandOn(instance.startDate().plusDays(d)).values().stream().mapToInt(i -> i).sum();
        }
        InrcEvaluation empty = evaluator.evaluate(new InrcSolution(name, "test", 0, List.of()));
        assertThat(empty.hardViolations()).isEqualTo(demand).isPositive();
    }

    @Test
    void readsContractRulesWithTheirOnAndWeightAttributes() {
        InrcInstance sprint = InrcXmlReader.read(DIR.resolve("sprint01.xml"));
        Contract fullTime = sprint.contract("0").orElseThrow();
        assertThat(fullTime.maxNumAssignments()).isEqualTo(new InrcInstance.Limit(true, 1, 16));
        assertThat(fullTime.weekendDefinition()).isEqualTo(WeekendDefinition.SATURDAY_SUNDAY);
        assertThat(fullTime.maxWorkingWeekendsInFourWeeks().on()).isFalse();
        assertThat(fullTime.completeWeekends()).isEqualTo(new InrcInstance.Flag(true, 1));
        assertThat(fullTime.unwantedPatterns()).containsExactly("0", "1", "2");
        InrcInstance.Pattern pattern = sprint.pattern("2").orElseThrow();
        assertThat(pattern.entries().get(0).kind()).isEqualTo(InrcInstance.EntryKind.FREE);
        assertThat(pattern.entries().get(0).day()).isEqualTo(java.time.DayOfWeek.FRIDAY);
    }

    @Test
    void solutionSurvivesWriteAndRead() {
        InrcSolution solution = new InrcSolution("sprint01", "Turnus <test> & co", 56, List.of(
                new InrcSolution.Assignment(LocalDate.of(2010, 1, 1), "3", "E"),
                new InrcSolution.Assignment(LocalDate.of(2010, 1, 2), "0", "N")));
        String xml = InrcSolutionXml.toXml(solution);
        InrcSolution back = InrcSolutionXml.read(
                Xml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "written"));
        assertThat(back).isEqualTo(solution);
    }

    @Test
    void evaluatorCountsEachRequestAndDoubleBooking() {
        InrcInstance instance = InrcXmlReader.read(DIR.resolve("conformance/test_03A_request_constraint.xml"));
        InrcSolution broken = InrcSolutionXml.read(DIR.resolve(
                "conformance/test_03A_request_constraint_solution_02.xml"));
        List<InrcSolution.Assignment> doubled = new ArrayList<>(broken.assignments());
        InrcSolution.Assignment first = doubled.get(0);
        doubled.add(new InrcSolution.Assignment(first.date(), first.employeeId(), first.shiftTypeId()));
        InrcEvaluation evaluation = InrcEvaluator.evaluate(instance, new InrcSolution("x", "x", 0, doubled));
        assertThat(evaluation.penaltyByRule().get(InrcRule.SINGLE_ASSIGNMENT_PER_DAY)).isEqualTo(1);
        assertThat(evaluation.violations()).filteredOn(v -> v.rule() == InrcRule.DAY_OFF_REQUEST).hasSize(1);
    }

    @Test
    void unknownReferencesAreAllReportedWithTheirPaths() {
        String xml = """
                <SchedulingPeriod ID="bad">
                  <StartDate>2010-01-01</StartDate><EndDate>2010-01-07</EndDate>
                  <ShiftTypes><Shift ID="D"><StartTime>08:00:00</StartTime><EndTime>16:00:00</EndTime></Shift></ShiftTypes>
                  <Contracts><Contract ID="0"><MaxNumAssignments on="1" weight="x">5</MaxNumAssignments></Contract></Contracts>
                  <Employees><Employee ID="A"><ContractID>9</ContractID></Employee></Employees>
                  <CoverRequirements><DayOfWeekCover><Day>Funday</Day><Cover><Shift>N</Shift><Preferred>1</Preferred></Cover></DayOfWeekCover></CoverRequirements>
                </SchedulingPeriod>""";
        assertThatThrownBy(() -> InrcXmlReader.read(
                Xml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "bad")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path())
                        .contains("/SchedulingPeriod/Contracts/Contract[1]/MaxNumAssignments/@weight",
                                "/SchedulingPeriod/Employees/Employee[1]/ContractID",
                                "/SchedulingPeriod/CoverRequirements/DayOfWeekCover[1]/Day",
                                "/SchedulingPeriod/CoverRequirements/DayOfWeekCover[1]/Cover/Shift"));
    }
}
