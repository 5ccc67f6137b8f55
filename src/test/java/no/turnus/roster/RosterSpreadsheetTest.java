package no.turnus.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.turnus.problem.Export;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.ShiftCategory;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.input.GridImport;
import no.turnus.roster.input.RosterBuilder;
import no.turnus.roster.input.RosterDataset;

/**
 * Roster grids both ways on the four-ward merged sample: a solved roster exported as XLSX and as CSV and read
 * back as the plan of its dataset gives the same shifts and the same score; the workbook has a sheet per ward,
 * coloured codes, hours and targets.
 */
class RosterSpreadsheetTest {

    private static final RosterDataset MERGED = RosterSamples.read("roster-merged.json");
    private static Roster solved;

    @TempDir
    Path directory;

    @BeforeAll
    static void solve() {
        solved = RosterSamples.solve(MERGED, 50);
    }

    private Path write(String ending, Roster roster) throws IOException {
        Export<Roster> export = RosterSamples.KIND.exports().get(ending);
        return Files.write(directory.resolve("roster." + ending), export.bytes(export.render(roster)));
    }

    private static String score(RosterDataset dataset) {
        return RosterSamples.KIND.check(RosterSamples.KIND.toSolution(dataset, Map.of())).orElseThrow().score();
    }

    @Test
    void xlsxAndCsvRoundTripsGiveTheSameShiftsAndVerdict() throws IOException {
        RosterDataset planned = RosterBuilder.toDataset(MERGED, solved);
        assertThat(planned.assignments()).hasSizeGreaterThan(500);
        assertThat(planned.assignments()).anyMatch(a -> !a.ward().equals(home(a.employee())));
        String expectedScore = score(planned);
        for (String ending : List.of("xlsx", "csv")) {
            GridImport.Grid grid = GridImport.read(write(ending, solved), MERGED);
            assertThat(new HashSet<>(grid.assignments())).as(ending).isEqualTo(new HashSet<>(planned.assignments()));
            assertThat(score(grid.applyTo(MERGED))).as(ending).isEqualTo(expectedScore);
        }
    }

    private static String home(String employee) {
        return MERGED.employees().stream().filter(e -> e.id().equals(employee)).findFirst().orElseThrow().homeWard();
    }

    @Test
    void workbookHasASheetPerWardColouredShiftsHoursTargetsAndALegend() throws IOException {
        Export<Roster> export = RosterSamples.KIND.exports().get("xlsx");
        assertThat(export.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes(export.render(solved))))) {
            List<String> names = List.of(workbook.getSheetName(0), workbook.getSheetName(1),
                    workbook.getSheetName(2), workbook.getSheetName(3), workbook.getSheetName(4));
            assertThat(names).containsExactlyInAnyOrder("FUR1", "FUR2", "BAL1", "BAL2", "Legend");
            Slot night = solved.getSlots().stream()
                    .filter(s -> s.getEmployee() != null && s.shiftType().category() == ShiftCategory.NIGHT
                            && s.ward().equals(s.getEmployee().homeWard()))
                    .findFirst().orElseThrow();
            Sheet sheet = workbook.getSheet(night.getEmployee().homeWard());
            int days = solved.getHorizon().days();
            assertThat(sheet.getRow(0).getCell(4 + night.dayIndex()).getStringCellValue())
                    .isEqualTo(night.date().toString());
            assertThat(sheet.getRow(0).getCell(4 + days).getStringCellValue()).isEqualTo("hours");
            assertThat(sheet.getRow(0).getCell(5 + days).getStringCellValue()).isEqualTo("target");
            for (var row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(night.getEmployee().id())) {
                    Cell cell = row.getCell(4 + night.dayIndex());
                    assertThat(cell.getStringCellValue()).startsWith(night.shiftType().code());
                    assertThat(cell.getCellStyle().getFillForegroundColor())
                            .isEqualTo(IndexedColors.PALE_BLUE.getIndex());
                    double planned = solved.getSlots().stream().filter(s -> s.getEmployee() == night.getEmployee())
                            .mapToInt(Slot::paidMinutes).sum() / 60.0;
                    assertThat(row.getCell(4 + days).getNumericCellValue()).isCloseTo(planned,
                            org.assertj.core.data.Offset.offset(0.05));
                    assertThat(row.getCell(5 + days).getNumericCellValue()).isPositive();
                }
            }
            Sheet legend = workbook.getSheet("Legend");
            assertThat(legend.getRow(1).getCell(0).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void badCellsAreNamedBySheetAndCell() throws IOException {
        Path file = directory.resolve("hand-made.xlsx");
        String employee = MERGED.employees().get(0).id();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Avd 1");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("employee");
            header.createCell(1).setCellValue("name");
            header.createCell(2).setCellValue(MERGED.startDate().toString());
            header.createCell(3).setCellValue(MERGED.startDate().plusDays(1).toString());
            header.createCell(4).setCellValue(MERGED.startDate().minusDays(1).toString());
            sheet.createRow(5).createCell(0).setCellValue("NOBODY");
            var row = sheet.createRow(6);
            row.createCell(0).setCellValue(employee);
            row.createCell(2).setCellValue("D");
            row.createCell(3).setCellValue("X");
            var again = sheet.createRow(7);
            again.createCell(0).setCellValue(employee);
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        assertThatThrownBy(() -> GridImport.read(file, MERGED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InputProblem("sheet 'Avd 1', cell E1", "date " + MERGED.startDate().minusDays(1)
                                + " is outside the roster's horizon, " + MERGED.startDate() + " to "
                                + MERGED.startDate().plusWeeks(MERGED.weeks()).minusDays(1)),
                        new InputProblem("sheet 'Avd 1', cell A6", "unknown employee 'NOBODY'"),
                        new InputProblem("sheet 'Avd 1', cell D7", "unknown shift code 'X'"),
                        new InputProblem("sheet 'Avd 1', cell A8", "employee '" + employee
                                + "' has a row already (sheet 'Avd 1', row 7)")));
    }

    @Test
    void csvCellsAreNamedLikeTheWorkbooksAndSemicolonsAreRead() throws IOException {
        String employee = MERGED.employees().get(0).id();
        Path file = Files.writeString(directory.resolve("hand-made.csv"), "employee;name;" + MERGED.startDate()
                + "\n" + employee + ";Kari;D@NOWHERE\n");
        assertThatThrownBy(() -> GridImport.read(file, MERGED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InputProblem("cell C2", "unknown ward 'NOWHERE'")));
    }

    @Test
    void formulasAreNotEvaluatedOnlyTheirSavedValuesRead() throws IOException {
        Path file = directory.resolve("formulas.xlsx");
        String employee = MERGED.employees().get(0).id();
        String ward = home(employee);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(ward);
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("employee");
            header.createCell(1).setCellValue(MERGED.startDate().toString());
            header.createCell(2).setCellValue(MERGED.startDate().plusDays(1).toString());
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(employee);
            row.createCell(1).setCellFormula("\"D\"");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(1));
            row.createCell(2).setCellFormula("\"N\""); // saved without a value: never worked out on reading
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        assertThat(GridImport.read(file, MERGED).assignments()).containsExactly(
                new RosterDataset.Assignment(employee, MERGED.startDate(), "D", ward, null));
    }
}
