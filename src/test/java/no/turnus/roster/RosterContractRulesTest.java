package no.turnus.roster;

import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Post;
import no.turnus.roster.domain.Requirement;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WeekendDefinition;

import static no.turnus.roster.RosterFixture.A;
import static no.turnus.roster.RosterFixture.D;
import static no.turnus.roster.RosterFixture.N;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import no.turnus.problem.Breach;
import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.input.RosterDataset.InrcTerms;
import no.turnus.roster.input.RosterDataset.PatternSpec;
import no.turnus.roster.rules.CoverageRules;
import no.turnus.roster.rules.HoursRules;
import no.turnus.io.inrc.InrcRosterConstraints;
import no.turnus.io.inrc.InrcRules;
import no.turnus.roster.rules.RosterConstraints;
import no.turnus.roster.rules.RosterRuleSet;
import no.turnus.roster.rules.RosterRules;
import no.turnus.problem.Rule;
import no.turnus.roster.rules.WeekendRules;

/**
 * The contract rules added to express INRC-2010 contracts as data (weekend definitions, assignment counts, free-day
 * runs, weekend runs, identical weekend shifts, alternative skill, unwanted patterns, per-contract weights, runs at
 * the horizon's edges, overstaffing): each penalises what it should and nothing else.
 */
class RosterContractRulesTest {

    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, Slot.class);
    private final ConstraintVerifier<InrcRosterConstraints, Roster> inrc =
            ConstraintVerifier.build(new InrcRosterConstraints(), Roster.class, Slot.class);
    private final RosterFixture two = new RosterFixture(2, false);
    private final RosterFixture three = new RosterFixture(3, false);

    /** An INRC-style contract: the given INRC terms and fields, everything else at its default. */
    private static ContractRules contract(WeekendDefinition weekend, Integer minAssignments, Integer maxAssignments,
                                          Integer maxFreeDays, Integer minWeekends, boolean identicalWeekendShifts,
                                          boolean judgeEdges, List<PatternSpec> patterns, Map<String, Integer> weights) {
        return ContractRules.from(new ContractSpec("inrc", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, weekend, judgeEdges, weights, new InrcTerms(minAssignments,
                maxAssignments, maxFreeDays, minWeekends, identicalWeekendShifts, null, patterns), null, null, null, null, null, null, null));
    }

    private static ContractRules weighted(Map<String, Integer> weights) {
        return contract(null, null, null, null, null, false, false, List.of(), weights);
    }

    @Test
    void weekendDefinitionsOnAFridayStart() {
        Horizon inrc = new Horizon(LocalDate.of(2010, 1, 1), 4, false, false);
        assertThat(WeekendDefinition.SATURDAY_SUNDAY.count(inrc)).isEqualTo(4);
        assertThat(WeekendDefinition.SATURDAY_SUNDAY.index(inrc, 0)).isEqualTo(-1); // Friday
        assertThat(WeekendDefinition.SATURDAY_SUNDAY.index(inrc, 9)).isEqualTo(1);  // Sunday 10 Jan
        assertThat(WeekendDefinition.FRIDAY_SATURDAY_SUNDAY_MONDAY.index(inrc, 0)).isEqualTo(0);
        assertThat(WeekendDefinition.FRIDAY_SATURDAY_SUNDAY_MONDAY.index(inrc, 3)).isEqualTo(0); // Monday
        assertThat(WeekendDefinition.FRIDAY_SATURDAY_SUNDAY.daysInHorizon(inrc, 3)).isEqualTo(3);
        Horizon monday = new Horizon(LocalDate.of(2026, 1, 5), 2, false, false);
        // The Monday at the start closes a weekend that began before the horizon: no weekend when not cyclic.
        assertThat(WeekendDefinition.SATURDAY_SUNDAY_MONDAY.index(monday, 0)).isEqualTo(-1);
        assertThat(WeekendDefinition.SATURDAY_SUNDAY_MONDAY.daysInHorizon(monday, 1)).isEqualTo(2); // cut at the end
        Horizon cyclic = new Horizon(LocalDate.of(2026, 1, 5), 2, true, false);
        assertThat(WeekendDefinition.SATURDAY_SUNDAY_MONDAY.index(cyclic, 0)).isEqualTo(1); // wraps to the last
        assertThat(WeekendDefinition.SATURDAY_SUNDAY.index(cyclic, 12)).isEqualTo(1);
    }

    @Test
    void overstaffed() {
        Employee kari = two.employee("kari");
        Slot surplus = new Slot("extra", Post.of(two.horizon, "W1", 0, D), Requirement.ANY, false, true);
        surplus.setEmployee(kari);
        Slot emptySurplus = new Slot("extra2", Post.of(two.horizon, "W1", 1, D), Requirement.ANY, false, true);
        verifier.verifyThat((p, f) -> CoverageRules.overstaffed(f))
                .given(surplus, emptySurplus, two.slot(two.employee("ola"), 0, D))
                .penalizesBy(1);
        verifier.verifyThat((p, f) -> CoverageRules.preferredStaffing(f)).given(emptySurplus).penalizesBy(0);
        verifier.verifyThat((p, f) -> CoverageRules.uncovered(f)).given(emptySurplus).penalizesBy(0);
    }

    @Test
    void minAndMaxAssignmentsWithContractWeight() {
        ContractRules c = contract(null, 3, 4, null, null, false, false, List.of(),
                Map.of(InrcRules.MIN_ASSIGNMENTS.ruleName(), 2));
        Employee kari = two.withContract("kari", c);
        Employee ola = two.withContract("ola", c);
        Employee per = two.withContract("per", c);
        Slot[] perSlots = new Slot[5];
        for (int d = 0; d < 5; d++) {
            perSlots[d] = two.slot(per, d, D);
        }
        // kari 2 shifts: 1 short x 2; ola none: 3 short x 2; per 5: 1 over the max (weight 1)
        inrc.verifyThat((p, f) -> InrcRosterConstraints.minAssignments(f))
                .given(kari, ola, per, two.slot(kari, 0, D), two.slot(kari, 1, D), perSlots[0], perSlots[1],
                        perSlots[2], perSlots[3], perSlots[4])
                .penalizesBy(8);
        Object[] facts = {kari, ola, per, two.slot(kari, 0, D), perSlots[0], perSlots[1], perSlots[2], perSlots[3],
                perSlots[4]};
        inrc.verifyThat((p, f) -> InrcRosterConstraints.maxAssignments(f)).given(facts).penalizesBy(1);
        inrc.verifyThat((p, f) -> InrcRosterConstraints.maxAssignments(f)).given(facts)
                .justifiesWith(new Breach("per", "", "has 5 shifts, more than the 4 agreed",
                        "INRC-2010 contract: MaxNumAssignments"));
        // The Norwegian default has no count limits.
        inrc.verifyThat((p, f) -> InrcRosterConstraints.maxAssignments(f))
                .given(two.employee("anne"), two.slot(two.employee("anne"), 0, D)).penalizesBy(0);
    }

    @Test
    void maxConsecutiveFreeDaysIncludesTheEdgesAndStaffWithoutShifts() {
        ContractRules c = contract(null, null, null, 3, null, false, true, List.of(), Map.of());
        Employee kari = two.withContract("kari", c);
        Employee ola = two.withContract("ola", c);
        // kari: free days 0-4 (2 over) and 7-13 (4 over); ola: 14 free days (11 over)
        inrc.verifyThat((p, f) -> InrcRosterConstraints.maxConsecutiveFreeDays(f))
                .given(two.horizon, kari, ola, two.slot(kari, 5, D), two.slot(kari, 6, D))
                .penalizesBy(17);
        inrc.verifyThat((p, f) -> InrcRosterConstraints.maxConsecutiveFreeDays(f))
                .given(two.horizon, two.employee("anne")).penalizesBy(0);
    }

    @Test
    void runsAtTheEdgesAreJudgedWhenTheContractSaysSo() {
        ContractRules c = contract(null, null, null, null, null, false, true, List.of(), Map.of());
        Employee kari = two.withContract("kari", c);
        // As in the Norwegian test, but the run on day 0 is judged too: 1 + 1
        verifier.verifyThat((p, f) -> HoursRules.isolatedWorkDays(f))
                .given(two.horizon, two.slot(kari, 0, D), two.slot(kari, 3, D), two.slot(kari, 6, D),
                        two.slot(kari, 7, D))
                .penalizesBy(2);
        // Free days: the single free day 13 at the end is judged (1 short of 2), as is day 1 - 2 (none short: 2)
        verifier.verifyThat((p, f) -> HoursRules.isolatedDaysOff(f))
                .given(two.horizon, kari, two.slot(kari, 0, D), two.slot(kari, 3, D), two.slot(kari, 4, D),
                        two.slot(kari, 5, D), two.slot(kari, 6, D), two.slot(kari, 7, D), two.slot(kari, 8, D),
                        two.slot(kari, 9, D), two.slot(kari, 10, D), two.slot(kari, 11, D), two.slot(kari, 12, D))
                .penalizesBy(1);
    }

    @Test
    void minConsecutiveWorkingWeekends() {
        Employee kari = three.withContract("kari", contract(null, null, null, null, 2, false, true, List.of(), Map.of()));
        Employee per = three.withContract("per", contract(null, null, null, null, 2, false, false, List.of(), Map.of()));
        inrc.verifyThat((p, f) -> InrcRosterConstraints.minConsecutiveWeekends(f))
                .given(three.horizon, three.slot(kari, 12, D), three.slot(per, 5, D))
                .penalizesBy(1); // per's only weekend touches the start of the horizon: not judged for him
    }

    @Test
    void completeWeekendsByTheCompetitionTable() {
        ContractRules friday = contract(WeekendDefinition.FRIDAY_SATURDAY_SUNDAY, null, null, null, null, false,
                false, List.of(), Map.of());
        Employee kari = two.withContract("kari", friday);
        Employee ola = two.withContract("ola", friday);
        Employee per = two.withContract("per", friday);
        // kari Fri + Sun (W-W: 4), ola Fri only (W--: 2), per all three days (0)
        verifier.verifyThat((p, f) -> WeekendRules.completeWeekends(f))
                .given(two.slot(kari, 4, D), two.slot(kari, 6, D), two.slot(ola, 11, D), two.slot(per, 4, D),
                        two.slot(per, 5, D), two.slot(per, 6, D))
                .penalizesBy(6);
    }

    @Test
    void identicalWeekendShiftTypes() {
        ContractRules c = contract(null, null, null, null, null, true, false, List.of(), Map.of());
        Employee kari = two.withContract("kari", c);
        Employee ola = two.withContract("ola", c);
        Employee per = two.withContract("per", c);
        // kari D then A on a full weekend: (2 - 1) x 2 days; ola D, D: 0; per Saturday only: not a full weekend
        inrc.verifyThat((p, f) -> InrcRosterConstraints.identicalWeekendShifts(f))
                .given(two.slot(kari, 5, D), two.slot(kari, 6, A), two.slot(ola, 5, D), two.slot(ola, 6, D),
                        two.slot(per, 12, D))
                .penalizesBy(2);
        Employee anne = two.employee("anne"); // Norwegian default: rule off
        inrc.verifyThat((p, f) -> InrcRosterConstraints.identicalWeekendShifts(f))
                .given(two.slot(anne, 5, D), two.slot(anne, 6, A)).penalizesBy(0);
    }

    @Test
    void alternativeSkillIsSoftWhereTheContractWeighsIt() {
        ContractRules c = weighted(Map.of(InrcRules.ALTERNATIVE_SKILL.ruleName(), 3));
        Employee kari = two.withContract("kari", c);
        Requirement headNurse = new Requirement(Requirement.Type.AUTHORISATION, "HeadNurse");
        Slot kariSlot = two.slot(kari, 0, D, headNurse);
        inrc.verifyThat((p, f) -> InrcRosterConstraints.alternativeSkill(f)).given(kariSlot).penalizesBy(3);
        // the INRC rule set has no "Competence required"; in the Norwegian one no contract can switch it off
        verifier.verifyThat((p, f) -> CoverageRules.competence(f)).given(kariSlot).penalizesBy(1);
        Employee anne = two.employee("anne"); // Norwegian default: a missing competence is hard only
        Slot anneSlot = two.slot(anne, 1, D, headNurse);
        inrc.verifyThat((p, f) -> InrcRosterConstraints.alternativeSkill(f)).given(anneSlot).penalizesBy(0);
        verifier.verifyThat((p, f) -> CoverageRules.competence(f)).given(anneSlot).penalizesBy(1);
    }

    @Test
    void unwantedPatterns() {
        List<PatternSpec> patterns = List.of(new PatternSpec("0", 2, null, List.of("N", "-", "N")),
                new PatternSpec("2", 1, DayOfWeek.FRIDAY, List.of("-", "*", "*")));
        Employee kari = two.withContract("kari", contract(null, null, null, null, null, false, false, patterns,
                Map.of()));
        // N free N from Monday (2), then Friday free + Saturday and Sunday worked (1); a later N-N with a shift
        // between is no match, nor a free Friday 11 before a weekend worked on Saturday only.
        Object[] shifts = {two.slot(kari, 0, N), two.slot(kari, 2, N), two.slot(kari, 5, D), two.slot(kari, 6, D),
                two.slot(kari, 7, N), two.slot(kari, 8, D), two.slot(kari, 9, N), two.slot(kari, 12, D)};
        inrc.verifyThat((p, f) -> InrcRosterConstraints.unwantedPatterns(f)).given(shifts).penalizesBy(3);
        inrc.verifyThat((p, f) -> InrcRosterConstraints.unwantedPatterns(f)).given(shifts)
                .justifiesWith(new Breach("kari", "", "works an unwanted sequence of shifts: N - N from 2026-01-05, "
                        + "- * * from 2026-01-09", "INRC-2010 contract: UnwantedPatterns"));
        Employee anne = two.employee("anne");
        inrc.verifyThat((p, f) -> InrcRosterConstraints.unwantedPatterns(f))
                .given(two.slot(anne, 0, N), two.slot(anne, 2, N)).penalizesBy(0);
    }

    @Test
    void nightBeforeAFreeWeekend() {
        ContractRules c = ContractRules.from(new ContractSpec("nights", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null,
                new InrcTerms(null, null, null, null, null, true, null), null, null, null, null, null, null, null));
        Employee kari = two.withContract("kari", c);
        Employee ola = two.withContract("ola", c);
        Employee per = two.withContract("per", c);
        Employee anne = two.employee("anne"); // rule off by default
        // kari: Friday night, free weekend (1); ola: Friday night, works Saturday; per: Thursday night
        inrc.verifyThat((p, f) -> InrcRosterConstraints.nightBeforeFreeWeekend(f))
                .given(two.slot(kari, 4, N), two.slot(ola, 4, N), two.slot(ola, 5, D), two.slot(per, 3, N),
                        two.slot(anne, 11, N))
                .penalizesBy(1);
        inrc.verifyThat((p, f) -> InrcRosterConstraints.nightBeforeFreeWeekend(f))
                .given(two.slot(kari, 11, N))
                .justifiesWith(new Breach("kari", "2026-01-16", "works the night W1 2026-01-16 N right before a free "
                        + "weekend", "INRC-2010 contract: NoNightShiftBeforeFreeWeekend"));
    }

    @Test
    void contractWeightsMultiplyTheNorwegianRules() {
        Employee kari = two.withContract("kari", weighted(Map.of(RosterRules.MAX_CONSECUTIVE_DAYS.ruleName(), 3)));
        Employee ola = two.withContract("ola", weighted(Map.of(RosterRules.MAX_CONSECUTIVE_DAYS.ruleName(), 0)));
        var given = new java.util.ArrayList<Object>(List.of(two.horizon));
        for (int day = 0; day < 7; day++) {
            given.add(two.slot(kari, day, D)); // 2 over, weight 3
            given.add(two.slot(ola, day, A));  // 2 over, weight 0
        }
        verifier.verifyThat((p, f) -> HoursRules.maxConsecutiveDays(f)).given(given.toArray()).penalizesBy(6);
        assertThat(RosterRuleSet.all()).flatExtracting(RosterRuleSet::rules)
                .filteredOn(rule -> rule.contractWeight() != null)
                .allSatisfy(rule -> assertThat(rule.legal()).as(rule.name()).isFalse())
                .extracting(Rule::name).contains(RosterRules.MAX_CONSECUTIVE_DAYS.ruleName(),
                        InrcRules.ALTERNATIVE_SKILL.ruleName())
                .doesNotContain(RosterRules.COMPETENCE.ruleName());
    }
}
