package no.turnus.roster.domain;

import no.turnus.roster.input.RosterDataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.turnus.problem.Rule;

/**
 * The rule parameters of one contract in the units the constraints use (minutes, days, weekends), with the
 * Norwegian defaults filled in. A reduced rest equal to the normal rest means no local agreement to reduce it.
 *
 * @param judgeRunsAtEdges whether runs cut by the edge of a non-cyclic horizon are judged against minimum lengths
 *                         (INRC does; a Norwegian roster does not, as the run may continue outside the horizon)
 * @param weights          contract multipliers by rule name (see {@link Rule#contractWeight}); a rule not named
 *                         has its catalogue default
 * @param inrc             the terms of an INRC-2010 contract, {@link InrcTerms#NONE} for a Norwegian one
 * @param agreement        the working-time arrangement the contract is under (its limits are the defaults)
 * @param tredeltTurnus    a three-shift rota with at least every third Sunday worked: Sunday, holiday and night
 *                         hours are weighted per KS HTA kap. 1 §4.2.4 ({@link KsWeighting})
 * @param positionTolerancePercent how far above the position's hours its staff may be planned, in % of them (0: the
 *                         position is a hard cap); null: not capped, only "Contract hours" pulls towards it (datasets
 *                         from before the cap)
 * @param averagingWeeks   the weeks the 48 h average is taken over (a horizon shorter than that is taken whole)
 * @param overtime         the most overtime per 7 days, 4 weeks and 52 weeks (AML §10-6)
 */
public record ContractRules(
        String id,
        int minDailyRestMinutes,
        int reducedDailyRestMinutes,
        int minWeeklyRestMinutes,
        int reducedWeeklyRestMinutes,
        int maxShiftMinutes,
        int maxAverageWeeklyMinutes,
        int maxWeeklyMinutes,
        int fullTimeWeeklyMinutes,
        int weekendFrequency,
        int maxConsecutiveWorkingWeekends,
        boolean completeWeekends,
        int maxConsecutiveWorkingDays,
        int minConsecutiveWorkingDays,
        int minConsecutiveFreeDays,
        int maxConsecutiveNights,
        int minFreeDaysAfterNights,
        WeekendDefinition weekend,
        boolean judgeRunsAtEdges,
        Map<String, Integer> weights,
        InrcTerms inrc,
        WorkingTimeAgreement agreement,
        boolean tredeltTurnus,
        Double positionTolerancePercent,
        int averagingWeeks,
        OvertimeLimits overtime) {

    /**
     * The terms of an INRC-2010 contract, in the units the INRC rules use; {@link #NONE} switches every one off
     * ({@code maxAssignments} and {@code maxConsecutiveFreeDays} {@link Integer#MAX_VALUE}, minimums 0).
     */
    public record InrcTerms(int minAssignments, int maxAssignments, int maxConsecutiveFreeDays,
                            int minConsecutiveWorkingWeekends, boolean identicalWeekendShiftTypes,
                            boolean noNightBeforeFreeWeekend, List<UnwantedPattern> unwantedPatterns) {

        public static final InrcTerms NONE = new InrcTerms(0, Integer.MAX_VALUE, Integer.MAX_VALUE, 0, false, false,
                List.of());

        static InrcTerms from(RosterDataset.InrcTerms spec) {
            if (spec == null) {
                return NONE;
            }
            List<UnwantedPattern> patterns = new ArrayList<>();
            for (RosterDataset.PatternSpec pattern : spec.unwantedPatterns()) {
                patterns.add(new UnwantedPattern(pattern.id(), or(pattern.weight(), 1), pattern.firstWeekday(),
                        pattern.days()));
            }
            return new InrcTerms(or(spec.minAssignments(), 0), or(spec.maxAssignments(), Integer.MAX_VALUE),
                    or(spec.maxConsecutiveFreeDays(), Integer.MAX_VALUE), or(spec.minConsecutiveWorkingWeekends(), 0),
                    spec.identicalWeekendShiftTypes() != null && spec.identicalWeekendShiftTypes(),
                    spec.noNightBeforeFreeWeekend() != null && spec.noNightBeforeFreeWeekend(), List.copyOf(patterns));
        }
    }

    /** The 48 h average is taken over 8 weeks unless an agreement names a longer window (AML §10-5). */
    public static final int DEFAULT_AVERAGING_WEEKS = 8;

    /** A contract with the Norwegian rules only (no INRC terms, default weights), under a tariff agreement. */
    public ContractRules(String id, int minDailyRestMinutes, int reducedDailyRestMinutes, int minWeeklyRestMinutes,
                         int reducedWeeklyRestMinutes, int maxShiftMinutes, int maxAverageWeeklyMinutes,
                         int maxWeeklyMinutes, int fullTimeWeeklyMinutes, int weekendFrequency,
                         int maxConsecutiveWorkingWeekends, boolean completeWeekends, int maxConsecutiveWorkingDays,
                         int minConsecutiveWorkingDays, int minConsecutiveFreeDays, int maxConsecutiveNights,
                         int minFreeDaysAfterNights) {
        this(id, minDailyRestMinutes, reducedDailyRestMinutes, minWeeklyRestMinutes, reducedWeeklyRestMinutes,
                maxShiftMinutes, maxAverageWeeklyMinutes, maxWeeklyMinutes, fullTimeWeeklyMinutes, weekendFrequency,
                maxConsecutiveWorkingWeekends, completeWeekends, maxConsecutiveWorkingDays, minConsecutiveWorkingDays,
                minConsecutiveFreeDays, maxConsecutiveNights, minFreeDaysAfterNights, WeekendDefinition.SATURDAY_SUNDAY,
                false, Map.of(), InrcTerms.NONE, WorkingTimeAgreement.TARIFFAVTALE, false, null,
                DEFAULT_AVERAGING_WEEKS, OvertimeLimits.LAW);
    }

    /** Law and KS defaults with no working-time agreement: AML §10-8 rest, §10-5 (1), HTA turnus hours, 1 weekend in 3. */
    public static ContractRules defaults(String id) {
        return from(RosterDataset.ContractSpec.withoutAgreement(id));
    }

    /** The rules of a valid contract: unnamed fields take the limits of the contract's agreement. */
    public static ContractRules from(RosterDataset.ContractSpec spec) {
        WorkingTimeAgreement agreement = WorkingTimeAgreement.of(spec.agreement());
        int dailyRest = minutes(spec.minDailyRestHours(), 11);
        int weeklyRest = minutes(spec.minWeeklyRestHours(), 35);
        return new ContractRules(spec.id(),
                dailyRest,
                spec.reducedDailyRestHours() == null ? dailyRest : minutes(spec.reducedDailyRestHours(), 11),
                weeklyRest,
                spec.reducedWeeklyRestHours() == null ? weeklyRest : minutes(spec.reducedWeeklyRestHours(), 35),
                minutes(spec.maxShiftHours(), agreement.maxShiftHours()),
                minutes(spec.maxAverageWeeklyHours(), WorkingTimeAgreement.MAX_AVERAGE_WEEKLY_HOURS),
                minutes(spec.maxWeeklyHours(), agreement.maxWeeklyHours()),
                minutes(spec.fullTimeWeeklyHours(), 35.5),
                or(spec.weekendFrequency(), 3),
                or(spec.maxConsecutiveWorkingWeekends(), 1),
                spec.completeWeekends() == null || spec.completeWeekends(),
                or(spec.maxConsecutiveWorkingDays(), 5),
                or(spec.minConsecutiveWorkingDays(), 2),
                or(spec.minConsecutiveFreeDays(), 2),
                or(spec.maxConsecutiveNights(), 4),
                or(spec.minFreeDaysAfterNights(), 2),
                spec.weekend() == null ? WeekendDefinition.SATURDAY_SUNDAY : spec.weekend(),
                spec.judgeRunsAtHorizonEdges() != null && spec.judgeRunsAtHorizonEdges(),
                Map.copyOf(spec.weights()),
                InrcTerms.from(spec.inrc()),
                agreement,
                spec.tredeltTurnus() != null && spec.tredeltTurnus(),
                spec.positionTolerancePercent(),
                or(spec.averagingWeeks(), DEFAULT_AVERAGING_WEEKS),
                OvertimeLimits.LAW.with(spec.maxOvertimeHoursPer7Days(), spec.maxOvertimeHoursPer4Weeks(),
                        spec.maxOvertimeHoursPer52Weeks()));
    }

    private static int minutes(Double hours, double fallback) {
        return (int) Math.round((hours == null ? fallback : hours) * 60);
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /** The weeks of the averaging window in a horizon: the contract's, or the whole horizon when it is shorter. */
    public int averagingWeeks(Horizon horizon) {
        return horizon.windowWeeks(averagingWeeks);
    }

    /** Whether a week belongs to the averaging window that starts at {@code first} ({@link Horizon#inWindow}). */
    public boolean inAveragingWindow(Horizon horizon, int first, int week) {
        return horizon.inWindow(first, averagingWeeks, week);
    }

    /** Whether the position caps its staff's hours ({@code positionTolerancePercent} given). */
    public boolean capsPositions() {
        return positionTolerancePercent != null;
    }

    /** The extra minutes a shift counts for this contract's staff: its KS weighting under tredelt turnus, else 0. */
    public int creditMinutes(Post post) {
        return tredeltTurnus ? post.ksCreditMinutes() : 0;
    }

    /** The most KS weighting credit a position with this target may count ({@link KsWeighting#capMinutes}). */
    public int creditCapMinutes(int targetMinutes) {
        return tredeltTurnus ? KsWeighting.capMinutes(targetMinutes, fullTimeWeeklyMinutes) : 0;
    }

    /** Weekends an employee may work in a horizon of the given weeks (1 in 3 → 2 of 6). */
    public int allowedWeekends(int weeks) {
        return weekendFrequency <= 0 ? weeks : (weeks + weekendFrequency - 1) / weekendFrequency;
    }

    /** The multiplier of a rule for this contract's staff. */
    public int weight(Rule.Entry rule) {
        Integer weight = weights.get(rule.ruleName());
        return weight != null ? weight : rule.rule().contractWeight();
    }

    /** Whether a run, {@link Run#open} or not, may be judged against a minimum length (see {@code judgeRunsAtEdges}). */
    public boolean judgesMinimum(boolean open) {
        return !open || judgeRunsAtEdges;
    }

    /** The weekend a day belongs to under this contract, or -1. */
    public int weekendOf(Horizon horizon, int dayIndex) {
        return weekend.index(horizon, dayIndex);
    }
}
