package no.turnus.problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A solution as an XLSX workbook (Apache POI), streamed: rows are flushed to a temporary file as they are written
 * (SXSSF), so a large plan is not held in memory twice. Cells are written as text or numbers, never as formulas,
 * so names from an uploaded dataset cannot run in the planner's spreadsheet.
 */
public abstract class WorkbookExport<S> implements Export<S> {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows kept in memory per sheet before they are flushed. */
    private static final int WINDOW = 100;

    @Override
    public final String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public final String extension() {
        return "xlsx";
    }

    @Override
    public final boolean binary() {
        return true;
    }

    @Override
    public final String render(S solution) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            write(workbook, solution);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook cannot be written", e);
        }
    }

    /** Adds the sheets of the solution to the workbook. */
    protected abstract void write(SXSSFWorkbook workbook, S solution);

    /** A header row in bold. */
    protected static void header(Sheet sheet, List<String> headers) {
        CellStyle bold = sheet.getWorkbook().createCellStyle();
        Font font = sheet.getWorkbook().createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int column = 0; column < headers.size(); column++) {
            row.createCell(column).setCellValue(headers.get(column));
            row.getCell(column).setCellStyle(bold);
        }
    }
}
