package no.turnus.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.roster.input.RosterDataset;

/**
 * A replanning change is checked on its own fields: one that changes nothing or names what the plan does not have
 * is a 400 there, not a job that solves the same plan again or a crash.
 */
class RosterReplanningTest {

    private static final RosterDataset SMALL = RosterSamples.read("roster-small.json");
    private static final RosterReplanning REPLANNING = new RosterReplanning();

    private static List<String> problems(String change) {
        RosterReplanning.Change parsed = RosterSamples.READER.readValue(change.getBytes(), RosterReplanning.Change.class);
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> REPLANNING.apply(SMALL, parsed));
        return error == null ? List.of() : error.problems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        assertThat(problems("{}")).containsExactly(
                "$: changes nothing: give an employee who becomes unavailable, demand lines, or what to pin");
        assertThat(problems("{\"unavailableFrom\":\"2026-01-07\",\"reason\":\"sick\"}")).containsExactlyInAnyOrder(
                "$.unavailableFrom: needs an employee", "$.reason: needs an employee");
        assertThat(problems("{\"employee\":\"E1\",\"unavailableFrom\":\"2031-01-01\"}")).singleElement().asString()
                .startsWith("$.unavailableFrom: is after the horizon (2026-01-05 to 2026-01-18)");
        assertThat(problems("{\"employee\":\"E1\",\"unavailableFrom\":\"2020-01-01\",\"unavailableTo\":\"2020-02-01\"}"))
                .singleElement().asString().startsWith("$.unavailableTo: is before the horizon");
        assertThat(problems("{\"pinFrom\":\"2027-01-01\"}")).singleElement().asString()
                .startsWith("$.pinFrom: the range pins nothing");
        assertThat(problems("{\"pinTo\":\"2026-01-10\"}")).containsExactly("$.pinFrom: is required");
    }

    @Test
    void pinsNameAssignmentsOfThePlan() {
        assertThat(problems("{\"pin\":[null]}")).containsExactly("$.pin[0]: must not be null");
        assertThat(problems("{\"pin\":[{\"employee\":\"E1\",\"date\":\"2026-01-05\",\"shift\":\"NOPE\",\"ward\":\"X\"}]}"))
                .singleElement().asString().startsWith("$.pin[0]: the plan has no such assignment");
    }

    /** Applying it once walked 2 x 10^9 years of days; the replanned dataset must also pass validation. */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void anAbsenceOverTheWholeCalendarIsClippedToTheHorizon() {
        RosterReplanning.Change change = RosterSamples.READER.readValue(("{\"employee\":\"E1\","
                + "\"unavailableFrom\":\"-999999999-01-01\",\"unavailableTo\":\"+999999999-12-31\"}").getBytes(),
                RosterReplanning.Change.class);
        RosterDataset replanned = REPLANNING.apply(SMALL, change);
        assertThat(replanned.employees().get(0).unavailable()).last()
                .isEqualTo(new RosterDataset.Period(SMALL.startDate(), SMALL.startDate().plusDays(13), null));
        assertThat(RosterSamples.KIND.validate(replanned)).isEmpty();
    }
}
