package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import no.turnus.geo.AreaType;
import no.turnus.geo.FjordExtract;
import no.turnus.homecare.FjordSample;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.scenario.Comparison.CoverageResult;
import no.turnus.scenario.ScenarioSet.CoverageSpec;
import no.turnus.scenario.ScenarioSet.Place;

/** A scenario's extra places are routed on the baseline's OpenStreetMap extract, like its own locations. */
class RoutedCoverageTest {

    private static final DatasetReader READER = new DatasetReader(StandardKinds.all());

    @RegisterExtension
    static final FjordExtract EXTRACT = new FjordExtract();


    private static HomecareDataset baseline() {
        return (HomecareDataset) READER.read(FjordSample.tree(READER.mapper())).dataset();
    }

    private static Place place(String id, double latitude, double longitude) {
        return new Place(id, id, latitude, longitude, AreaType.FJORD, 100, null);
    }

    @Test
    void aVillageAcrossTheFjordIsAFerryRideFromTheService() {
        // Service in town A (west), village at B (east shore): 10 minutes' crossing, 50 minutes by road round.
        CoverageSpec spec = new CoverageSpec("legevakt", 45, List.of(place("legevakt", 68.4001, 17.0)),
                List.of(place("b", 68.4001, 17.11)));
        CoverageResult result = Coverage.of(spec, baseline(), "$.coverage[0]");
        assertThat(result.coveredPercent()).isEqualTo(100.0);
        assertThat(result.worstServed()).singleElement().satisfies(s -> assertThat(s.minutes()).isBetween(10, 30));
    }

    @Test
    void aPlaceOffTheRoadsIsNamedByItsQuestion() {
        CoverageSpec spec = new CoverageSpec("legevakt", 45, List.of(place("legevakt", 68.4001, 17.0)),
                List.of(place("fjellet", 68.3, 16.6)));
        assertThatThrownBy(() -> Coverage.of(spec, baseline(), "$.coverage[0]"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::path).containsExactly("$.coverage[0] place 'fjellet'"));
    }
}
