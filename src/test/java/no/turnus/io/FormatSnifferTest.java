package no.turnus.io;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import no.turnus.BenchInstances;

class FormatSnifferTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "inrc2010/sprint01.xml, INRC_2010_INSTANCE",
            "inrc2010/long02.xml, INRC_2010_INSTANCE",
            "inrc2010/conformance/test_07_complete_weekends_constraint_solution_02.xml, INRC_2010_SOLUTION",
            "solomon/R101.txt, SOLOMON",
            "solomon/C201.txt, SOLOMON",
            "mankowska2014/InstanzCPLEX_HCSRP_10_1.txt, MANKOWSKA",
            "facility/cap71.txt, ORLIB_CAP",
            "facility/cap131.txt, ORLIB_CAP",
            "README.md, UNKNOWN"})
    void recognisesThePublishedBenchmarkFiles(String file, BenchmarkFormat format) {
        assertThat(FormatSniffer.sniff(BenchInstances.DIR.resolve(file))).isEqualTo(format);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"kind\": \"roster\", \"name\": \"x\"}|TURNUS_JSON",
            "{\"name\": \"x\"}|UNKNOWN",
            "{not json|UNKNOWN",
            "<?xml version=\"1.0\"?><!-- c --><Solution></Solution>|INRC_2010_SOLUTION",
            "<Other/>|UNKNOWN",
            "2 1 10 5 10 5 3 1.0 2.0|ORLIB_CAP",
            "2 1 10 5 10 5 3 1.0|UNKNOWN",
            "|UNKNOWN"})
    void recognisesContentNotNames(String content, BenchmarkFormat format) {
        assertThat(FormatSniffer.sniff(content == null ? "" : content)).isEqualTo(format);
    }
}
