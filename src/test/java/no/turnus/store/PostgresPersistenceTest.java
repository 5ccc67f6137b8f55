package no.turnus.store;

/** The persistence tests on a fresh PostgreSQL database (skipped locally without a server, failing in CI). */
class PostgresPersistenceTest extends PersistenceTest {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
