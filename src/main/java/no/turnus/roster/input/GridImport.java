package no.turnus.roster.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.Problems;
import no.turnus.roster.input.RosterDataset.Assignment;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;
import no.turnus.roster.report.DayOffCodes;
import no.turnus.roster.report.RosterGrid;

/**
 * A roster grid made in a spreadsheet, XLSX or CSV, laid out as the grid exports write it ({@link RosterGrid}),
 * read as the plan of a roster dataset: the legality check a unit leader runs on a roster made by hand
 * ({@code turnus validate DATASET --solution grid.xlsx}). A sheet is a grid when its cell A1 reads
 * {@code employee}; other sheets (the legend, notes) are skipped. Header cells holding a date are the day
 * columns; the others (name, position, hours, target) are only for people. Every cell that cannot be used is
 * reported by sheet and cell, all of them at once.
 */
public final class GridImport {

    /** The largest grid file read: a year's roster of the largest dataset is a few megabytes. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Pattern ASSIGNMENT_PATH = Pattern.compile("^\\$\\.assignments\\[(\\d+)](.*)$");
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT);

    private GridImport() {
    }

    /**
     * The plan read from a grid, with the cell each assignment came from.
     *
     * @param cells per assignment, where it is in the grid ({@code sheet 'Avd 1', cell D7})
     */
    public record Grid(List<Assignment> assignments, List<String> cells) {

        /** The dataset with this plan in place of its own. */
        public RosterDataset applyTo(RosterDataset d) {
            return d.withPlan(assignments, d.reference());
        }

        /** The same problems, each about an assignment of this plan named by its cell instead of its JSON path. */
        public InvalidInputException locate(InvalidInputException e) {
            List<InputProblem> located = new ArrayList<>();
            for (InputProblem problem : e.problems()) {
                Matcher m = ASSIGNMENT_PATH.matcher(problem.path());
                located.add(m.matches() && Integer.parseInt(m.group(1)) < cells.size()
                        ? new InputProblem(cells.get(Integer.parseInt(m.group(1))) + m.group(2), problem.message())
                        : problem);
            }
            return new InvalidInputException(located);
        }
    }

    /**
     * Reads the grid of a file ending in {@code .xlsx} or {@code .csv} against the dataset's staff, shift types,
     * wards and horizon.
     *
     * @throws InvalidInputException naming the file, or the sheet and cell, of every problem
     */
    public static Grid read(Path file, RosterDataset dataset) {
        String name = file.getFileName().toString();
        String ending = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!ending.equals("xlsx") && !ending.equals("csv")) {
            throw new InvalidInputException(name, "a roster grid is read from an .xlsx or .csv file");
        }
        List<GridTable> tables;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(name, "is " + size + " bytes; a roster grid may be at most "
                        + MAX_BYTES + " bytes");
            }
            tables = ending.equals("xlsx") ? WorkbookGridReader.read(file.toFile())
                    : List.of(CsvGridReader.read(utf8(Files.readAllBytes(file))));
        } catch (GridTable.TooLargeException e) {
            throw new InvalidInputException(name, "is refused: " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(name, "is not UTF-8 text: save the CSV as UTF-8");
        } catch (IOException e) {
            String why = String.valueOf(e.getMessage());
            throw new InvalidInputException(name, why.contains("Zip bomb")
                    ? "is refused: its parts inflate far beyond the file's size or past "
                    + WorkbookGridReader.MAX_ENTRY_BYTES / (1024 * 1024) + " MB (a zip bomb?)"
                    : "cannot be read as an XLSX workbook: " + why);
        }
        return new GridParser(dataset).parse(name, tables);
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Reads the grid tables against one dataset. */
    private static final class GridParser {
        private final Map<String, EmployeeSpec> employees = new HashMap<>();
        private final Set<String> shifts;
        private final Set<String> wards;
        private final LocalDate first;
        private final LocalDate last;
        private final Problems problems = new Problems();
        private final Map<String, String> rowOf = new HashMap<>();
        private final List<Assignment> assignments = new ArrayList<>();
        private final List<String> cells = new ArrayList<>();

        GridParser(RosterDataset dataset) {
            dataset.employees().forEach(e -> employees.put(e.id(), e));
            shifts = dataset.shiftTypes().stream().map(RosterDataset.ShiftTypeSpec::code).collect(Collectors.toSet());
            wards = dataset.wards().stream().map(RosterDataset.Ward::id).collect(Collectors.toSet());
            first = dataset.startDate();
            last = first.plusDays(dataset.weeks() * 7L - 1);
        }

        Grid parse(String file, List<GridTable> tables) {
            int grids = 0;
            for (GridTable table : tables) {
                if (table.text(0, 0).equalsIgnoreCase(RosterGrid.PERSON_COLUMNS.get(0))) {
                    grids++;
                    table(table);
                }
            }
            if (grids == 0) {
                problems.add(file, "has no roster grid: a sheet whose cell A1 reads '"
                        + RosterGrid.PERSON_COLUMNS.get(0) + "', as the XLSX and CSV exports write it");
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems.list());
            }
            return new Grid(List.copyOf(assignments), List.copyOf(cells));
        }

        private void table(GridTable table) {
            Map<Integer, LocalDate> dates = new LinkedHashMap<>();
            List<String> header = table.rows().get(0);
            for (int column = 1; column < header.size(); column++) {
                LocalDate date = date(table.text(0, column));
                if (date == null) {
                    continue;
                }
                if (date.isBefore(first) || date.isAfter(last)) {
                    problems.add(table.where(0, column), "date " + date + " is outside the roster's horizon, "
                            + first + " to " + last);
                } else if (dates.containsValue(date)) {
                    problems.add(table.where(0, column), "date " + date + " has a column already");
                } else {
                    dates.put(column, date);
                }
            }
            if (dates.isEmpty()) {
                problems.add(table.whereRow(0), "has no dates: the header row names the day columns by date"
                        + " (2026-01-05 or 5.1.2026)");
            }
            for (int row = 1; row < table.rows().size(); row++) {
                String id = unquote(table.text(row, 0));
                if (id.isEmpty()) {
                    continue; // a blank line between groups of staff
                }
                EmployeeSpec employee = employees.get(id);
                if (employee == null) {
                    problems.add(table.where(row, 0), "unknown employee '" + id + "'");
                    continue;
                }
                String before = rowOf.putIfAbsent(id, table.whereRow(row));
                if (before != null) {
                    problems.add(table.where(row, 0), "employee '" + id + "' has a row already (" + before + ")");
                    continue;
                }
                for (Map.Entry<Integer, LocalDate> day : dates.entrySet()) {
                    cell(table, row, day.getKey(), employee, day.getValue());
                }
            }
        }

        private void cell(GridTable table, int row, int column, EmployeeSpec employee, LocalDate date) {
            String text = unquote(table.text(row, column));
            if (text.isEmpty() || DayOffCodes.ALL.contains(text.strip()) && !shifts.contains(text.strip())) {
                return; // a day off, with its code as the export writes it
            }
            String where = table.where(row, column);
            for (String place : text.split(Pattern.quote(RosterGrid.AND), -1)) {
                int loan = place.indexOf(RosterGrid.LOAN);
                String code = (loan < 0 ? place : place.substring(0, loan)).strip();
                String ward = loan < 0 ? employee.homeWard() : place.substring(loan + 1).strip();
                if (code.isEmpty()) {
                    problems.add(where, "'" + text + "' has an empty shift code");
                    continue;
                }
                if (problems.known(where, code, shifts, "shift code") & problems.known(where, ward, wards, "ward")) {
                    // A fixed shift of the employee is the fixed place, not a second one on top of it.
                    boolean fixed = employee.fixed().stream().anyMatch(f -> date.equals(f.date())
                            && code.equals(f.shift()) && ward.equals(f.ward()));
                    assignments.add(new Assignment(employee.id(), date, code, ward, fixed ? Boolean.TRUE : null));
                    cells.add(where);
                }
            }
        }

        private static LocalDate date(String text) {
            for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, NORWEGIAN_DATE)) {
                try {
                    return LocalDate.parse(text, format);
                } catch (DateTimeParseException e) {
                    // not in this format
                }
            }
            return null;
        }

        /** A text the CSV export protected against running as a formula ({@code '=x}) read as it was. */
        private static String unquote(String text) {
            return text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0
                    ? text.substring(1) : text;
        }
    }
}
