package no.turnus.period;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareGenerator;

/**
 * Period samples: home care of a whole municipality with district teams and the three operative specialist teams
 * over 14 days, users' weekly visit patterns, each team's roster embedded (to be solved), from
 * {@link HomecareGenerator#generateWeekly}. Seeded, so the same arguments write the same file. The Vestvågøy one is in
 * data-samples; a merged Narvik at full scale is too large for the repository and is written when needed.
 */
public final class PeriodSample {

    private PeriodSample() {
    }

    /** A Vestvågøy period plan of {@code users} users over {@code days} days from {@code first} (a Monday). */
    public static PeriodPlan vestvagoy(int users, int days, long seed, LocalDate first) {
        return of(HomecareGenerator.VESTVAGOY, users, days, seed, first);
    }

    /** A period plan of this geography. */
    public static PeriodPlan of(HomecareGenerator.Geography geography, int users, int days, long seed,
                                LocalDate first) {
        String name = geography.name() + " home care, " + days + " days from " + first;
        HomecareDataset homecare = HomecareGenerator.generateWeekly(geography, name, users, days, seed, first);
        return new PeriodPlan(PeriodPlan.KIND, name, homecare);
    }

    /**
     * Writes a sample: {@code [--narvik] <users> <days> <seed> <file.json> [first date, a Monday]} (Vestvågøy unless
     * {@code --narvik}).
     */
    public static void main(String[] arguments) throws IOException {
        boolean narvik = arguments.length > 0 && arguments[0].equals("--narvik");
        String[] args = narvik ? java.util.Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
        if (args.length < 4) {
            System.err.println("usage: PeriodSample [--narvik] <users> <days> <seed> <file.json> [first-date]");
            System.exit(2);
        }
        LocalDate first = args.length > 4 ? LocalDate.parse(args[4]) : HomecareGenerator.FIRST_DATE;
        PeriodPlan plan = of(narvik ? HomecareGenerator.NARVIK : HomecareGenerator.VESTVAGOY, Integer.parseInt(args[0]),
                Integer.parseInt(args[1]), Long.parseLong(args[2]), first);
        Files.writeString(Path.of(args[3]), HomecareGenerator.json(plan));
        System.out.println(args[3] + ": " + plan.homecare().users().size() + " users, "
                + plan.homecare().visits().size() + " visits, " + plan.homecare().caregivers().size() + " caregivers in "
                + plan.homecare().teamRosters().size() + " team rosters");
    }
}
