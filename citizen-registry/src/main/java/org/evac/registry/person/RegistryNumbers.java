package org.evac.registry.person;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Human-readable registry numbers: EVR- and seven digits, read out on the phone. */
public final class RegistryNumbers {

    private RegistryNumbers() {}

    public static String format(long sequence) {
        return String.format("EVR-%07d", sequence);
    }

    /**
     * Draws {@code count} new numbers in one round trip. A sequence is not transactional: numbers
     * drawn by a transaction that rolls back leave a gap, never a reuse.
     */
    public static List<String> draw(Connection connection, int count) throws SQLException {
        List<String> numbers = new ArrayList<>(count);
        try (PreparedStatement query =
                connection.prepareStatement(
                        "select nextval('person_registry_number_seq') from generate_series(1, ?)")) {
            query.setInt(1, count);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    numbers.add(format(rs.getLong(1)));
                }
            }
        }
        return numbers;
    }
}
