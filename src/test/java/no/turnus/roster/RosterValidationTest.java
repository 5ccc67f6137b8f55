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
             "contracts": [{"id": "turnus", "reducedDailyRestHours": 8}],
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
}
