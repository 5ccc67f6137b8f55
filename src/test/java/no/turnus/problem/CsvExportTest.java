package no.turnus.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void formulasAreShownAsTextAndNumbersStayNumbers() {
        assertThat(CsvExport.field("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvExport.field("+47 999")).isEqualTo("'+47 999");
        assertThat(CsvExport.field("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExport.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvExport.field("-12.5")).isEqualTo("-12.5");
        assertThat(CsvExport.field("+3")).isEqualTo("+3");
        assertThat(CsvExport.field("Åse, Nord")).isEqualTo("\"Åse, Nord\"");
        assertThat(CsvExport.field(null)).isEmpty();
    }
}
