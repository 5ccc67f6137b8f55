package no.turnus.homecare.solver;

import static no.turnus.homecare.HomecareFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import no.turnus.StepLimitedSolve;
import no.turnus.homecare.HomecareFixture;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.domain.Caregiver;
import no.turnus.homecare.domain.Competence;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.User;
import no.turnus.homecare.rules.HomecareRules;

class ContinuityFloorTest {

    @Test
    void cheapestCaregiversPerUserWithTheContactWhereItPays() {
        HomecareFixture f = new HomecareFixture();
        Caregiver anna = f.worker("anna");
        Caregiver bo = f.worker("bo");
        Caregiver pia = f.caregiver("pia", f.palliative, Competence.NURSE);
        f.day(anna, 0);
        f.day(bo, 0);
        f.day(pia, 0);
        // the palliative nurse makes both visits (2 × primary contact) rather than anna one (a second caregiver)
        User palliative = f.user("u1", 1, "Nord", "anna", Set.of(), Set.of());
        f.visit("u1-morning", palliative, at(0, 8, 0), at(0, 10, 0), 30);
        f.visit("u1-care", palliative, 0, at(0, 11, 0), at(0, 13, 0), 30, null, Set.of(), "palliative", true, 0, null);
        // two caregivers for a double visit, anna one of them
        User twoCarers = f.user("u2", 2, "Nord", "anna", Set.of(), Set.of());
        f.doubleVisit("u2-lift", twoCarers, at(0, 9, 0), at(0, 11, 0), 20);
        // no contact: one caregiver, nothing else
        f.visit("u3-lunch", f.user("u3", 3), at(0, 11, 30), at(0, 12, 30), 10);

        ContinuityFloor.Floor floor = ContinuityFloor.of(f.plan());

        assertThat(floor).isEqualTo(new ContinuityFloor.Floor(30, 30));
    }

    @Test
    void noSolvedPlanLiesBelowIt() throws Exception {
        HomecareKind kind = new HomecareKind();
        HomecarePlan problem = kind.toSolution(HomecareSearchComparison.read("data-samples/homecare-small.json"),
                Map.of());
        ContinuityFloor.Floor floor = ContinuityFloor.of(problem);

        StepLimitedSolve.Solved<HomecarePlan> solved = StepLimitedSolve.solve(kind, problem, 200, 1);

        assertThat(solved.best().getVisits()).allMatch(v -> v.getCaregiverDay() != null);
        long plan = solved.solutionManager().analyze(solved.best()).constraintAnalyses().stream()
                .filter(rule -> rule.constraintName().equals(HomecareRules.CONTINUITY.ruleName())
                        || rule.constraintName().equals(HomecareRules.PRIMARY.ruleName()))
                .mapToLong(rule -> -((HardMediumSoftScore) rule.score()).softScore()).sum();
        assertThat(floor.total()).isPositive().isLessThanOrEqualTo(plan);
    }
}
