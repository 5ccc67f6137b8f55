package no.turnus.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Datasets of any kind, kept as the JSON document that was validated. */
@Repository
public class DatasetStore {

    private static final String SUMMARY = "SELECT id, unit, kind, name, created, size_bytes FROM dataset";

    private final JdbcClient jdbc;

    public DatasetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param unit the organisation unit the dataset belongs to */
    public DatasetSummary insert(String unit, String kind, String name, String document) {
        DatasetSummary summary = new DatasetSummary(UUID.randomUUID().toString(), unit, kind, name, StoredTime.now(),
                document.getBytes(StandardCharsets.UTF_8).length);
        jdbc.sql("INSERT INTO dataset (id, unit, kind, name, created, size_bytes, document) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(summary.id(), unit, kind, name, StoredTime.timestamp(summary.created()), summary.size(),
                        document)
                .update();
        return summary;
    }

    public Optional<DatasetSummary> find(String id) {
        return jdbc.sql(SUMMARY + " WHERE id = ?").param(id).query(DatasetStore::summary).optional();
    }

    /** Newest first, those in the scope. */
    public List<DatasetSummary> list(Scope scope) {
        return scope.bind(jdbc.sql(SUMMARY + " WHERE " + scope.condition() + " ORDER BY created DESC, id"))
                .query(DatasetStore::summary).list();
    }

    public Optional<String> document(String id) {
        return jdbc.sql("SELECT document FROM dataset WHERE id = ?").param(id).query(String.class).optional();
    }

    /** Deletes the dataset and, through the foreign key, its jobs; false when there was no such dataset. */
    public boolean delete(String id) {
        return jdbc.sql("DELETE FROM dataset WHERE id = ?").param(id).update() > 0;
    }

    private static DatasetSummary summary(ResultSet rs, int row) throws SQLException {
        return new DatasetSummary(rs.getString("id"), rs.getString("unit"), rs.getString("kind"), rs.getString("name"),
                StoredTime.instant(rs, "created"), rs.getLong("size_bytes"));
    }
}
