package no.turnus.roster.input;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the sheets of an XLSX roster grid as cell texts, defensively: the sheets are parsed as a stream of events
 * (never as a whole workbook in memory) and refused past the row, column, cell and sheet limits of
 * {@link GridTable}; a zip entry that inflates more than 100 times its packed size or beyond
 * {@link #MAX_ENTRY_BYTES} (a zip bomb) is refused by POI's {@link ZipSecureFile} before it is inflated. Formulas
 * are never evaluated: a formula cell gives the value the spreadsheet cached when it was saved. Links to other
 * workbooks are not followed, and the XML parser resolves no external entities (POI's {@link XMLHelper}).
 */
final class WorkbookGridReader {

    /** The largest part of a workbook inflated: a sheet of the largest roster's grid is well below 50 MB of XML. */
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;

    static {
        // POI's defaults (4 GB an entry) are for trusted files; these are the bounds for an uploaded grid. Only
        // this reader opens workbooks, so tightening the JVM-wide setting changes nothing else.
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private WorkbookGridReader() {
    }

    /** The sheets in workbook order; an {@link IOException} says why the file is not a readable workbook. */
    static List<GridTable> read(File file) throws IOException {
        List<GridTable> tables = new ArrayList<>();
        int[] cells = {0};
        try (OPCPackage workbook = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (tables.size() >= GridTable.MAX_SHEETS) {
                        throw new GridTable.TooLargeException("more than " + GridTable.MAX_SHEETS + " sheets");
                    }
                    Rows rows = new Rows(sheets.getSheetName(), cells);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(),
                            false));
                    parser.parse(new InputSource(sheet));
                    tables.add(new GridTable(sheets.getSheetName(), rows.rows));
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | InvalidOperationException | IllegalArgumentException | IllegalStateException e) {
            // Not a workbook (POI's NotOfficeXmlFileException and EmptyFileException are IllegalArgumentExceptions),
            // or a damaged one.
            throw new IOException(e.getMessage(), e);
        }
        return tables;
    }

    /** Collects one sheet's cell texts, refusing it as soon as it passes a limit. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final int[] cells;
        private final List<List<String>> rows = new ArrayList<>();

        Rows(String sheet, int[] cells) {
            this.sheet = sheet;
            this.cells = cells;
        }

        @Override
        public void startRow(int rowNum) {
            row(rowNum);
        }

        private List<String> row(int index) {
            if (index >= GridTable.MAX_ROWS) {
                throw new GridTable.TooLargeException("sheet '" + sheet + "' has more than " + GridTable.MAX_ROWS
                        + " rows");
            }
            while (rows.size() <= index) {
                rows.add(new ArrayList<>());
            }
            return rows.get(index);
        }

        @Override
        public void endRow(int rowNum) {
            // Rows are complete as their cells arrive.
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference == null || value == null) {
                return;
            }
            CellReference cell = new CellReference(reference);
            if (cell.getCol() >= GridTable.MAX_COLUMNS) {
                throw new GridTable.TooLargeException("sheet '" + sheet + "' has more than " + GridTable.MAX_COLUMNS
                        + " columns (cell " + reference + ")");
            }
            if (++cells[0] > GridTable.MAX_CELLS) {
                throw new GridTable.TooLargeException("more than " + GridTable.MAX_CELLS + " cells");
            }
            List<String> row = row(cell.getRow());
            while (row.size() <= cell.getCol()) {
                row.add(null);
            }
            row.set(cell.getCol(), value);
        }
    }

    /** Cells formatted as dates read as ISO dates (2026-01-05), whatever the spreadsheet's locale shows. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
