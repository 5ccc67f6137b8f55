package no.turnus.roster;

import static no.turnus.roster.RosterFixture.A;
import static no.turnus.roster.RosterFixture.D;
import static no.turnus.roster.RosterFixture.N;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import no.turnus.problem.Breach;
import no.turnus.problem.InputProblem;
import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.RedDays;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WorkingTimeAgreement;
import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.rules.RosterConstraints;
import no.turnus.roster.rules.RosterRules;
import no.turnus.roster.rules.WeekendRules;

/** AML kap. 10 as law, not data: red days, Sundays and holidays, and the limits a contract's agreement unlocks. */
class WorkingTimeLawTest {

    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, Slot.class);
    /** Two weeks from Monday 22 March 2027: skjærtorsdag (day 3) to the Sunday after Easter (day 13). */
    private final RosterFixture easter = new RosterFixture(LocalDate.of(2027, 3, 22), 2, false, false);
    private final RosterFixture january = new RosterFixture(2, false);
    private static final ContractRules NO_AGREEMENT = ContractRules.defaults("none");

    @Test
    void easterAndTheHolidaysThatFollowItAreComputedForAnyYear() {
        assertThat(RedDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(RedDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(RedDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(RedDays.isHoliday(LocalDate.of(2027, 5, 6))).as("Kristi himmelfartsdag 2027").isTrue();
        assertThat(RedDays.isHoliday(LocalDate.of(2027, 5, 17))).isTrue();
        assertThat(RedDays.isHoliday(LocalDate.of(2027, 12, 24))).as("julaften is not a holiday").isFalse();
        assertThat(easter.horizon.redDays()).containsExactly(3, 4, 6, 7, 13);
    }

    @Test
    void aShiftCountsAsWorkOnASundayFromSixTheEveningBeforeUntilTenOnTheDay() {
        Employee kari = january.employee("kari");
        assertThat(january.slot(kari, 5, A).redDay()).as("Saturday evening reaches into Sunday's hours").isEqualTo(0);
        assertThat(january.slot(kari, 5, D).redDay()).as("Saturday day shift").isEqualTo(-1);
        assertThat(january.slot(kari, 6, N).redDay()).as("Sunday night starts before 22:00").isEqualTo(0);
        assertThat(january.slot(kari, 7, D).redDay()).isEqualTo(-1);
        // On påskeaften the holiday's hours start at 15:00 (§10-10 (1)).
        int paaskeaften = 5 * Horizon.DAY;
        List<Integer> redDays = easter.horizon.redDays();
        assertThat(RedDays.overlapped(easter.horizon.startDate(), redDays, paaskeaften + 9 * 60, paaskeaften + 16 * 60))
                .isEqualTo(2);
        int ordinarySaturday = 12 * Horizon.DAY;
        assertThat(RedDays.overlapped(easter.horizon.startDate(), redDays, ordinarySaturday + 9 * 60,
                ordinarySaturday + 16 * 60)).isEqualTo(-1);
    }

    @Test
    void withoutAnAgreementAWorkedSundayIsFollowedByAFreeOne() {
        Employee kari = january.withContract("kari", NO_AGREEMENT);
        Employee ola = january.withContract("ola", NO_AGREEMENT);
        verifier.verifyThat((p, f) -> WeekendRules.sundayAfterSunday(f))
                .given(january.horizon, january.slot(kari, 6, D), january.slot(kari, 13, D), january.slot(ola, 6, D),
                        january.slot(ola, 12, D))
                .penalizesBy(1);
        verifier.verifyThat((p, f) -> WeekendRules.sundayAfterSunday(f))
                .given(january.horizon, january.slot(kari, 6, D), january.slot(kari, 13, D))
                .justifiesWith(new Breach("kari", "2026-01-11", "works 2 Sundays or holidays in a row from 2026-01-11;"
                        + " after a worked Sunday or holiday the next one must be free", "AML §10-8 (4)"));
        Employee tariff = january.employee("tariff");
        verifier.verifyThat((p, f) -> WeekendRules.sundayAfterSunday(f))
                .given(january.horizon, january.slot(tariff, 6, D), january.slot(tariff, 13, D))
                .penalizesBy(0);
    }

    @Test
    void underATariffAgreementEveryOtherSundayOrHolidayIsFreeOnAverage() {
        Employee kari = easter.employee("kari");
        Employee ola = easter.employee("ola");
        Employee none = easter.withContract("none", NO_AGREEMENT);
        // Five red days: at most three worked. Kari works four (skjærtorsdag, langfredag, påskedag, 2. påskedag).
        verifier.verifyThat((p, f) -> WeekendRules.sundaysAveraged(f))
                .given(easter.horizon, easter.slot(kari, 3, D), easter.slot(kari, 4, D), easter.slot(kari, 6, D),
                        easter.slot(kari, 7, D), easter.slot(ola, 3, D), easter.slot(ola, 6, D), easter.slot(ola, 13, D),
                        easter.slot(none, 3, D), easter.slot(none, 4, D), easter.slot(none, 6, D),
                        easter.slot(none, 7, D))
                .penalizesBy(1);
    }

    @Test
    void aContractsDefaultsAreTheLimitsOfItsAgreement() {
        assertThat(NO_AGREEMENT.maxShiftMinutes()).isEqualTo(10 * 60);
        assertThat(NO_AGREEMENT.maxWeeklyMinutes()).isEqualTo(50 * 60);
        ContractRules tariff = ContractRules.from(contract("tariffavtale"));
        assertThat(tariff.maxShiftMinutes()).isEqualTo(750);
        assertThat(tariff.maxWeeklyMinutes()).isEqualTo(54 * 60);
        assertThat(tariff.agreement()).isEqualTo(WorkingTimeAgreement.TARIFFAVTALE);
        assertThat(RosterRules.SUNDAY_AFTER_SUNDAY.rule().fixedHard()).isTrue();
    }

    @Test
    void aContractCannotLoosenTheLawBeyondWhatItsAgreementAllows() {
        assertThat(problems(c -> c.remove("agreement"))).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.contracts[1].reducedDailyRestHours");
            assertThat(problem.message()).contains("at least 11 h without a working-time agreement", "§10-8 (3)");
        });
        assertThat(problems(c -> c.put("minDailyRestHours", 4))).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.contracts[1].minDailyRestHours");
            assertThat(problem.message()).contains("at least 11 h", "AML §10-8 (1)");
        });
        assertThat(problems(c -> c.put("maxShiftHours", 16))).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.contracts[1].maxShiftHours");
            assertThat(problem.message()).contains("at most 12.5 h under agreement 'tariffavtale'");
        });
        assertThat(problems(c -> c.put("maxShiftHours", 13).put("agreement", "arbeidstilsynet"))).isEmpty();
        assertThat(problems(c -> c.put("maxWeeklyHours", 80))).extracting(InputProblem::path)
                .containsExactly("$.contracts[1].maxWeeklyHours");
        assertThat(problems(c -> c.put("maxAverageWeeklyHours", 50))).extracting(InputProblem::path)
                .containsExactly("$.contracts[1].maxAverageWeeklyHours");
        assertThat(problems(c -> c.put("agreement", "handshake"))).extracting(InputProblem::path)
                .containsExactly("$.contracts[1].agreement");
        assertThat(problems(c -> { })).isEmpty();
    }

    /** Problems of roster-small with its second contract (8 h rest on quick returns, tariffavtale) changed. */
    private static List<InputProblem> problems(Consumer<ObjectNode> change) {
        return RosterSamples.problemsOfSmall(tree -> change.accept((ObjectNode) tree.withArray("contracts").get(1)));
    }

    private static ContractSpec contract(String agreement) {
        return ContractSpec.underAgreement("c", agreement);
    }
}
