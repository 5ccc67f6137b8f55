package no.turnus.roster;

/**
 * The rule parameters of one contract in the units the constraints use (minutes, days, weekends), with the
 * Norwegian defaults filled in. A reduced rest equal to the normal rest means no local agreement to reduce it.
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
        int minFreeDaysAfterNights) {

    /** Law and KS defaults: AML §10-8 rest, §10-5 (2) averaging, HTA kap. 1 §4 turnus hours, 1 weekend in 3. */
    public static ContractRules defaults(String id) {
        return from(new RosterDataset.ContractSpec(id, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null));
    }

    public static ContractRules from(RosterDataset.ContractSpec spec) {
        int dailyRest = minutes(spec.minDailyRestHours(), 11);
        int weeklyRest = minutes(spec.minWeeklyRestHours(), 35);
        return new ContractRules(spec.id(),
                dailyRest,
                spec.reducedDailyRestHours() == null ? dailyRest : minutes(spec.reducedDailyRestHours(), 11),
                weeklyRest,
                spec.reducedWeeklyRestHours() == null ? weeklyRest : minutes(spec.reducedWeeklyRestHours(), 35),
                minutes(spec.maxShiftHours(), 12.5),
                minutes(spec.maxAverageWeeklyHours(), 48),
                minutes(spec.maxWeeklyHours(), 54),
                minutes(spec.fullTimeWeeklyHours(), 35.5),
                or(spec.weekendFrequency(), 3),
                or(spec.maxConsecutiveWorkingWeekends(), 1),
                spec.completeWeekends() == null || spec.completeWeekends(),
                or(spec.maxConsecutiveWorkingDays(), 5),
                or(spec.minConsecutiveWorkingDays(), 2),
                or(spec.minConsecutiveFreeDays(), 2),
                or(spec.maxConsecutiveNights(), 4),
                or(spec.minFreeDaysAfterNights(), 2));
    }

    private static int minutes(Double hours, double fallback) {
        return (int) Math.round((hours == null ? fallback : hours) * 60);
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /** Weekends an employee may work in a horizon of the given weeks (1 in 3 → 2 of 6). */
    public int allowedWeekends(int weeks) {
        return weekendFrequency <= 0 ? weeks : (weeks + weekendFrequency - 1) / weekendFrequency;
    }
}
