package no.turnus.scenario;

import java.util.List;
import java.util.Locale;

/** The comparison as a text table for a terminal: a line per measure, a column per option (with Δ to baseline). */
final class ComparisonTable {

    private ComparisonTable() {
    }

    static String render(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Scenario comparison '%s' (each dataset solved for %s%s)%n", c.name(),
                c.timeLimit(), c.seed() == null ? "" : ", seed " + c.seed()));
        List<Comparison.Row> rows = c.rows();
        int width = Math.max(22, 4 + rows.stream().mapToInt(r -> r.scenario().length()).max().orElse(8));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-28s", "measure"));
        for (Comparison.Row r : rows) {
            header.append(String.format(Locale.ROOT, "%" + width + "s", r.scenario()));
        }
        out.append(header).append('\n');
        StringBuilder status = new StringBuilder(String.format(Locale.ROOT, "%-28s", "status"));
        rows.forEach(r -> status.append(String.format(Locale.ROOT, "%" + width + "s", r.status())));
        out.append(status).append('\n');
        for (Measure m : Measure.values()) {
            if (rows.stream().noneMatch(r -> r.measures() != null && r.measures().containsKey(m.key()))) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s", m.key()));
            for (Comparison.Row r : rows) {
                Double value = r.measures() == null ? null : r.measures().get(m.key());
                Double delta = r.difference() == null ? null : r.difference().get(m.key());
                String cell = value == null ? "-" : ComparisonCsv.format(value)
                        + (delta == null ? "" : " (" + (delta > 0 ? "+" : "") + ComparisonCsv.format(delta) + ")");
                line.append(String.format(Locale.ROOT, "%" + width + "s", cell));
            }
            out.append(line).append('\n');
        }
        rows.stream().filter(r -> r.error() != null)
                .forEach(r -> out.append("  ").append(r.scenario()).append(" failed: ").append(r.error()).append('\n'));
        for (Comparison.Layout layout : c.layouts()) {
            out.append(String.format(Locale.ROOT, "Layout '%s': bases %s, mean %.1f min to what a base serves (demand-weighted)%n",
                    layout.name(), layout.bases().stream().map(b -> b.id() + " (serves " + b.served().size() + ")").toList(),
                    layout.meanMinutes()));
        }
        for (Comparison.CoverageResult cov : c.coverage()) {
            out.append(String.format(Locale.ROOT, "Coverage '%s': %.1f %% of %d within %d min%s; %s%n",
                    cov.name(), cov.coveredPercent(), cov.population(), cov.minutes(),
                    cov.withoutPopulation() == 0 ? "" : " (" + cov.withoutPopulation()
                            + " places without a population not counted)",
                    cov.everyPlaceWithin() ? "every place within" : "outside: " + cov.outside().stream()
                            .map(s -> s.place() + (s.population() == null ? " (population unknown)" : " (" + s.population()
                                    + ")") + " " + s.minutes() + " min from " + s.nearestService()).toList()));
        }
        return out.toString();
    }
}
