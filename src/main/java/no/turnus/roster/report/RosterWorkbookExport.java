package no.turnus.roster.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import no.turnus.problem.WorkbookExport;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.ShiftCategory;
import no.turnus.roster.domain.ShiftType;
import no.turnus.roster.domain.Slot;

/**
 * The roster grid ({@link RosterGrid}) as an XLSX workbook: one sheet per home ward, a row per employee with the
 * shift codes coloured by kind of shift, the hours planned and the hours to work (the position's target after the
 * KS weighting, as the report counts them), then a legend sheet.
 */
public final class RosterWorkbookExport extends WorkbookExport<Roster> {

    /** The headers after the dates: paid hours planned, and the hours the position asks for after weighting. */
    private static final List<String> HOURS_COLUMNS = List.of("hours", "target");
    /** The sheet that explains the codes and colours; the grid import skips it (its A1 is not "employee"). */
    private static final String LEGEND = "Legend";

    /** Dagvakt, aftenvakt, nattvakt, langvakt: the colours unit leaders commonly use on paper rosters. */
    private static final Map<ShiftCategory, IndexedColors> COLOURS = new EnumMap<>(Map.of(
            ShiftCategory.DAY, IndexedColors.LIGHT_YELLOW, ShiftCategory.EVENING, IndexedColors.LIGHT_ORANGE,
            ShiftCategory.NIGHT, IndexedColors.PALE_BLUE, ShiftCategory.LONG, IndexedColors.LIGHT_GREEN));

    @Override
    protected void write(SXSSFWorkbook workbook, Roster roster) {
        Map<ShiftCategory, CellStyle> styles = styles(workbook);
        Map<String, List<RosterGrid.Row>> byWard = new LinkedHashMap<>();
        for (RosterGrid.Row row : RosterGrid.rows(roster)) {
            byWard.computeIfAbsent(Objects.requireNonNullElse(row.employee().homeWard(), "-"),
                    ward -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<RosterGrid.Row>> ward : byWard.entrySet()) {
            wardSheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(ward.getKey())), roster.getHorizon(),
                    ward.getValue(), styles);
        }
        legend(workbook.createSheet(LEGEND), roster, styles);
    }

    private static Map<ShiftCategory, CellStyle> styles(SXSSFWorkbook workbook) {
        Map<ShiftCategory, CellStyle> styles = new EnumMap<>(ShiftCategory.class);
        COLOURS.forEach((category, colour) -> {
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(colour.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            styles.put(category, style);
        });
        return styles;
    }

    private static void wardSheet(Sheet sheet, Horizon horizon, List<RosterGrid.Row> rows,
                                  Map<ShiftCategory, CellStyle> styles) {
        List<String> headers = new ArrayList<>(RosterGrid.PERSON_COLUMNS);
        for (int day = 0; day < horizon.days(); day++) {
            headers.add(horizon.date(day).toString());
        }
        headers.addAll(HOURS_COLUMNS);
        header(sheet, headers);
        int first = RosterGrid.PERSON_COLUMNS.size();
        for (int r = 0; r < rows.size(); r++) {
            RosterGrid.Row grid = rows.get(r);
            Employee employee = grid.employee();
            Row row = sheet.createRow(r + 1);
            row.createCell(0).setCellValue(employee.id());
            row.createCell(1).setCellValue(employee.name());
            row.createCell(2).setCellValue(employee.competence());
            row.createCell(3).setCellValue(employee.positionPercent());
            for (int day = 0; day < horizon.days(); day++) {
                List<Slot> worked = grid.days().get(day);
                if (!grid.cell(day).isEmpty()) {
                    row.createCell(first + day).setCellValue(grid.cell(day));
                }
                if (!worked.isEmpty()) {
                    ShiftCategory category = worked.get(0).shiftType().category();
                    if (category != null) {
                        row.getCell(first + day).setCellStyle(styles.get(category));
                    }
                }
            }
            int paid = grid.paidMinutes();
            int credit = grid.days().stream().flatMap(List::stream).mapToInt(Slot::creditMinutes).sum();
            int weighting = employee.countedMinutes(paid, credit) - paid;
            row.createCell(first + horizon.days()).setCellValue(hours(paid));
            row.createCell(first + horizon.days() + 1).setCellValue(hours(employee.targetMinutes() - weighting));
        }
        sheet.createFreezePane(first, 1);
    }

    private static void legend(Sheet sheet, Roster roster, Map<ShiftCategory, CellStyle> styles) {
        header(sheet, List.of("code", "name", "start", "hours", "kind"));
        List<ShiftType> types = roster.getSlots().stream().map(Slot::shiftType).distinct()
                .sorted(Comparator.comparingInt(ShiftType::startMinute).thenComparing(ShiftType::code)).toList();
        int r = 1;
        for (ShiftType type : types) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(type.code());
            if (type.category() != null) {
                row.getCell(0).setCellStyle(styles.get(type.category()));
            }
            row.createCell(1).setCellValue(type.name());
            row.createCell(2).setCellValue(type.start().toString());
            row.createCell(3).setCellValue(hours(type.paidMinutes()));
            row.createCell(4).setCellValue(type.category() == null ? ""
                    : type.category().name().toLowerCase(Locale.ROOT));
        }
        r++;
        sheet.createRow(r++).createCell(0).setCellValue("A code followed by " + RosterGrid.LOAN
                + "ward is worked in that ward, not the home ward; two codes joined by " + RosterGrid.AND
                + " are both worked that day.");
        sheet.createRow(r++).createCell(0).setCellValue("Days off: F1 the weekly day off (in the weekly rest, AML"
                + " §10-8 (2)), F2 the extra day off next to it, F3 a Sunday or public holiday off, F5 the day in place"
                + " of an F1 on a public holiday between two Sundays, FE ferie.");
        sheet.createRow(r).createCell(0).setCellValue("hours: paid hours planned; target: the position's hours"
                + " after the KS weighting of nights, Sundays and holidays (tredelt turnus).");
    }

    private static double hours(int minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }
}
