package no.turnus.homecare;

import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.report.HomecareReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import no.turnus.homecare.rules.HomecareRules;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.BokmalExplanations;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;

/** The kind as the CLI and the service use it: reading, validation, round trip, exports and replanning. */
class HomecareKindTest {

    private static final DatasetReader READER = new DatasetReader(StandardKinds.all());
    private static HomecareDataset input;
    private static HomecarePlan solved;

    @BeforeAll
    static void solveSmall() {
        input = HomecareSamples.read("homecare-small.json");
        solved = HomecareSamples.solve(input, 1000);
    }

    private static ObjectNode small() throws Exception {
        return (ObjectNode) READER.mapper().readTree(Files.readAllBytes(Path.of("data-samples", "homecare-small.json")));
    }

    private static List<String> problems(JsonNode tree) {
        try {
            READER.read(tree);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InputProblem::toString).toList();
        }
    }

    @Test
    void isAStandardKind() {
        assertThat(StandardKinds.all().find("homecare")).containsInstanceOf(HomecareKind.class);
        assertThat(HomecareSamples.read("homecare-narvik.json").visits()).hasSizeGreaterThan(500);
    }

    /** Rule labels and explanations in bokmål, of the solved plan and of the plan before solving (all unplanned). */
    @Test
    void brokenRulesAreExplainedInBokmal() {
        HomecareReport report = (HomecareReport) HomecareSamples.KIND.report(solved, HomecareSamples.MANAGER);
        HomecareReport unsolved = (HomecareReport) HomecareSamples.KIND.report(
                HomecareSamples.KIND.toSolution(input, Map.of()));
        assertThat(BokmalExplanations.assertInBokmal(report.analysis())).isNotEmpty();
        assertThat(BokmalExplanations.assertInBokmal(unsolved.analysis())).isNotEmpty();
        assertThat(unsolved.unplanned()).isNotEmpty().allSatisfy(u -> assertThat(u.reasonNb()).isNotBlank()
                .isNotEqualTo(u.reason()));
    }

    @Test
    void everyProblemIsReportedWithItsPath() throws Exception {
        ObjectNode tree = small();
        ((ObjectNode) tree.at("/visits/0")).put("user", "nobody");
        ((ObjectNode) tree.at("/visits/1")).put("durationMinutes", 0);
        ((ObjectNode) tree.at("/visits/2")).put("caregivers", 3);
        ((ObjectNode) tree.at("/visits/3/windows/0")).put("end", "06:00");
        ((ObjectNode) tree.at("/caregivers/0")).put("team", "x");
        ((ObjectNode) tree.at("/caregivers/1/shifts/0")).put("end", "06:00");
        ((ObjectNode) tree.at("/users/0")).put("location", "atlantis");
        ((ObjectNode) tree.at("/teams/0")).put("specialty", "palliative");
        ((ObjectNode) tree.with("constraintWeights")).put("Sunshine", "1soft");
        assertThat(problems(tree)).contains(
                "$.visits[0].user: unknown user 'nobody'",
                "$.visits[1].durationMinutes: must be 1 to 1440 minutes (was 0)",
                "$.visits[2].caregivers: must be 1 or 2 (was 3)",
                "$.caregivers[0].team: unknown team 'x'",
                "$.users[0].location: unknown location 'atlantis'",
                "$.teams[0]: needs either a district (generalist team) or a specialty (specialist team)");
        assertThat(problems(tree)).anyMatch(p -> p.startsWith("$.visits[3].windows[0].end: is before start"));
        assertThat(problems(tree)).anyMatch(p -> p.startsWith("$.caregivers[1].shifts[0].end: must be after start"));
        assertThat(problems(tree)).anyMatch(p -> p.startsWith("$.constraintWeights.Sunshine: unknown constraint"));
    }

    @Test
    void capacityLoadPartSkillsAndLaterDatesAreChecked() throws Exception {
        ObjectNode tree = small();
        ((ObjectNode) tree.at("/caregivers/0")).put("capacity", -1);
        ((ObjectNode) tree.at("/visits/0")).put("load", -2);
        ((ObjectNode) tree.at("/visits/1")).putArray("partSkills").add(tree.arrayNode()).add(tree.arrayNode())
                .add(tree.arrayNode());
        ((ObjectNode) tree.at("/visits/2/windows/0")).put("startDate", "2026-03-01");
        ((ObjectNode) tree.at("/visits/3/windows/0")).put("startDate", "2026-03-03");
        ((ObjectNode) tree.at("/caregivers/1/shifts/0")).put("endDate", "2026-03-01");
        ((ObjectNode) tree.at("/caregivers/2/shifts/0")).put("end", "06:00").put("endDate", "2026-03-03");
        assertThat(problems(tree)).containsExactlyInAnyOrder(
                "$.caregivers[0].capacity: must be 0 to 100000 (was -1)",
                "$.visits[0].load: must be 0 to 100000 (was -2)",
                "$.visits[1].partSkills: has more entries than the visit has caregivers ("
                        + tree.at("/visits/1").path("caregivers").asInt(1) + ")",
                "$.visits[2].windows[0].startDate: is before the visit's date 2026-03-02",
                "$.visits[3].windows[0].end: is before start 2026-03-03T"
                        + tree.at("/visits/3/windows/0/start").asText().substring(0, 5),
                "$.caregivers[1].shifts[0].endDate: must be after start " + tree.at("/caregivers/1/shifts/0/start")
                        .asText().substring(0, 5) + " on 2026-03-02");
    }

    @Test
    void sequencedPairsAreChecked() throws Exception {
        ObjectNode tree = small();
        // visits 2-7 are single visits of u0002, 8-11 of u0003; 0 is a double visit of u0001.
        ((ObjectNode) tree.at("/visits/3")).putObject("after").put("visit", "u0002-2-1").put("minMinutes", 30)
                .put("maxMinutes", 90);
        ((ObjectNode) tree.at("/visits/4")).putObject("after").put("visit", "u0003-2-1").put("minMinutes", 60)
                .put("maxMinutes", 30);
        ((ObjectNode) tree.at("/visits/5")).putObject("after").put("visit", "u0001-2-1");
        ((ObjectNode) tree.at("/visits/6")).putObject("after").put("visit", "nothing").put("maxMinutes", 10);
        ((ObjectNode) tree.at("/visits/8")).putObject("after").put("visit", "u0003-2-2").put("maxMinutes", 10);
        ((ObjectNode) tree.at("/visits/9")).putObject("after").put("visit", "u0003-2-1").put("maxMinutes", 10);
        assertThat(problems(tree)).containsExactlyInAnyOrder(
                "$.visits[4].after.maxMinutes: is less than minMinutes (60)",
                "$.visits[4].after.visit: visit u0003-2-1 is for user u0003, not u0002",
                "$.visits[5].after.maxMinutes: is required",
                "$.visits[5].after.visit: visit u0001-2-1 is double-staffed; only a single-staffed visit can be followed",
                "$.visits[5].after.visit: visit u0001-2-1 is for user u0001, not u0002",
                "$.visits[6].after.visit: unknown visit 'nothing'",
                "$.visits[8].after.visit: visit u0003-2-1 would follow itself through the chain of 'after'",
                "$.visits[9].after.visit: visit u0003-2-2 would follow itself through the chain of 'after'");
    }

    @Test
    void aNullEntryIsReportedNotACrash() throws Exception {
        ObjectNode tree = small();
        tree.withArray("visits").insertNull(1);
        assertThat(problems(tree)).containsExactly("$.visits[1]: must not be null");
    }

    @Test
    void unknownFieldsAreRejected() throws Exception {
        ObjectNode tree = small();
        ((ObjectNode) tree.at("/visits/0")).put("colour", "blue");
        assertThat(problems(tree)).singleElement().asString().startsWith("$.visits[0].colour: unknown field");
    }

    /** Checked at upload (it once was only when a job was submitted, after the dataset had been stored). */
    @Test
    void anImportedMatrixWithABadCellIsReportedWhereItIs() throws Exception {
        ObjectNode tree = small();
        StringBuilder csv = new StringBuilder("from,to,seconds,meters\n");
        List<String> ids = tree.withArray("locations").findValuesAsText("id");
        for (String a : ids) {
            for (String b : ids) {
                if (!a.equals(b)) {
                    csv.append(a).append(',').append(b).append(',').append(a.equals(ids.get(1)) ? "x" : "600")
                            .append(",5000\n");
                }
            }
        }
        tree.putObject("travelMatrix").put("csv", csv.toString());
        assertThatThrownBy(() -> READER.read(tree))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).toString())
                        .matches("\\$\\.travelMatrix\\.csv line \\d+ column seconds: 'x' is not a whole number"));
    }

    @Test
    void unknownWeightOverrideIsAnInputError() {
        assertThatThrownBy(() -> new HomecareKind().toSolution(HomecareSamples.read("homecare-small.json"),
                Map.of("Nope", "1soft")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("weightOverrides.Nope"));
    }

    @Test
    void legalHardRulesMayOnlyBeTightened() {
        HomecareDataset dataset = HomecareSamples.read("homecare-small.json");
        String skill = HomecareRules.SKILL.ruleName();
        assertThatThrownBy(() -> new HomecareKind().toSolution(dataset, Map.of(skill, "0hard")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.path()).isEqualTo("weightOverrides." + skill))
                        .satisfies(p -> assertThat(p.message()).contains("legal hard rule")));
        assertThatThrownBy(() -> new HomecareKind().toSolution(dataset,
                Map.of(HomecareRules.SHIFT_END.ruleName(), "10soft")))
                .isInstanceOf(InvalidInputException.class);
        HomecareDataset softened = dataset.withConstraintWeights(Map.of(skill, "1soft"));
        assertThat(new HomecareKind().validate(softened)).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$.constraintWeights." + skill));
        assertThat(new HomecareKind().toSolution(dataset, Map.of(skill, "3hard")).getConstraintWeightOverrides()
                .getConstraintWeight(skill)).isEqualTo(HardMediumSoftScore.ofHard(3));
    }

    @Test
    void aSolvedPlanSurvivesTheRoundTripThroughItsDataset() {
        HomecareKind kind = new HomecareKind();
        HomecareDataset stored = kind.toDataset(input, solved);
        assertThat(stored.routes()).isNotEmpty();
        HomecarePlan again = kind.toSolution(stored, Map.of());
        SolutionManager.create(ai.timefold.solver.core.api.solver.SolverFactory.<HomecarePlan>create(
                kind.solverConfig())).update(again);
        assertThat(again.getScore()).isEqualTo(solved.getScore());
        assertThat(kind.toDataset(stored, again).routes()).isEqualTo(stored.routes());
    }

    @Test
    void exportsTheRoutesAsCsvAndGeoJson() throws Exception {
        HomecareKind kind = new HomecareKind();
        String csv = kind.exports().get("csv").render(solved);
        long stops = solved.getCaregiverDays().stream().mapToLong(d -> d.getVisits().size()).sum();
        assertThat(csv.lines()).hasSize((int) stops + 1).first().asString().startsWith("caregiver,team,date,seq");
        JsonNode geo = READER.mapper().readTree(kind.exports().get("geojson").render(solved));
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        long routes = solved.getCaregiverDays().stream().filter(d -> !d.getVisits().isEmpty()).count();
        List<String> geometries = new java.util.ArrayList<>();
        geo.get("features").forEach(f -> geometries.add(f.at("/geometry/type").asText()));
        assertThat(geometries.stream().filter("LineString"::equals)).hasSize((int) routes);
        assertThat(geometries.stream().filter("Point"::equals)).hasSize((int) stops);
        assertThat(kind.exports().get("geojson").mediaType()).isEqualTo("application/geo+json");
    }

    @Test
    void sickCallAtTenKeepsWhatWasDoneAndReplansTheRest() {
        HomecareKind kind = new HomecareKind();
        HomecareDataset before = kind.toDataset(input, solved);
        HomecareReport report = HomecareReport.of(solved, HomecareSamples.MANAGER);
        // A caregiver on the first day with visits before and after 10:00.
        HomecareReport.RouteReport sick = report.routes().stream()
                .filter(r -> r.date().equals(report.routes().get(0).date()))
                .filter(r -> r.stops().stream().anyMatch(s -> s.start().toLocalTime().isBefore(LocalTime.of(10, 0)))
                        && r.stops().stream().anyMatch(s -> !s.start().toLocalTime().isBefore(LocalTime.of(10, 0))))
                .findFirst().orElseThrow();
        var replanning = (HomecareReplanning) kind.replanning().orElseThrow();
        HomecareDataset changed = replanning.apply(before,
                new HomecareReplanning.Change(sick.caregiver(), sick.date(), LocalTime.of(10, 0), null));
        assertThat(changed.reference()).isEqualTo(before.routes());
        HomecarePlan replanned = HomecareSamples.solve(changed, 1000);
        HomecareReport after = HomecareReport.of(replanned, HomecareSamples.MANAGER);
        assertThat(after.feasible()).as(after.score()).isTrue();
        // Every visit that started before 10:00 that day is still made by the same caregiver at the same time.
        for (HomecareReport.RouteReport route : report.routes()) {
            for (HomecareReport.Stop stop : route.stops()) {
                if (route.date().equals(sick.date()) && stop.start().isBefore(sick.date().atTime(10, 0))) {
                    assertThat(after.routes()).anySatisfy(r -> {
                        assertThat(r.caregiver()).isEqualTo(route.caregiver());
                        assertThat(r.stops()).anySatisfy(s -> {
                            assertThat(s.visit()).isEqualTo(stop.visit());
                            assertThat(s.start()).isEqualTo(stop.start());
                            assertThat(s.pinned()).isTrue();
                        });
                    });
                }
            }
        }
        // The sick caregiver makes nothing from 10:00.
        LocalDateTime ten = sick.date().atTime(10, 0);
        assertThat(after.routes().stream().filter(r -> r.caregiver().equals(sick.caregiver())
                && r.date().equals(sick.date())).flatMap(r -> r.stops().stream()))
                .allSatisfy(s -> assertThat(s.start()).isBefore(ten));
        var differences = replanning.differences(before, kind.toDataset(changed, replanned));
        assertThat(differences.changed()).isPositive();
        assertThat(differences.changes()).allSatisfy(d -> assertThat(d.before()).isNotEqualTo(d.after()));
        assertThat(HomecareSolveTest.independentCheck(changed, after)).isEmpty();
    }

    @Test
    void aSickCallForAnUnknownCaregiverNamesTheField() {
        var replanning = (HomecareReplanning) new HomecareKind().replanning().orElseThrow();
        HomecareDataset before = new HomecareKind().toDataset(input, solved);
        assertThatThrownBy(() -> replanning.apply(before, new HomecareReplanning.Change("ghost",
                before.routes().get(0).date(), LocalTime.of(10, 0), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InputProblem::path).containsExactly("$.caregiver"));
    }

    // Bounds (issue #18): each a 400 on its path, with the limit in the message.

    @Test
    void shiftsAreAtMostADayAndPlansAtMostAMonth() throws Exception {
        ObjectNode tree = small();
        ((ObjectNode) tree.at("/caregivers/0/shifts/0")).put("endDate", "2026-03-12");
        ((ObjectNode) tree.at("/caregivers/1/shifts/0")).put("endDate", "+999999999-12-31");
        assertThat(problems(tree)).containsExactlyInAnyOrder(
                "$.caregivers[0].shifts[0].endDate: makes the shift longer than 24 h (2026-03-02T07:00 to"
                        + " 2026-03-12T15:00)",
                "$.caregivers[1].shifts[0].endDate: must be from 2000-01-01 to 2099-12-31 (was +999999999-12-31)");

        ObjectNode later = small();
        ((ObjectNode) later.at("/visits/0")).put("date", "2026-05-02");
        assertThat(problems(later)).singleElement().asString().startsWith("$.visits[0].date: makes the plan 62 days"
                + " long (2026-03-02 to 2026-05-02); a plan covers at most 31 days");
    }

    @Test
    void aVisitOnAnyDateOfTheCalendarIsRefused() throws Exception {
        for (String date : List.of("+999999999-12-31", "-999999999-01-01")) {
            ObjectNode tree = small();
            ((ObjectNode) tree.at("/visits/0")).put("date", date);
            assertThat(problems(tree)).singleElement().asString()
                    .isEqualTo("$.visits[0].date: must be from 2000-01-01 to 2099-12-31 (was " + date + ")");
        }
    }

    @Test
    void roadSpeedsAreFromWalkingPaceToTheMotorwayLimit() throws Exception {
        ObjectNode tree = small();
        tree.putObject("roads").putObject("speedKmh").put("RURAL", 1e-9);
        assertThat(problems(tree)).containsExactly("$.roads.speedKmh.RURAL: must be a speed from 3 to 130 km/h"
                + " (was 1.0E-9)");
    }

    /** A null weight was stored (201) and refused only when a job was submitted. */
    @Test
    void aNullOrNegativeWeightIsRefusedAtUpload() throws Exception {
        ObjectNode tree = small();
        String rule = HomecareRules.rules().get(HomecareRules.rules().size() - 1).name();
        tree.putObject("constraintWeights").putNull(rule);
        assertThat(problems(tree)).containsExactly("$.constraintWeights." + rule + ": is required");
        tree.putObject("constraintWeights").put(rule, "-1soft");
        assertThat(problems(tree)).singleElement().asString().contains("must not be negative");
    }

    @Test
    void overtimeToleranceAndGapsAreAtMostADay() throws Exception {
        ObjectNode tree = small();
        ((ObjectNode) tree.at("/caregivers/0/shifts/0")).put("maxOvertimeMinutes", 100_000);
        ((ObjectNode) tree.at("/visits/0")).put("lateToleranceMinutes", 2_000_000_000);
        assertThat(problems(tree)).containsExactlyInAnyOrder(
                "$.caregivers[0].shifts[0].maxOvertimeMinutes: must be 0 to 1440 (was 100000)",
                "$.visits[0].lateToleranceMinutes: must be 0 to 1440 (was 2000000000)");
    }
}
