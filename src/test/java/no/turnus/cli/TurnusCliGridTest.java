package no.turnus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.turnus.CommandLine;

/**
 * {@code turnus validate DATASET --solution grid.xlsx|grid.csv} on the small roster sample: a solved roster written
 * as a workbook reads back with the solve's score, a hand-made grid with a quick return breaks the daily rest, and
 * a broken or hostile file is refused with exit 2 and a message naming the cell or the reason.
 */
class TurnusCliGridTest {

    private static final Path SMALL = Path.of("data-samples/roster-small.json");
    private static final String START = "2026-01-05";

    @TempDir
    Path directory;

    private final CommandLine cli = new CommandLine();

    @Test
    void solvedWorkbookValidatesWithTheSolvesScore() {
        Path workbook = directory.resolve("roster.xlsx");
        assertThat(cli.run("solve", SMALL.toString(), "--time", "1s", "--seed", "7", "--out", workbook.toString()))
                .as(cli.errors()).isZero();
        Matcher done = Pattern.compile("Done in [^:]+: score (\\S+) \\((feasible|NOT feasible)").matcher(cli.printed());
        assertThat(done.find()).as(cli.printed()).isTrue();

        int verdict = cli.run("validate", SMALL.toString(), "--solution", workbook.toString());
        assertThat(verdict).as(cli.errors()).isEqualTo(done.group(2).equals("feasible") ? 0 : 1);
        assertThat(cli.printed()).contains("shifts from roster.xlsx").contains("Score of its plan: " + done.group(1));
    }

    @Test
    void handMadeGridWithAQuickReturnBreaksTheDailyRest() throws IOException {
        // An evening shift ending 22:00 followed by a day shift at 07:30: 9.5 h of rest.
        Path grid = Files.writeString(directory.resolve("grid.csv"), "employee,name," + START + ","
                + LocalDate.parse(START).plusDays(1) + "\nE2,,A,D\n");
        assertThat(cli.run("validate", SMALL.toString(), "--solution", grid.toString())).as(cli.errors()).isEqualTo(1);
        assertThat(cli.printed()).contains("Read 2 shifts from grid.csv").contains("HARD").contains("E2")
                .contains("AML §10-8");
    }

    /** A workbook with one sheet: A1 'employee', D1 the first day, E2's shift code in D7. */
    private Path workbook(String name, String code) throws IOException {
        Path grid = directory.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream file = Files.newOutputStream(grid)) {
            var sheet = workbook.createSheet("Avd 1");
            sheet.createRow(0).createCell(0).setCellValue("employee");
            sheet.getRow(0).createCell(3).setCellValue(START);
            sheet.createRow(6).createCell(0).setCellValue("E2");
            sheet.getRow(6).createCell(3).setCellValue(code);
            workbook.write(file);
        }
        return grid;
    }

    @Test
    void brokenWorkbookIsRefusedNamingTheCell() throws IOException {
        Path grid = workbook("grid.xlsx", "X");
        assertThat(cli.run("validate", SMALL.toString(), "--solution", grid.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("sheet 'Avd 1', cell D7: unknown shift code 'X'");
    }

    @Test
    void gridWithNoDemandForAShiftNamesTheCell() throws IOException {
        Path grid = Files.writeString(directory.resolve("grid.csv"), "employee," + START + "\nE2,\"D+D\"\n");
        assertThat(cli.run("validate", SMALL.toString(), "--solution", grid.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("cell B2: E2 already works shift D");
    }

    /**
     * A valid grid whose sheet is padded with megabytes of blanks, packed to a few kilobytes: POI refuses it as it
     * starts to inflate it.
     */
    @Test
    void zipBombIsRefusedWithAClearMessage() throws IOException {
        Path workbook = workbook("grid.xlsx", "D");
        assertThat(cli.run("validate", SMALL.toString(), "--solution", workbook.toString())).isNotEqualTo(2);
        Path bomb = directory.resolve("bomb.xlsx");
        try (ZipFile in = new ZipFile(workbook.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int data = xml.indexOf("<sheetData>");
                    zip.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 20; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(200_000);
        assertThat(cli.run("validate", SMALL.toString(), "--solution", bomb.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("bomb.xlsx: is refused").contains("zip bomb");
    }

    @Test
    void gridOfAnotherKindIsAUsageError() throws IOException {
        Path grid = Files.writeString(directory.resolve("grid.csv"), "employee\n");
        assertThat(cli.run("validate", "data-samples/homecare-small.json", "--solution", grid.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("is the plan of a roster dataset");
    }

    @Test
    void notAWorkbookIsRefused() throws IOException {
        Path grid = Files.writeString(directory.resolve("grid.xlsx"), "employee,2026-01-05\n");
        assertThat(cli.run("validate", SMALL.toString(), "--solution", grid.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("grid.xlsx: cannot be read as an XLSX workbook");
    }

}
