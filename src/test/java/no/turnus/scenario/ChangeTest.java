package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.turnus.homecare.domain.Competence;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.TeamSpec;
import no.turnus.homecare.input.HomecareDataset.UserSpec;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterDataset.Demand;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;
import no.turnus.scenario.ScenarioSet.Baseline;

/**
 * Every change type on the real samples (Narvik home care, the merged Furumoen/Ballangen roster): the changed
 * datasets are what the change says, and the baseline is exactly as it was (compared as JSON before and after).
 */
class ChangeTest {

    private static final String AT = "$.scenarios[0].changes[0]";
    private static final ObjectMapper JSON = DatasetReader.standardMapper();

    private Baseline baseline;
    private String before;

    @BeforeEach
    void read() throws IOException {
        ScenarioSet narvik = JSON.readValue(Files.readAllBytes(Path.of("data-samples/scenario-narvik.json")),
                ScenarioSet.class);
        RosterDataset roster = JSON.readValue(Files.readAllBytes(Path.of("data-samples/roster-merged.json")),
                RosterDataset.class);
        baseline = new Baseline(narvik.baseline().homecare(), roster);
        before = JSON.writeValueAsString(baseline);
    }

    @AfterEach
    void baselineUntouched() throws IOException {
        assertThat(JSON.writeValueAsString(baseline)).isEqualTo(before);
    }

    private HomecareDataset homecare(Change change) {
        return change.apply(baseline, AT).homecare();
    }

    private RosterDataset roster(Change change) {
        return change.apply(baseline, AT).roster();
    }

    private static HomecareDataset.LocationSpec location(HomecareDataset d, String id) {
        return d.locations().stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    private static TeamSpec team(HomecareDataset d, String id) {
        return d.teams().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    private static CaregiverSpec caregiver(HomecareDataset d, String id) {
        return d.caregivers().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static void fails(Runnable apply, String path, String message) {
        assertThatThrownBy(apply::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .contains(new InputProblem(path, message)));
    }

    @Test
    void moveBaseMovesOnlyThatLocation() {
        HomecareDataset moved = homecare(new Change.MoveBase("base-narvik", 68.42, 17.40, null));
        assertThat(location(moved, "base-narvik").latitude()).isEqualTo(68.42);
        assertThat(location(moved, "base-narvik").longitude()).isEqualTo(17.40);
        assertThat(location(moved, "base-narvik").area()).isEqualTo(location(baseline.homecare(), "base-narvik").area());
        assertThat(moved.locations()).hasSameSizeAs(baseline.homecare().locations());
        fails(() -> homecare(new Change.MoveBase("X", 68.0, 17.0, null)), AT + ".base", "unknown base 'X'");
        fails(() -> homecare(new Change.MoveBase("home-U01", 68.0, 17.0, null)), AT + ".base",
                "'home-U01' is not the base of any team");
    }

    @Test
    void addBaseAddsALocation() {
        HomecareDataset added = homecare(new Change.AddBase("b2", "Ballangen", 68.343, 16.835, null));
        assertThat(added.locations()).hasSize(baseline.homecare().locations().size() + 1);
        assertThat(location(added, "b2").latitude()).isEqualTo(68.343);
        fails(() -> homecare(new Change.AddBase("base-narvik", null, 68.0, 17.0, null)), AT + ".base",
                "there is already a location 'base-narvik'");
        fails(() -> homecare(new Change.AddBase("b3", null, null, 17.0, null)), AT + ".latitude", "is required");
    }

    @Test
    void removeBaseMovesItsTeamsAndDropsTheLocation() {
        Baseline twoBases = new Change.MoveTeam("ballangen", "b2").apply(
                new Change.AddBase("b2", "Ballangen", 68.343, 16.835, null).apply(baseline, AT), AT);
        HomecareDataset removed = new Change.RemoveBase("b2", "base-narvik").apply(twoBases, AT).homecare();
        assertThat(location(removed, "b2")).isNull();
        assertThat(team(removed, "ballangen").base()).isEqualTo("base-narvik");
        fails(() -> new Change.RemoveBase("b2", "nowhere").apply(twoBases, AT), AT + ".moveTo",
                "unknown location 'nowhere'");
    }

    @Test
    void mergeBasesMovesEveryTeamToOneBase() {
        Baseline threeBases = new Options.Option("three", null, baseline).datasets();
        for (Change change : List.of(new Change.AddBase("b2", null, 68.343, 16.835, null),
                new Change.AddBase("b3", null, 68.0961, 16.3736, null), new Change.MoveTeam("ballangen", "b2"),
                new Change.MoveTeam("kjopsvik", "b3"))) {
            threeBases = change.apply(threeBases, AT);
        }
        Baseline bases = threeBases;
        HomecareDataset merged = new Change.MergeBases(List.of("b2", "b3"), "base-narvik").apply(bases, AT)
                .homecare();
        assertThat(merged.teams()).extracting(TeamSpec::base).containsOnly("base-narvik");
        assertThat(location(merged, "b2")).isNull();
        assertThat(location(merged, "b3")).isNull();
        fails(() -> new Change.MergeBases(List.of("b2", "zz"), "base-narvik").apply(bases, AT),
                AT + ".bases[1]", "unknown base 'zz'");
    }

    @Test
    void addTeamAndMoveTeam() {
        HomecareDataset added = homecare(new Change.AddTeam("bjerkvik", "Bjerkvik", "bjerkvik", "base-narvik"));
        assertThat(team(added, "bjerkvik")).isEqualTo(new TeamSpec("bjerkvik", "Bjerkvik", "bjerkvik", null,
                "base-narvik"));
        fails(() -> homecare(new Change.AddTeam("narvik", null, "x", "base-narvik")), AT + ".team",
                "there is already a team 'narvik'");

        Baseline withBase = new Change.AddBase("b2", null, 68.343, 16.835, null).apply(baseline, AT);
        HomecareDataset moved = new Change.MoveTeam("ballangen", "b2").apply(withBase, AT).homecare();
        assertThat(team(moved, "ballangen").base()).isEqualTo("b2");
        assertThat(team(moved, "narvik").base()).isEqualTo("base-narvik");
        fails(() -> homecare(new Change.MoveTeam("ballangen", "nowhere")), AT + ".base", "unknown location 'nowhere'");
    }

    @Test
    void reassignUsersByDistrictOrById() {
        HomecareDataset byDistrict = homecare(new Change.ReassignUsers(null, "kjopsvik", "narvik"));
        assertThat(byDistrict.users()).extracting(UserSpec::district).doesNotContain("kjopsvik");
        long wasNarvik = baseline.homecare().users().stream().filter(u -> u.district().equals("narvik")).count();
        long wasKjopsvik = baseline.homecare().users().stream().filter(u -> u.district().equals("kjopsvik")).count();
        assertThat(byDistrict.users().stream().filter(u -> u.district().equals("narvik")).count())
                .isEqualTo(wasNarvik + wasKjopsvik);

        HomecareDataset byId = homecare(new Change.ReassignUsers(List.of("U01"), null, "ballangen"));
        assertThat(byId.users().get(0).district()).isEqualTo("ballangen");
        assertThat(byId.users().subList(1, byId.users().size()))
                .isEqualTo(baseline.homecare().users().subList(1, byId.users().size()));
        fails(() -> homecare(new Change.ReassignUsers(List.of("U01", "U99"), null, "narvik")), AT + ".users[1]",
                "unknown user 'U99'");
    }

    @Test
    void moveStaffChangesTeamOrHomeWard() {
        HomecareDataset moved = homecare(new Change.MoveStaff(List.of("K1", "K2"), "narvik", null));
        assertThat(caregiver(moved, "K1").team()).isEqualTo("narvik");
        assertThat(caregiver(moved, "K2").team()).isEqualTo("narvik");
        assertThat(caregiver(moved, "B1").team()).isEqualTo("ballangen");

        RosterDataset roster = roster(new Change.MoveStaff(List.of("E1"), null, "BAL1"));
        EmployeeSpec e1 = roster.employees().get(0);
        assertThat(e1.homeWard()).isEqualTo("BAL1");
        assertThat(e1.wards()).doesNotContain("BAL1").contains("FUR1");
        fails(() -> roster(new Change.MoveStaff(List.of("E1"), null, "NOPE")), AT + ".ward", "unknown ward 'NOPE'");
    }

    @Test
    void specialistTeamTakesOverVisitsAndFoldsBack() {
        HomecareDataset split = homecare(new Change.AddSpecialistTeam("wound", "Sårteam", "wound", "base-narvik",
                List.of("N1", "B1"), List.of("WOUND")));
        assertThat(team(split, "wound").specialty()).isEqualTo("wound");
        assertThat(caregiver(split, "N1").team()).isEqualTo("wound");
        assertThat(split.visits()).allSatisfy(v -> assertThat(v.specialty())
                .isEqualTo(v.skills().contains("WOUND") ? "wound" : null));
        assertThat(split.visits()).anySatisfy(v -> assertThat(v.specialty()).isEqualTo("wound"));

        Baseline splitBaseline = new Baseline(split, null);
        HomecareDataset folded = new Change.FoldSpecialistTeam("wound", "narvik").apply(splitBaseline, AT).homecare();
        assertThat(team(folded, "wound")).isNull();
        assertThat(caregiver(folded, "N1").team()).isEqualTo("narvik");
        assertThat(caregiver(folded, "B1").team()).isEqualTo("narvik");
        assertThat(folded.visits()).allSatisfy(v -> assertThat(v.specialty()).isNull());
        fails(() -> new Change.FoldSpecialistTeam("narvik", "ballangen").apply(splitBaseline, AT), AT + ".team",
                "is not a specialist team");
    }

    @Test
    void addStaffAddsCaregiversAndEmployees() {
        CaregiverSpec extra = new CaregiverSpec("K3", "Ny i Kjøpsvik", "kjopsvik", Competence.HEALTH_WORKER, List.of(),
                null, null, null, caregiver(baseline.homecare(), "K2").shifts(), null);
        EmployeeSpec nurse = new EmployeeSpec("E999", "Ny sykepleier", "SYKEPLEIER", List.of("MED_PREP"), 100.0,
                "turnus", "FUR1", List.of(), null, List.of(), List.of(), List.of());
        Baseline added = new Change.AddStaff(List.of(extra), List.of(nurse)).apply(baseline, AT);
        assertThat(added.homecare().caregivers()).hasSize(baseline.homecare().caregivers().size() + 1).contains(extra);
        assertThat(added.roster().employees()).hasSize(baseline.roster().employees().size() + 1).contains(nurse);
        fails(() -> new Change.AddStaff(List.of(caregiver(baseline.homecare(), "K2")), null).apply(baseline, AT),
                AT + ".caregivers[0].id", "duplicate id 'K2'");
    }

    @Test
    void removeStaffDropsThemAndEveryReferenceToThem() {
        HomecareDataset withContact = Edits.homecare(baseline.homecare(), baseline.homecare().locations(),
                baseline.homecare().teams(), baseline.homecare().caregivers(), Edits.map(baseline.homecare().users(),
                        u -> u.id().equals("U01"), u -> new UserSpec(u.id(), u.name(), u.location(), u.district(), "N2",
                                List.of("N3"), List.of())), baseline.homecare().visits());
        Baseline b = new Baseline(withContact, baseline.roster());
        Baseline removed = new Change.RemoveStaff(List.of("N2", "E1")).apply(b, AT);
        assertThat(removed.homecare().caregivers()).extracting(CaregiverSpec::id).doesNotContain("N2");
        assertThat(removed.homecare().users().get(0).primaryContact()).isNull();
        assertThat(removed.homecare().users().get(0).preferred()).containsExactly("N3");
        assertThat(removed.roster().employees()).extracting(EmployeeSpec::id).doesNotContain("E1")
                .hasSize(baseline.roster().employees().size() - 1);
        fails(() -> new Change.RemoveStaff(List.of("N2", "ghost")).apply(b, AT), AT + ".staff[1]",
                "unknown caregiver or employee 'ghost'");
    }

    @Test
    void mergeWardsPoolsDemandAndStaff() {
        RosterDataset merged = roster(new Change.MergeWards(List.of("BAL1", "BAL2"), "BAL", "Ballangen sykehjem"));
        assertThat(merged.wards()).extracting(RosterDataset.Ward::id).containsExactly("FUR1", "FUR2", "BAL");
        assertThat(merged.employees()).extracting(EmployeeSpec::homeWard).doesNotContain("BAL1", "BAL2");
        assertThat(merged.employees()).allSatisfy(e -> assertThat(e.wards()).doesNotContain("BAL1", "BAL2"));
        // Every staffing number of the two wards is now the merged ward's, summed line by line.
        assertThat(total(merged.demand(), "BAL")).isEqualTo(total(baseline.roster().demand(), "BAL1")
                + total(baseline.roster().demand(), "BAL2"));
        assertThat(total(merged.demand(), "FUR1")).isEqualTo(total(baseline.roster().demand(), "FUR1"));
        fails(() -> roster(new Change.MergeWards(List.of("BAL1", "XX"), "BAL", null)), AT + ".wards[1]",
                "unknown ward 'XX'");
    }

    @Test
    void anEditKeepsTheRostersRuleSet() throws IOException {
        RosterDataset r = baseline.roster();
        baseline = new Baseline(baseline.homecare(), new RosterDataset(r.kind(), r.name(), r.startDate(), r.weeks(),
                r.cyclic(), r.wards(), r.shiftTypes(), r.demand(), r.employees(), r.contracts(), r.assignments(),
                r.reference(), r.constraintWeights(), "inrc-2010"));
        before = JSON.writeValueAsString(baseline);
        assertThat(roster(new Change.MergeWards(List.of("BAL1", "BAL2"), "BAL", null)).ruleSet()).isEqualTo("inrc-2010");
        assertThat(Edits.withoutPlans(baseline).roster().ruleSet()).isEqualTo("inrc-2010");
    }

    @Test
    void moveDemandShiftsAShareOfTheStaffing() {
        RosterDataset moved = roster(new Change.MoveDemand("BAL2", "FUR1", 1.0));
        assertThat(total(moved.demand(), "BAL2")).isZero();
        assertThat(total(moved.demand(), "FUR1")).isEqualTo(total(baseline.roster().demand(), "FUR1")
                + total(baseline.roster().demand(), "BAL2"));
        RosterDataset half = roster(new Change.MoveDemand("BAL2", "FUR1", 0.5));
        assertThat(total(half.demand(), "BAL2") + total(half.demand(), "FUR1"))
                .isEqualTo(total(baseline.roster().demand(), "BAL2") + total(baseline.roster().demand(), "FUR1"));
        assertThat(total(half.demand(), "BAL2")).isLessThan(total(baseline.roster().demand(), "BAL2"));
        fails(() -> roster(new Change.MoveDemand("BAL2", "FUR1", 1.5)), AT + ".share",
                "must be above 0 and at most 1 (was 1.5)");
    }

    @Test
    void aChangeForAMissingDatasetSaysSo() {
        Baseline rosterOnly = new Baseline(null, baseline.roster());
        fails(() -> new Change.MoveTeam("narvik", "base-narvik").apply(rosterOnly, AT), AT,
                "changes home care, but the baseline has no homecare dataset");
    }

    /** Staff numbers of all lines of a ward: minimum counts per line, the measure pooling must keep. */
    private static int total(List<Demand> demand, String ward) {
        return demand.stream().filter(d -> d.ward().equals(ward))
                .mapToInt(d -> d.minimum() + d.competences().values().stream().mapToInt(Integer::intValue).sum()
                        + d.authorisations().values().stream().mapToInt(Integer::intValue).sum()
                        + (d.preferred() == null ? 0 : d.preferred()))
                .sum();
    }

}
