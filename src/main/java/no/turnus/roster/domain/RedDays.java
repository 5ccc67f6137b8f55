package no.turnus.roster.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Sundays and public holidays (røde dager) and the hours that count as work on them. Holidays are those of lov om
 * helligdager og helligdagsfred §2 (nyttårsdag, skjærtorsdag, langfredag, første og andre påskedag, Kristi
 * himmelfartsdag, første og andre pinsedag, første og andre juledag) plus 1 and 17 May, which lov om 1. og 17. mai
 * gives the same working-time rules. Easter is computed for any year (the Gregorian computus).
 * <p>Per AML §10-10 (1) work on a Sunday or holiday is work from 18:00 the day before until 22:00 on the day; the
 * period starts at 15:00 on julaften, påskeaften and pinseaften.
 */
public final class RedDays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 17),
            MonthDay.of(12, 25), MonthDay.of(12, 26));
    /** Days from Easter Sunday: skjærtorsdag, langfredag, påskedag, 2. påskedag, Kr. himmelfart, pinse, 2. pinsedag. */
    private static final int[] FROM_EASTER = {-3, -2, 0, 1, 39, 49, 50};
    private static final int EVE_START = 18 * 60;
    private static final int HOLY_EVE_START = 15 * 60;
    private static final int DAY_END = 22 * 60;

    private RedDays() {
    }

    /** Easter Sunday of a year (anonymous Gregorian algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** A public holiday (not counting ordinary Sundays). */
    public static boolean isHoliday(LocalDate date) {
        if (FIXED.contains(MonthDay.from(date))) {
            return true;
        }
        long fromEaster = date.toEpochDay() - easterSunday(date.getYear()).toEpochDay();
        for (int offset : FROM_EASTER) {
            if (fromEaster == offset) {
                return true;
            }
        }
        return false;
    }

    /** A Sunday or a public holiday. */
    public static boolean isRedDay(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SUNDAY || isHoliday(date);
    }

    /** Julaften, påskeaften or pinseaften: the holiday's protected period starts at 15:00 on these. */
    static boolean isHolyEve(LocalDate date) {
        long fromEaster = date.toEpochDay() - easterSunday(date.getYear()).toEpochDay();
        return MonthDay.from(date).equals(MonthDay.of(12, 24)) || fromEaster == -1 || fromEaster == 48;
    }

    /** The red days of a horizon, as day indexes in order. */
    public static List<Integer> in(LocalDate start, int days) {
        return IntStream.range(0, days).filter(day -> isRedDay(start.plusDays(day))).boxed().toList();
    }

    /**
     * The position (in {@code redDays}) of the first red day whose protected period a shift overlaps, or -1.
     *
     * @param redDays    the horizon's red days ({@link #in})
     * @param start      the shift's start, minutes from the horizon's first day 00:00
     * @param end        the shift's end, same units
     */
    public static int overlapped(LocalDate horizonStart, List<Integer> redDays, int start, int end) {
        for (int i = 0; i < redDays.size(); i++) {
            int day = redDays.get(i);
            if (start < protectedTo(day) && end > protectedFrom(horizonStart, day)) {
                return i;
            }
        }
        return -1;
    }

    /** Where the protected period of a red day (a day index) starts: 18:00, or 15:00 on a holy eve, the day before. */
    static int protectedFrom(LocalDate horizonStart, int day) {
        LocalDate eve = horizonStart.plusDays(day - 1L);
        return (day - 1) * Horizon.DAY + (isHolyEve(eve) ? HOLY_EVE_START : EVE_START);
    }

    /** Where the protected period of a red day ends: 22:00 on the day. */
    static int protectedTo(int day) {
        return day * Horizon.DAY + DAY_END;
    }
}
