package no.turnus.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.problem.Export;

/** The route lists as a workbook: a sheet per team with every stop of its caregivers, in the CSV's columns. */
class RouteListWorkbookTest {

    @Test
    void aSheetPerTeamWithEveryStopAndMinutesAsNumbers() throws IOException {
        HomecarePlan solved = HomecareSamples.solve(HomecareSamples.read("homecare-small.json"), 100);
        Export<HomecarePlan> export = HomecareSamples.KIND.exports().get("xlsx");
        assertThat(export.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Map<String, Integer> stopsByTeam = new HashMap<>();
        for (CaregiverDay day : solved.getCaregiverDays()) {
            stopsByTeam.merge(day.getCaregiver().team().id(), day.getVisits().size(), Integer::sum);
        }
        stopsByTeam.values().removeIf(stops -> stops == 0);
        assertThat(stopsByTeam).isNotEmpty();
        List<String> csvHeader = List.of(HomecareSamples.KIND.exports().get("csv").render(solved).lines()
                .findFirst().orElseThrow().split(","));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes(export.render(solved))))) {
            for (Map.Entry<String, Integer> team : stopsByTeam.entrySet()) {
                Sheet sheet = workbook.getSheet(team.getKey());
                assertThat(sheet).as(team.getKey()).isNotNull();
                assertThat(sheet.getLastRowNum()).isEqualTo(team.getValue());
                Row header = sheet.getRow(0);
                for (int column = 0; column < csvHeader.size(); column++) {
                    assertThat(header.getCell(column).getStringCellValue()).isEqualTo(csvHeader.get(column));
                }
                Row first = sheet.getRow(1);
                assertThat(first.getCell(1).getStringCellValue()).isEqualTo(team.getKey());
                assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1.0);
                assertThat(first.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            }
        }
    }
}
