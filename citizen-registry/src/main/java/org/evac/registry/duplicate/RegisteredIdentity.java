package org.evac.registry.duplicate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.registry.person.Sex;

/**
 * A registered person found through a blocking key, with what the scorer compares and what a
 * candidate shows. {@link #find} runs the probes of one registration or of a whole import chunk in
 * two statements.
 */
public record RegisteredIdentity(
        UUID id,
        String registryNumber,
        String familyName,
        String givenNames,
        String birthDate,
        Identity identity) {

    /**
     * An unknown date of birth probes a name pair in every year; for the commonest pairs that is
     * thousands of persons who, with names alone, cannot score possible. The probe stops there.
     */
    static final int MAX_PER_RANGE = 300;

    /** A registered identity and the key that found it. */
    public record Found(String key, RegisteredIdentity person) {}

    private static final String SELECT =
            "select k.key, p.id, p.registry_number, p.family_name, p.given_names, p.birth_date, p.native_name, "
                    + "p.sex, p.household_id, array(select c.value from person_contact c where c.person_id = p.id "
                    + "and c.kind in ('PHONE', 'WHATSAPP', 'SIGNAL', 'TELEGRAM')) from ";

    // One index look-up per probe whatever the planner believes: during a bulk load statistics lag
    // behind, and "= any(?)" with a thousand-element array or a hash join fell back to scanning
    // every key per chunk. "offset 0" keeps the planner from flattening a lateral subquery.
    private static final String LIVE =
            " join lateral (select * from person where id = k.person_id and merged_into is null offset 0) p on true";

    /** The persons whose keys equal one of {@code exact} or start with one of {@code prefixes}. */
    public static List<Found> find(
            Connection connection, Collection<String> exact, Collection<String> prefixes)
            throws SQLException {
        List<Found> found = new ArrayList<>();
        if (!exact.isEmpty()) {
            try (PreparedStatement query =
                    connection.prepareStatement(
                            SELECT
                                    + "unnest(?::text[]) probe(key) join lateral "
                                    + "(select * from person_match_key where key = probe.key offset 0) k on true"
                                    + LIVE)) {
                query.setArray(1, connection.createArrayOf("text", exact.toArray()));
                collect(query, found);
            }
        }
        if (!prefixes.isEmpty()) {
            try (PreparedStatement query =
                    connection.prepareStatement(
                            SELECT
                                    + "unnest(?::text[], ?::text[]) probe(low, high) join lateral (select * "
                                    + "from person_match_key where key >= probe.low and key < probe.high limit "
                                    + MAX_PER_RANGE
                                    + ") k on true"
                                    + LIVE)) {
                query.setArray(1, connection.createArrayOf("text", prefixes.toArray()));
                query.setArray(
                        2,
                        connection.createArrayOf(
                                "text", prefixes.stream().map(Identity::upperBound).toArray()));
                collect(query, found);
            }
        }
        return found;
    }

    private static void collect(PreparedStatement query, List<Found> found) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Array phones = rs.getArray(10);
                Set<String> phoneKeys =
                        Arrays.stream((Object[]) phones.getArray())
                                .map(v -> Identity.phoneKey((String) v))
                                .collect(Collectors.toUnmodifiableSet());
                found.add(
                        new Found(
                                rs.getString(1),
                                new RegisteredIdentity(
                                        rs.getObject(2, UUID.class),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6),
                                        Identity.of(
                                                rs.getString(4),
                                                rs.getString(5),
                                                rs.getString(6),
                                                rs.getString(7),
                                                Sex.valueOf(rs.getString(8)),
                                                phoneKeys,
                                                rs.getObject(9, UUID.class)))));
            }
        }
    }
}
