package no.turnus.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log: appended to and read, never changed; it outlives the datasets and jobs it names. */
@Repository
public class AuditStore {

    /**
     * One entry.
     *
     * @param actor      who: the signed-in user's name (local) or the token's subject/name claim
     * @param action     e.g. {@code dataset.create}, {@code job.solve}, {@code job.export}
     * @param targetType {@code dataset} or {@code job}
     * @param address    the client's address as the service saw it
     * @param detail     a short note (kind, export name, ...), or null
     */
    public record Entry(long id, Instant at, String actor, String action, String targetType, String targetId,
                        String unit, String address, String detail) {
    }

    private final JdbcClient jdbc;

    public AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(String actor, String action, String targetType, String targetId, String unit, String address,
                       String detail) {
        jdbc.sql("INSERT INTO audit (at, actor, action, target_type, target_id, unit, address, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(StoredTime.timestamp(StoredTime.now()), actor, action, targetType, targetId, unit, address,
                        detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500))
                .update();
    }

    /** Newest first, at most {@code limit}; only those about one dataset or job when {@code targetId} is given. */
    public List<Entry> list(String targetId, int limit) {
        String sql = "SELECT * FROM audit" + (targetId == null ? "" : " WHERE target_id = :target")
                + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY";
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (targetId != null) {
            statement = statement.param("target", targetId);
        }
        return statement.query(AuditStore::entry).list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), StoredTime.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("target_type"), rs.getString("target_id"), rs.getString("unit"), rs.getString("address"),
                rs.getString("detail"));
    }
}
