package no.turnus.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import no.turnus.io.inrc.InrcFormat;
import no.turnus.io.mankowska.MankowskaFormat;
import no.turnus.io.orlib.CapFormat;
import no.turnus.io.solomon.SolomonFormat;
import no.turnus.problem.Dataset;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.ProblemKinds;

/** The published formats this build can solve, and loading an instance file through the right one. */
public final class InstanceFormats {

    private final List<InstanceFormat<?, ?>> formats;

    public InstanceFormats(List<InstanceFormat<?, ?>> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Every format adapter shipped with Turnus. */
    public static InstanceFormats standard() {
        return new InstanceFormats(List.of(new CapFormat(), new InrcFormat(), new SolomonFormat(), new MankowskaFormat()));
    }

    public Optional<InstanceFormat<?, ?>> find(BenchmarkFormat format) {
        return formats.stream().filter(f -> f.format() == format).findFirst();
    }

    /**
     * Reads an instance file of a supported format as a dataset of its kind, validated by that kind as an instance
     * ({@link ProblemKind#validateInstance}).
     *
     * @throws InvalidInputException when the file is unreadable or invalid
     * @throws UnsupportedFormatException when no adapter handles the file's format (yet)
     */
    public Loaded<?, ?> load(Path file, ProblemKinds kinds) {
        BenchmarkFormat format = FormatSniffer.sniff(file);
        InstanceFormat<?, ?> adapter = find(format).orElseThrow(() -> new UnsupportedFormatException(format));
        return load(adapter, file, kinds);
    }

    private static <I, D extends Dataset> Loaded<I, D> load(InstanceFormat<I, D> format, Path file, ProblemKinds kinds) {
        I instance = format.read(file);
        D dataset = format.toDataset(instance);
        ProblemKind<D, ?> kind = kindOf(dataset, kinds);
        List<InputProblem> problems = kind.validateInstance(dataset);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Loaded<>(format, instance, kind, dataset);
    }

    @SuppressWarnings("unchecked")
    private static <D extends Dataset> ProblemKind<D, ?> kindOf(D dataset, ProblemKinds kinds) {
        ProblemKind<?, ?> kind = kinds.get(dataset.kind());
        if (!kind.datasetType().isInstance(dataset)) {
            throw new IllegalStateException("kind " + kind.name() + " does not take " + dataset.getClass().getName());
        }
        return (ProblemKind<D, ?>) kind;
    }

    /** An instance read through its format: the parsed original, its kind and the dataset to solve. */
    public record Loaded<I, D extends Dataset>(InstanceFormat<I, D> format, I instance, ProblemKind<D, ?> kind,
                                              D dataset) {

        public String name() {
            return format.name(instance);
        }

        public InstanceFormat.Objective objective(D solved) {
            return format.objective(instance, solved);
        }

        public String writeSolution(D solved) {
            return format.writeSolution(instance, solved);
        }

        public D readSolution(Path file) {
            return format.readSolution(instance, file);
        }
    }

    /** A file in a format that is recognised but has no adapter yet (or is not recognised at all). */
    public static final class UnsupportedFormatException extends RuntimeException {

        private final BenchmarkFormat format;

        public UnsupportedFormatException(BenchmarkFormat format) {
            super(format == BenchmarkFormat.UNKNOWN ? "the file's format is not recognised"
                    : format + " instances are not supported yet");
            this.format = format;
        }

        public BenchmarkFormat format() {
            return format;
        }
    }
}
