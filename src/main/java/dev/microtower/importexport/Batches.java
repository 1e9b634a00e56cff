package dev.microtower.importexport;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Rows added to prepared statements, sent to the database every {@code size} rows per statement
 * and once more by {@link #flush()}: big imports stream through bounded memory.
 */
final class Batches {
    private final int size;
    private final Map<PreparedStatement, int[]> pending = new IdentityHashMap<>();

    Batches(int size) {
        this.size = size;
    }

    /** Adds the statement's current parameters as one row. */
    void add(PreparedStatement statement) throws SQLException {
        statement.addBatch();
        int[] count = pending.computeIfAbsent(statement, s -> new int[1]);
        if (++count[0] == size) {
            statement.executeBatch();
            count[0] = 0;
        }
    }

    /** Sends every row still waiting. */
    void flush() throws SQLException {
        for (Map.Entry<PreparedStatement, int[]> entry : pending.entrySet()) {
            if (entry.getValue()[0] > 0) {
                entry.getKey().executeBatch();
                entry.getValue()[0] = 0;
            }
        }
    }
}
