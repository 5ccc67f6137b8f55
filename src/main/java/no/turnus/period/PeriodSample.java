package no.turnus.period;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareGenerator;

/**
 * The Vestvågøy period sample: home care of the whole municipality with district teams and the three operative
 * specialist teams over 14 days, users' weekly visit patterns, each team's roster embedded (to be solved), from
 * {@link HomecareGenerator#generateWeekly}. Seeded, so the same arguments write the same file.
 */
public final class PeriodSample {

    private PeriodSample() {
    }

    /** A period plan of {@code users} users over {@code days} days from {@code first} (a Monday). */
    public static PeriodPlan vestvagoy(int users, int days, long seed, LocalDate first) {
        String name = "Vestvågøy home care, " + days + " days from " + first;
        HomecareDataset homecare = HomecareGenerator.generateWeekly(HomecareGenerator.VESTVAGOY, name, users, days,
                seed, first);
        return new PeriodPlan(PeriodPlan.KIND, name, homecare);
    }

    /** Writes the sample: {@code <users> <days> <seed> <file.json> [first date, a Monday]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: PeriodSample <users> <days> <seed> <file.json> [first-date]");
            System.exit(2);
        }
        LocalDate first = args.length > 4 ? LocalDate.parse(args[4]) : LocalDate.of(2026, 3, 2);
        PeriodPlan plan = vestvagoy(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]),
                first);
        Files.writeString(Path.of(args[3]), HomecareGenerator.json(plan));
        System.out.println(args[3] + ": " + plan.homecare().users().size() + " users, "
                + plan.homecare().visits().size() + " visits, " + plan.homecare().caregivers().size() + " caregivers in "
                + plan.homecare().teamRosters().size() + " team rosters");
    }
}
