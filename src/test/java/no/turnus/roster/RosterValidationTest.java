package no.turnus.roster;

import no.turnus.roster.input.RosterDataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.roster.rules.RosterRules;

class RosterValidationTest {

    private static final String VALID = """
            {"kind": "roster", "name": "test", "startDate": "2026-01-05", "weeks": 2, "cyclic": true,
             "wards": [{"id": "W1"}],
             "shiftTypes": [{"code": "D", "start": "07:30", "end": "15:00", "paidHours": 7.5, "category": "DAY"}],
             "demand": [{"ward": "W1", "shift": "D", "minimum": 1, "preferred": 2, "competences": {"SYKEPLEIER": 1}}],
             "contracts": [{"id": "turnus", "reducedDailyRestHours": 8, "agreement": "tariffavtale"}],
             "employees": [{"id": "E1", "competence": "SYKEPLEIER", "positionPercent": 80, "contract": "turnus",
                            "homeWard": "W1", "unavailable": [{"from": "2026-01-07", "to": "2026-01-08"}],
                            "wishes": [{"date": "2026-01-09", "type": "OFF", "weight": 5}]},
                           {"id": "E2", "competence": "ASSISTENT", "positionPercent": 50, "homeWard": "W1"}],
             "assignments": [{"employee": "E1", "date": "2026-01-05", "shift": "D", "ward": "W1"}]}
            """;

    private List<InputProblem> problems(Consumer<ObjectNode> change) {
        ObjectNode tree;
        try {
            tree = (ObjectNode) RosterSamples.READER.mapper().readTree(VALID);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        change.accept(tree);
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> RosterSamples.READER.read(tree));
        return error == null ? List.of() : error.problems();
    }

    private void assertOneProblem(Consumer<ObjectNode> change, String path, String messagePart) {
        assertThat(problems(change)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(messagePart);
        });
    }

    private static ObjectNode employee(ObjectNode tree) {
        return (ObjectNode) tree.withArray("employees").get(0);
    }

    @Test
    void validDocumentHasNoProblem() {
        assertThat(problems(tree -> { })).isEmpty();
    }

    @Test
    void missingField() {
        assertOneProblem(tree -> tree.remove("name"), "$.name", "is required");
        assertOneProblem(tree -> employee(tree).remove("homeWard"), "$.employees[0].homeWard", "is required");
    }

    @Test
    void startDateMustBeAMonday() {
        assertOneProblem(tree -> tree.put("startDate", "2026-01-06"), "$.startDate", "must be a Monday");
    }

    @Test
    void unknownFieldIsRejected() {
        assertOneProblem(tree -> employee(tree).put("nickname", "Kari"), "$.employees[0].nickname", "unknown field");
    }

    @Test
    void wrongTypeIsLocated() {
        assertOneProblem(tree -> tree.put("weeks", "six"), "$.weeks", "");
    }

    @Test
    void unknownReferences() {
        assertOneProblem(tree -> employee(tree).put("homeWard", "W9"), "$.employees[0].homeWard", "unknown ward 'W9'");
        assertOneProblem(tree -> employee(tree).put("contract", "x"), "$.employees[0].contract", "unknown contract 'x'");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("demand").get(0)).put("shift", "Q"),
                "$.demand[0].shift", "unknown shift type 'Q'");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("assignments").get(0)).put("employee", "E7"),
                "$.assignments[0].employee", "unknown employee 'E7'");
        assertOneProblem(tree -> employee(tree).putArray("wards").add("W2"), "$.employees[0].wards[0]",
                "unknown ward 'W2'");
    }

    @Test
    void endBeforeStart() {
        assertOneProblem(tree -> ((ObjectNode) employee(tree).withArray("unavailable").get(0)).put("to", "2026-01-06"),
                "$.employees[0].unavailable[0].to", "before it starts");
    }

    @Test
    void negativeAndOutOfRangeNumbers() {
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("demand").get(0)).put("minimum", -1),
                "$.demand[0].minimum", "must be 0 to 2 (was -1)");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("demand").get(0)).put("preferred", 0),
                "$.demand[0].preferred", "must not be below the minimum");
        assertOneProblem(tree -> tree.put("weeks", 0), "$.weeks", "must be 1 to 53");
        assertOneProblem(tree -> employee(tree).put("positionPercent", 120), "$.employees[0].positionPercent",
                "between 0 and 100");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("contracts").get(0)).put("reducedDailyRestHours", 6),
                "$.contracts[0].reducedDailyRestHours", "at least 8 h");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("contracts").get(0)).put("maxShiftHours", -2),
                "$.contracts[0].maxShiftHours", "must be 1 to 24");
    }

    @Test
    void duplicateIds() {
        assertOneProblem(tree -> tree.withArray("wards").addObject().put("id", "W1"), "$.wards[1].id", "duplicate");
    }

    @Test
    void assignmentWithoutDemand() {
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("assignments").get(0)).put("ward", "W1")
                        .put("date", "2026-02-05"),
                "$.assignments[0].date", "outside the planning horizon");
        assertOneProblem(tree -> {
            ArrayNode assignments = tree.withArray("assignments");
            assignments.addObject().put("employee", "E1").put("date", "2026-01-05").put("shift", "D").put("ward", "W1");
            ((ObjectNode) assignments.get(1)).put("employee", "E2");
            tree.withArray("employees").addObject().put("id", "E3").put("competence", "ASSISTENT")
                    .put("positionPercent", 50).put("homeWard", "W1");
            assignments.addObject().put("employee", "E3").put("date", "2026-01-05").put("shift", "D").put("ward", "W1");
        }, "$.assignments[2]", "has no free place for E3");
        assertOneProblem(tree -> tree.withArray("assignments").addObject().put("employee", "E1")
                        .put("date", "2026-01-05").put("shift", "D").put("ward", "W1"),
                "$.assignments[1]", "E1 already works shift D");
    }

    @Test
    void legalHardRulesCannotBeWeightedToZeroOrSoftenedByTheDataset() {
        assertOneProblem(tree -> tree.putObject("constraintWeights").put(RosterRules.DAILY_REST.ruleName(), "0hard"),
                "$.constraintWeights.Daily rest", "legal hard rule");
        assertOneProblem(tree -> tree.putObject("constraintWeights").put(RosterRules.COMPETENCE.ruleName(), "50soft"),
                "$.constraintWeights.Competence required", "never weighted to zero or softened");
        assertOneProblem(tree -> tree.putObject("constraintWeights")
                        .put(RosterRules.MAX_AVERAGE_HOURS.ruleName(), "1hard/1medium"),
                "$.constraintWeights.Max average weekly hours", "legal hard rule");
        // tightening stays allowed, and so does switching off a rule that is not the law's
        assertThat(problems(tree -> tree.putObject("constraintWeights").put(RosterRules.DAILY_REST.ruleName(), "5hard")
                .put(RosterRules.WARD_NOT_ALLOWED.ruleName(), "0hard").put(RosterRules.CONTRACT_HOURS.ruleName(), "0soft")))
                .isEmpty();
    }

    @Test
    void legalHardRulesCannotBeWeightedByAJobOrAContract() {
        RosterDataset dataset;
        try {
            dataset = RosterSamples.READER.mapper().readValue(VALID, RosterDataset.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThatThrownBy(() -> new RosterKind().toSolution(dataset, Map.of(RosterRules.WEEKLY_REST.ruleName(), "0hard")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(InputProblem::path).isEqualTo("weightOverrides.Weekly rest"));
        assertThatThrownBy(() -> new RosterKind().toSolution(dataset,
                Map.of(RosterRules.COMPETENCE.ruleName(), "1medium")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(InputProblem::path)
                        .isEqualTo("weightOverrides.Competence required"));
        assertThat(new RosterKind().toSolution(dataset, Map.of(RosterRules.WEEKLY_REST.ruleName(), "2hard"))
                .getConstraintWeightOverrides().getConstraintWeight(RosterRules.WEEKLY_REST.ruleName()))
                .isEqualTo(ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore.ofHard(2));
        // a contract cannot switch off the competence rule (it once could, with weight 0)
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("contracts").get(0)).putObject("weights")
                        .put(RosterRules.COMPETENCE.ruleName(), 0),
                "$.contracts[0].weights.Competence required", "a contract cannot weigh it");
    }

    @Test
    void anUnknownRuleSetIsAnInputError() {
        assertOneProblem(tree -> tree.put("ruleSet", "klingon"), "$.ruleSet", "unknown rule set 'klingon'");
    }

    @Test
    void inrcContractFieldsAreReadAndChecked() {
        java.util.function.Consumer<ObjectNode> inrc = tree -> {
            tree.put("ruleSet", "inrc-2010");
            ObjectNode contract = (ObjectNode) tree.withArray("contracts").get(0);
            contract.put("weekend", "FRIDAY_SATURDAY_SUNDAY").put("judgeRunsAtHorizonEdges", true)
                    .putObject("weights").put("Max assignments", 2);
            ObjectNode terms = contract.putObject("inrc").put("maxAssignments", 16).put("minAssignments", 6);
            terms.putArray("unwantedPatterns").addObject().put("weight", 1).put("firstWeekday", "FRIDAY")
                    .putArray("days").add("-").add("*").add("D");
        };
        assertThat(problems(inrc)).isEmpty();
        assertOneProblem(inrc.andThen(tree -> ((ObjectNode) tree.withArray("contracts").get(0).get("weights"))
                .put("Tea breaks", 1)), "$.contracts[0].weights.Tea breaks", "not a rule a contract can weigh");
        assertOneProblem(inrc.andThen(tree -> ((ArrayNode) tree.withArray("contracts").get(0).get("inrc")
                        .get("unwantedPatterns").get(0).get("days")).add("X")),
                "$.contracts[0].inrc.unwantedPatterns[0].days[3]", "must be a shift code");
        assertOneProblem(inrc.andThen(tree -> ((ObjectNode) tree.withArray("contracts").get(0).get("inrc"))
                .put("minAssignments", 20)), "$.contracts[0].inrc.maxAssignments", "must not be below minAssignments");
        // the INRC terms are no longer fields of the contract itself
        assertThat(problems(tree -> ((ObjectNode) tree.withArray("contracts").get(0)).put("maxAssignments", 16)))
                .isNotEmpty();
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("demand").get(0)).put("maximum", 1),
                "$.demand[0].maximum", "must not be below the preferred head count");
    }

    @Test
    void nonCyclicPeriodMayStartOnAnyDay() {
        assertThat(problems(tree -> tree.put("cyclic", false).put("startDate", "2026-01-02")
                .set("assignments", tree.arrayNode()))).isEmpty();
    }

    @Test
    void unknownConstraintWeight() {
        assertOneProblem(tree -> tree.putObject("constraintWeights").put("Tea breaks", "1soft"),
                "$.constraintWeights.Tea breaks", "unknown constraint");
        assertOneProblem(tree -> tree.putObject("constraintWeights").put(RosterRules.DAILY_REST.ruleName(), "lots"),
                "$.constraintWeights." + RosterRules.DAILY_REST.ruleName(), "not a score");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(problems(tree -> {
            tree.remove("name");
            tree.put("startDate", "2026-01-07");
            employee(tree).put("homeWard", "W9");
        })).extracting(InputProblem::path)
                .containsExactlyInAnyOrder("$.name", "$.startDate", "$.employees[0].homeWard");
    }

    // Bounds (issue #18, and the hostile inputs of #14): each a 400 on its path, with the limit in the message.

    @Test
    void theHorizonIsAtMostAYearOfWeeksAndNeverRounded() {
        assertOneProblem(tree -> tree.put("weeks", 100_000), "$.weeks", "must be 1 to 53 (was 100000)");
        assertOneProblem(tree -> tree.put("weeks", 5200), "$.weeks", "must be 1 to 53");
        assertOneProblem(tree -> tree.put("weeks", 2.5), "$.weeks", "");
        assertOneProblem(tree -> tree.put("startDate", "+999999999-12-27"), "$.startDate",
                "must be from 2000-01-01 to 2099-12-31");
    }

    @Test
    void demandPerPlaceIsAtMostTheStaffThatExist() {
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("demand").get(0)).put("minimum", 3_000_000)
                .put("preferred", 3_000_000), "$.demand[0].minimum", "must be 0 to 2 (was 3000000)");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("demand").get(0)).put("minimum", 100_000)
                .put("preferred", 100_000), "$.demand[0].minimum", "must be 0 to 2");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("demand").get(0).get("competences"))
                .put("SYKEPLEIER", 1_000_000), "$.demand[0].competences.SYKEPLEIER", "must be 0 to 2");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("demand").get(0)).put("maximum", 3),
                "$.demand[0].maximum", "must be 0 to 2 (was 3)");
    }

    @Test
    void placesOverTheHorizonAreBounded() {
        assertOneProblem(tree -> {
            ArrayNode employees = tree.withArray("employees");
            for (int i = 3; i <= 300; i++) {
                employees.addObject().put("id", "E" + i).put("competence", "ASSISTENT").put("positionPercent", 50)
                        .put("homeWard", "W1");
            }
            tree.put("weeks", 53);
            ((ObjectNode) tree.withArray("demand").get(0)).put("minimum", 280).put("preferred", 290);
        }, "$.demand", "at most 100000 are planned in one roster");
    }

    @Test
    void shiftsArePaidAtMostTheirLengthAndAtLeastAThirdOfIt() {
        ObjectNode[] shift = new ObjectNode[1];
        Consumer<ObjectNode> day = tree -> shift[0] = (ObjectNode) tree.withArray("shiftTypes").get(0);
        assertOneProblem(day.andThen(t -> shift[0].put("paidHours", 0)), "$.shiftTypes[0].paidHours",
                "must be 2.5 to 7.5 (was 0.0)");
        assertOneProblem(day.andThen(t -> shift[0].put("paidHours", 25)), "$.shiftTypes[0].paidHours", "to 7.5");
        assertOneProblem(day.andThen(t -> shift[0].put("paidHours", 9.2e18)), "$.shiftTypes[0].paidHours", "to 7.5");
        assertOneProblem(day.andThen(t -> shift[0].put("paidHours", 1e308)), "$.shiftTypes[0].paidHours", "to 7.5");
        // 23 h 59 min at work, 7.5 h paid: more than two thirds of it would be unpaid
        assertOneProblem(day.andThen(t -> shift[0].put("start", "07:00").put("end", "06:59")),
                "$.shiftTypes[0].paidHours", "must be 8 to 23.9833");
        // a night shift over midnight is measured over midnight
        assertThat(problems(day.andThen(t -> shift[0].put("start", "21:45").put("end", "07:45").put("paidHours", 10))))
                .isEmpty();
    }

    @Test
    void substitutesAndWishesForMoreHoursAreChecked() {
        // A part-timer may want at most what her position lacks of a full-time one.
        double percent = 80;
        assertThat(problems(tree -> employee(tree).put("wantsMorePercent", 100 - percent))).isEmpty();
        assertOneProblem(tree -> employee(tree).put("wantsMorePercent", 101 - percent),
                "$.employees[0].wantsMorePercent", "what a " + percent + " % position lacks");
        // A substitute from the pool has an hourly cost and no position.
        assertThat(problems(tree -> employee(tree).put("substituteCostPerHour", 450).remove("positionPercent")))
                .isEmpty();
        assertOneProblem(tree -> employee(tree).put("substituteCostPerHour", 450).put("positionPercent", 50),
                "$.employees[0].positionPercent", "must be 0 or absent for a substitute");
        assertOneProblem(tree -> employee(tree).put("substituteCostPerHour", -1).put("positionPercent", 0),
                "$.employees[0].substituteCostPerHour", "must be 0 to 100000");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("contracts").get(0)).put("positionTolerancePercent", 150),
                "$.contracts[0].positionTolerancePercent", "must be 0 to 100");
    }

    @Test
    void theAveragingWindowIsEightWeeksUpTo52ByAgreement() {
        assertThat(problems(tree -> ((ObjectNode) tree.withArray("contracts").get(0)).put("averagingWeeks", 52)))
                .isEmpty();
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("contracts").get(0)).put("averagingWeeks", 53),
                "$.contracts[0].averagingWeeks", "must be 1 to 52 weeks under agreement 'tariffavtale'");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("contracts").get(0)).put("averagingWeeks", 12)
                        .put("agreement", "none").remove("reducedDailyRestHours"),
                "$.contracts[0].averagingWeeks", "must be 1 to 8 weeks without a working-time agreement");
    }

    @Test
    void contractHoursAreHoursOfADayOrAWeek() {
        Consumer<ObjectNode> none = tree -> { };
        assertOneProblem(none.andThen(tree -> ((ObjectNode) tree.withArray("contracts").get(0))
                .put("minDailyRestHours", 25)), "$.contracts[0].minDailyRestHours", "must be 0 to 24 (was 25");
        // 30 h is no day at all, and also beyond what the contract's agreement allows: both are said.
        assertThat(problems(none.andThen(tree -> ((ObjectNode) tree.withArray("contracts").get(0))
                .put("maxShiftHours", 30)))).extracting(InputProblem::message)
                .anyMatch(m -> m.contains("must be 1 to 24")).anyMatch(m -> m.contains("at most 12.5 h"));
        assertOneProblem(none.andThen(tree -> ((ObjectNode) tree.withArray("contracts").get(0))
                .put("fullTimeWeeklyHours", 0)), "$.contracts[0].fullTimeWeeklyHours", "must be 1 to 48");
        assertOneProblem(none.andThen(tree -> ((ObjectNode) tree.withArray("contracts").get(0))
                .put("maxConsecutiveWorkingDays", 1_000_000)), "$.contracts[0].maxConsecutiveWorkingDays",
                "must be 0 to 371");
    }

    @Test
    void aNullAnywhereInAnEmployeeIsReportedOnItsPath() {
        assertOneProblem(tree -> employee(tree).withArray("wishes").addNull(), "$.employees[0].wishes[1]",
                "must not be null");
        assertOneProblem(tree -> employee(tree).putArray("fixed").addNull(), "$.employees[0].fixed[0]",
                "must not be null");
        assertOneProblem(tree -> employee(tree).withArray("unavailable").insertNull(0),
                "$.employees[0].unavailable[0]", "must not be null");
        assertOneProblem(tree -> tree.withArray("assignments").addNull(), "$.assignments[1]", "must not be null");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("demand").get(0)).putArray("weekdays").addNull(),
                "$.demand[0].weekdays[0]", "must not be null");
    }

    @Test
    void wishesAndFixedShiftsAreInTheHorizonAndOneFixedShiftADay() {
        assertOneProblem(tree -> ((ObjectNode) employee(tree).withArray("wishes").get(0)).put("date", "2030-01-01"),
                "$.employees[0].wishes[0].date", "outside the planning horizon (2026-01-05 to 2026-01-18)");
        assertOneProblem(tree -> {
            ArrayNode fixed = employee(tree).putArray("fixed");
            fixed.addObject().put("date", "2026-01-06").put("shift", "D").put("ward", "W1");
            fixed.addObject().put("date", "2026-01-06").put("shift", "D").put("ward", "W1");
        }, "$.employees[0].fixed[1].date", "E1 already has a fixed shift on 2026-01-06");
    }

    @Test
    void anAbsenceIsWithinAFewYearsOfTheHorizon() {
        assertThat(problems(tree -> ((ObjectNode) employee(tree).withArray("unavailable").get(0))
                .put("from", "-999999999-01-01").put("to", "+999999999-12-31")))
                .extracting(InputProblem::path)
                .containsExactly("$.employees[0].unavailable[0].from", "$.employees[0].unavailable[0].to");
        // long-term sick leave from last year to next is fine
        assertThat(problems(tree -> ((ObjectNode) employee(tree).withArray("unavailable").get(0))
                .put("from", "2025-03-01").put("to", "2027-06-30"))).isEmpty();
    }

    /** Building walks the horizon's days, not the absence's: this once ran for hours (2 x 10^9 years). */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void buildingClipsAnAbsenceToTheHorizon() throws Exception {
        ObjectNode tree = (ObjectNode) RosterSamples.READER.mapper().readTree(VALID);
        ((ObjectNode) employee(tree).withArray("unavailable").get(0))
                .put("from", "-999999999-01-01").put("to", "+999999999-12-31");
        RosterDataset dataset = RosterSamples.READER.mapper().treeToValue(tree, RosterDataset.class);
        var employee = new no.turnus.roster.input.RosterBuilder(dataset).build(Map.of()).getEmployees().get(0);
        for (int day = 0; day < 14; day++) {
            assertThat(employee.isUnavailable(day)).isTrue();
        }
    }

    @Test
    void weightsAreNeverNegativeNorMissing() {
        assertOneProblem(tree -> tree.putObject("constraintWeights").put(RosterRules.CONTRACT_HOURS.ruleName(), "-5soft"),
                "$.constraintWeights." + RosterRules.CONTRACT_HOURS.ruleName(), "must not be negative");
        assertOneProblem(tree -> tree.putObject("constraintWeights").putNull(RosterRules.CONTRACT_HOURS.ruleName()),
                "$.constraintWeights." + RosterRules.CONTRACT_HOURS.ruleName(), "is required");
        assertOneProblem(tree -> tree.putObject("constraintWeights")
                        .put(RosterRules.CONTRACT_HOURS.ruleName(), "99999999999soft"),
                "$.constraintWeights." + RosterRules.CONTRACT_HOURS.ruleName(), "not a score");
    }

    @Test
    void aNameLongerThanTheStoreKeepsIsRefused() {
        assertOneProblem(tree -> tree.put("name", "x".repeat(301)), "$.name", "at most 300 characters (has 301)");
        assertOneProblem(tree -> ((ObjectNode) tree.withArray("employees").get(1)).put("id", "E".repeat(101)),
                "$.employees[1].id",
                "at most 100 characters");
    }
}
