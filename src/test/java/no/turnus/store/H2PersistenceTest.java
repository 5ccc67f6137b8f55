package no.turnus.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The persistence tests on an H2 file database (the embedded default). */
class H2PersistenceTest extends PersistenceTest {

    @TempDir
    static Path directory;

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2(directory);
    }
}
