package org.evac.benchmark.measure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.evac.benchmark.http.Samples;
import org.evac.testing.servers.PostgresServer;

/**
 * The database floor under the service figures, in the service's own database: the registration
 * baseline inserts a copy of a registered person's {@code person} row and of its {@code
 * outbox_event} row per transaction (what the pgbench run did), and the import baseline
 * COPYs the import file's rows. Both write only tables of their own ({@code benchmark_*}, created
 * with {@code LIKE} the service's tables so they carry the same columns, constraints and indexes,
 * and dropped afterwards); the service's tables are only read for the templates.
 */
final class JdbcBaseline {

    /** Transactions per second and the latency of each. */
    record Result(double perSecond, Samples latencies, int connections) {}

    private JdbcBaseline() {}

    static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /**
     * {@code connections} threads, each committing one person row and one outbox row per
     * transaction for the warm-up and then the window.
     */
    static Result personAndOutbox(
            String jdbcUrl,
            String templatePersonId,
            int connections,
            long warmUpNanos,
            long windowNanos)
            throws Exception {
        try (Connection setup = connect(jdbcUrl);
                Statement ddl = setup.createStatement()) {
            ddl.execute(
                    "drop table if exists benchmark_person, benchmark_person_template,"
                            + " benchmark_outbox, benchmark_outbox_template");
            ddl.execute("create table benchmark_person (like person including all)");
            ddl.execute(
                    "create table benchmark_outbox (like outbox_event including constraints including indexes)");
            try (PreparedStatement person =
                            setup.prepareStatement(
                                    "create table benchmark_person_template as select * from person where id = ?::uuid");
                    PreparedStatement outbox =
                            setup.prepareStatement(
                                    "create table benchmark_outbox_template as select * from outbox_event"
                                            + " where aggregate_id = ? order by position limit 1")) {
                person.setString(1, templatePersonId);
                person.execute();
                outbox.setString(1, templatePersonId);
                outbox.execute();
            }
        }
        AtomicLong next = new AtomicLong(1);
        Samples latencies = new Samples();
        AtomicLong committed = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmUpNanos;
        long end = measureFrom + windowNanos;
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            Thread thread =
                    new Thread(
                            () -> {
                                try (Connection connection = connect(jdbcUrl);
                                        PreparedStatement person =
                                                connection.prepareStatement(
                                                        "insert into benchmark_person select"
                                                                + " (jsonb_populate_record(t, jsonb_build_object('id', ?::uuid,"
                                                                + " 'registry_number', ?::text))).* from benchmark_person_template t");
                                        PreparedStatement outbox =
                                                connection.prepareStatement(
                                                        "insert into benchmark_outbox select"
                                                                + " (jsonb_populate_record(t, jsonb_build_object('position', ?::bigint,"
                                                                + " 'event_id', ?::uuid, 'aggregate_id', ?::text))).*"
                                                                + " from benchmark_outbox_template t")) {
                                    connection.setAutoCommit(false);
                                    while (System.nanoTime() < end) {
                                        long n = next.getAndIncrement();
                                        String id = UUID.randomUUID().toString();
                                        long began = System.nanoTime();
                                        person.setString(1, id);
                                        person.setString(2, String.format("BEN-%09d", n));
                                        if (person.executeUpdate() != 1) {
                                            throw new SQLException("No template person row");
                                        }
                                        outbox.setLong(1, n);
                                        outbox.setString(2, UUID.randomUUID().toString());
                                        outbox.setString(3, id);
                                        if (outbox.executeUpdate() != 1) {
                                            throw new SQLException("No template outbox row");
                                        }
                                        connection.commit();
                                        long done = System.nanoTime();
                                        if (began >= measureFrom && done <= end) {
                                            latencies.add(done - began);
                                            committed.incrementAndGet();
                                        }
                                    }
                                } catch (SQLException e) {
                                    synchronized (failures) {
                                        failures.add(e);
                                    }
                                }
                            },
                            "jdbc-baseline-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        dropTables(jdbcUrl);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("The JDBC baseline failed", failures.get(0));
        }
        return new Result(committed.get() / (windowNanos / 1e9), latencies, connections);
    }

    /** COPY of the import file into a table with its columns, all text; returns the seconds. */
    static double copy(String jdbcUrl, String header, byte[] csv) throws Exception {
        try (Connection connection = connect(jdbcUrl);
                Statement ddl = connection.createStatement()) {
            StringBuilder columns = new StringBuilder();
            for (String column : header.split(",")) {
                columns.append(columns.isEmpty() ? "" : ", ")
                        .append('"')
                        .append(column)
                        .append("\" text");
            }
            ddl.execute("drop table if exists benchmark_import");
            ddl.execute("create table benchmark_import (" + columns + ")");
            var copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            long started = System.nanoTime();
            copy.copyIn(
                    "copy benchmark_import from stdin (format csv, header true)",
                    new java.io.ByteArrayInputStream(csv));
            double seconds = (System.nanoTime() - started) / 1e9;
            ddl.execute("drop table benchmark_import");
            return seconds;
        }
    }

    private static void dropTables(String jdbcUrl) throws SQLException {
        try (Connection connection = connect(jdbcUrl);
                Statement ddl = connection.createStatement()) {
            ddl.execute(
                    "drop table if exists benchmark_person, benchmark_person_template,"
                            + " benchmark_outbox, benchmark_outbox_template");
        }
    }
}
