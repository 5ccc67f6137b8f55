package no.turnus.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.turnus.bench.BenchRow;
import no.turnus.bench.BenchRunner;
import no.turnus.bench.BenchTable;
import no.turnus.bench.BestKnown;
import no.turnus.bench.Suites;

/**
 * {@code turnus bench <suite>}: runs a benchmark suite, prints its table and writes it as Markdown and CSV.
 * Exit 1 when an instance breaks its regression thresholds, so CI fails on a regression.
 */
final class BenchCommand implements TurnusCli.Command {

    private static final Path DEFAULT_SUITES = Path.of("benchmarks", "suites.json");
    private static final String BEST_KNOWN_FILE = "best-known.csv";
    private static final String LOCAL_OUTPUT = "local";
    /** The published instances are part of the repository (benchmarks/instances); --data points elsewhere. */
    private static final Path DEFAULT_DATA = Path.of("benchmarks", "instances");

    private final TurnusCli cli;

    BenchCommand(TurnusCli cli) {
        this.cli = cli;
    }

    @Override
    public int run(List<String> words) {
        CliArguments args = CliArguments.parse(words, Set.of("time", "instances", "out", "data", "suites"), Set.of());
        if (args.positional().size() != 1) {
            throw new CliArguments.UsageException("bench takes one suite name");
        }
        String suiteName = args.positional().get(0);
        Path suitesFile = args.option("suites").map(Path::of).orElse(DEFAULT_SUITES).toAbsolutePath();
        Path benchmarks = suitesFile.getParent();
        Path repository = benchmarks.getParent();
        Suites suites = Suites.read(suitesFile);
        if (!suites.contains(suiteName)) {
            throw new CliArguments.UsageException("unknown suite '" + suiteName + "' (known: " + suites.names() + ")");
        }
        Duration time = args.option("time").map(text -> CliArguments.parseDuration("time", text)).orElse(null);
        Path data = args.option("data").map(Path::of).orElse(repository.resolve(DEFAULT_DATA)).normalize();
        Path outDir = args.option("out").map(Path::of).orElse(benchmarks.resolve(LOCAL_OUTPUT));

        List<Suites.Planned> planned = selected(suites.plan(suiteName), args.option("instances").orElse(null));
        BenchRunner runner = new BenchRunner(cli.kinds, cli.formats, BestKnown.read(benchmarks.resolve(BEST_KNOWN_FILE)),
                repository, data, cli.out);
        cli.out.printf(Locale.ROOT, "Benchmark suite '%s': %d instances, data from %s%n", suiteName, planned.size(), data);
        List<BenchRow> rows = new ArrayList<>();
        for (Suites.Planned instance : planned) {
            BenchRow row = runner.run(instance, time);
            rows.add(row);
            cli.out.printf(Locale.ROOT, "  -> %s%n", row.status() == BenchRow.Status.REGRESSION
                    ? "REGRESSION: " + String.join("; ", row.failures())
                    : row.status() == BenchRow.Status.NOT_SUPPORTED ? "not supported yet" : "ok");
        }

        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String markdown = header(suiteName, now, words) + "\n" + BenchTable.markdown(rows);
        cli.out.println();
        cli.out.print(markdown);
        String stem = suiteName + "-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        try {
            OutputFile.write(outDir.resolve(stem + ".md"), markdown);
            OutputFile.write(outDir.resolve(stem + ".csv"), BenchTable.csv(rows));
            cli.out.println("Wrote " + outDir.resolve(stem + ".md") + " and .csv");
        } catch (IOException e) {
            cli.err.println("turnus: cannot write the tables to " + outDir + ": " + e.getMessage());
            return TurnusCli.BROKEN_RULES;
        }
        long regressions = rows.stream().filter(row -> row.status() == BenchRow.Status.REGRESSION).count();
        if (regressions > 0) {
            cli.err.printf(Locale.ROOT, "turnus: %d of %d instances regressed%n", regressions, rows.size());
            return TurnusCli.BROKEN_RULES;
        }
        return TurnusCli.OK;
    }

    private static List<Suites.Planned> selected(List<Suites.Planned> planned, String instances) {
        if (instances == null) {
            return planned;
        }
        List<String> names = Arrays.stream(instances.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
        List<String> unknown = names.stream()
                .filter(name -> planned.stream().noneMatch(p -> p.entry().name().equals(name))).toList();
        if (!unknown.isEmpty()) {
            throw new CliArguments.UsageException("--instances: not in the suite: " + unknown + " (it has "
                    + planned.stream().map(p -> p.entry().name()).toList() + ")");
        }
        return planned.stream().filter(p -> names.contains(p.entry().name())).toList();
    }

    /** When, where and how the run was made, so the table can be compared and reproduced. */
    private static String header(String suite, ZonedDateTime now, List<String> words) {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, """
                ## Suite `%s`, %s

                Machine: %d cores available, load average %.2f at the end (other jobs included), max heap %d MB.
                JDK: %s %s. Command: `java -jar target/turnus.jar bench %s`.
                """, suite, now.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16) + " UTC",
                runtime.availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                runtime.maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                String.join(" ", words));
    }
}
