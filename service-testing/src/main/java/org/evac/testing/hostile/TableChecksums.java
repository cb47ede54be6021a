package org.evac.testing.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Row count and content checksum of every table of the service's schema. The outbox's publication
 * marks, the inbox's processing times and the consumers' positions change in the background, so
 * those tables are compared by their rows' identities only.
 */
final class TableChecksums {

    private static final Map<String, String> IDENTITY_ONLY =
            Map.of(
                    "outbox_event", "event_id::text",
                    "inbox_event", "consumer || event_id",
                    "consumer_position", "consumer");

    private TableChecksums() {}

    static Map<String, String> of(DataSource database) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows =
                    statement.executeQuery(
                            "select tablename from pg_tables where schemaname = current_schema()"
                                    + " and tablename <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                String row = IDENTITY_ONLY.getOrDefault(table, "t::text");
                try (ResultSet sum =
                        statement.executeQuery(
                                "select count(*) || ':' || coalesce(md5(string_agg("
                                        + row
                                        + ", '|' order by "
                                        + row
                                        + ")), '') from \""
                                        + table
                                        + "\" t")) {
                    sum.next();
                    sums.put(table, sum.getString(1));
                }
            }
        }
        return sums;
    }
}
