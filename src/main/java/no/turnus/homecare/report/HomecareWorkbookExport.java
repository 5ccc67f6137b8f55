package no.turnus.homecare.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.problem.WorkbookExport;

/**
 * The route lists ({@link RouteList}) as an XLSX workbook: one sheet per team with its caregivers' routes stop by
 * stop, and a sheet of the unplanned visits when there are any.
 */
public final class HomecareWorkbookExport extends WorkbookExport<HomecarePlan> {

    static final String UNPLANNED = "Unplanned";

    @Override
    protected void write(SXSSFWorkbook workbook, HomecarePlan plan) {
        Map<String, List<List<String>>> bySheet = new LinkedHashMap<>();
        for (List<String> row : RouteList.rows(plan)) {
            String team = row.get(RouteList.TEAM);
            bySheet.computeIfAbsent(team.isEmpty() ? UNPLANNED : team, t -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<List<String>>> rows : bySheet.entrySet()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(rows.getKey()));
            header(sheet, RouteList.HEADER);
            for (int r = 0; r < rows.getValue().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.getValue().get(r);
                for (int column = 0; column < cells.size(); column++) {
                    String text = cells.get(column);
                    if (RouteList.NUMBERS.contains(RouteList.HEADER.get(column)) && !text.isEmpty()) {
                        row.createCell(column).setCellValue(Integer.parseInt(text));
                    } else if (!text.isEmpty()) {
                        row.createCell(column).setCellValue(text);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
        }
    }
}
