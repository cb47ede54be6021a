package org.evac.manifest.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.manifest.readmodel.RegistryEvents.DocumentFingerprint;
import org.evac.manifest.readmodel.RegistryEvents.PersonSnapshot;
import org.hibernate.Session;

/**
 * Writes a run of registry person snapshots into {@code registered_person} and {@code
 * registered_document} with three statements, whatever the run's length. The effect equals applying
 * them one by one in order: a person takes a snapshot of a later version, or of the same version
 * republished under this service's current key or a later scheme (a rotation: the registry
 * republishes without changing the person, and a redelivered older snapshot of that version must
 * not undo it); a document moves to the person that now holds it.
 */
@ApplicationScoped
class RegisteredPersonWriter {

    private static final String UPSERT_PERSONS =
            """
            insert into registered_person as p (person_id, family_name_fp, birth_date_fp, fingerprint_key,
                                                fingerprint_scheme, status, version)
            select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::int4[], ?::text[], ?::int8[])
            on conflict (person_id) do update set
                family_name_fp = excluded.family_name_fp, birth_date_fp = excluded.birth_date_fp,
                fingerprint_key = excluded.fingerprint_key, fingerprint_scheme = excluded.fingerprint_scheme,
                status = excluded.status, version = excluded.version
            where p.version < excluded.version
               or (p.version = excluded.version
                   and ((excluded.fingerprint_key = ? and coalesce(p.fingerprint_key, ?) <> ?)
                        or (excluded.fingerprint_key = coalesce(p.fingerprint_key, ?)
                            and excluded.fingerprint_scheme > coalesce(p.fingerprint_scheme, 1))))
            returning person_id""";

    private static final String DELETE_DOCUMENTS =
            "delete from registered_document where person_id = any(?::uuid[]) or fingerprint = any(?::text[])";

    private static final String INSERT_DOCUMENTS =
            "insert into registered_document (fingerprint, person_id) select * from unnest(?::text[], ?::uuid[])";

    private final EntityManager entityManager;
    private final IdentityFingerprints fingerprints;

    RegisteredPersonWriter(EntityManager entityManager, IdentityFingerprints fingerprints) {
        this.entityManager = entityManager;
        this.fingerprints = fingerprints;
    }

    /**
     * @param snapshots in the order their events arrived
     */
    void write(List<PersonSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        Map<UUID, PersonSnapshot> winners = new LinkedHashMap<>();
        for (PersonSnapshot snapshot : snapshots) {
            PersonSnapshot kept = winners.get(snapshot.personId());
            if (kept == null || newer(snapshot, kept)) {
                winners.put(snapshot.personId(), snapshot);
            }
        }
        // Entities loaded earlier in this transaction must not overwrite the rows written here.
        entityManager.flush();
        entityManager
                .unwrap(Session.class)
                .doWork(connection -> writeRows(connection, List.copyOf(winners.values())));
        entityManager.clear();
    }

    private void writeRows(Connection connection, List<PersonSnapshot> rows) throws SQLException {
        Set<UUID> written = upsertPersons(connection, rows);
        // Documents in arrival order, so that a document two written persons claim ends with the
        // later one.
        Map<String, UUID> documents = new LinkedHashMap<>();
        for (PersonSnapshot row : rows) {
            if (written.contains(row.personId())) {
                documentsOf(row)
                        .forEach(
                                fingerprint -> {
                                    documents.remove(fingerprint);
                                    documents.put(fingerprint, row.personId());
                                });
            }
        }
        if (written.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_DOCUMENTS)) {
            delete.setArray(1, uuids(connection, written));
            delete.setArray(2, texts(connection, documents.keySet()));
            delete.executeUpdate();
        }
        if (documents.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DOCUMENTS)) {
            insert.setArray(1, texts(connection, documents.keySet()));
            insert.setArray(2, uuids(connection, documents.values()));
            insert.executeUpdate();
        }
    }

    /** Returns the persons whose snapshot was taken. */
    private Set<UUID> upsertPersons(Connection connection, List<PersonSnapshot> rows)
            throws SQLException {
        String current = fingerprints.current().id();
        String first = IdentityFingerprints.FIRST_KEY_ID;
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_PERSONS)) {
            upsert.setArray(
                    1, uuids(connection, rows.stream().map(PersonSnapshot::personId).toList()));
            upsert.setArray(
                    2,
                    texts(
                            connection,
                            rows.stream().map(r -> r.fingerprints().familyName()).toList()));
            upsert.setArray(
                    3,
                    texts(
                            connection,
                            rows.stream().map(r -> r.fingerprints().birthDate()).toList()));
            upsert.setArray(
                    4, texts(connection, rows.stream().map(r -> r.fingerprints().key()).toList()));
            upsert.setArray(
                    5,
                    connection.createArrayOf(
                            "int4",
                            rows.stream()
                                    .map(r -> r.fingerprints().schemeOrFirst())
                                    .toArray(Integer[]::new)));
            upsert.setArray(
                    6, texts(connection, rows.stream().map(PersonSnapshot::status).toList()));
            upsert.setArray(
                    7,
                    connection.createArrayOf(
                            "int8",
                            rows.stream().map(PersonSnapshot::version).toArray(Long[]::new)));
            upsert.setString(8, current);
            upsert.setString(9, first);
            upsert.setString(10, current);
            upsert.setString(11, first);
            Set<UUID> written = new HashSet<>();
            try (ResultSet result = upsert.executeQuery()) {
                while (result.next()) {
                    written.add(result.getObject(1, UUID.class));
                }
            }
            return written;
        }
    }

    /** The same rule as the upsert's, between two snapshots of one person. */
    private boolean newer(PersonSnapshot snapshot, PersonSnapshot kept) {
        if (snapshot.version() != kept.version()) {
            return snapshot.version() > kept.version();
        }
        String current = fingerprints.current().id();
        String key = snapshot.fingerprints().key();
        String keptKey = kept.fingerprints().key();
        boolean toCurrentKey = key.equals(current) && !keptKey.equals(current);
        boolean laterScheme =
                key.equals(keptKey)
                        && snapshot.fingerprints().schemeOrFirst()
                                > kept.fingerprints().schemeOrFirst();
        return toCurrentKey || laterScheme;
    }

    private static List<String> documentsOf(PersonSnapshot snapshot) {
        List<DocumentFingerprint> documents = snapshot.fingerprints().documents();
        return documents == null
                ? List.of()
                : documents.stream().map(DocumentFingerprint::fingerprint).toList();
    }

    private static Array uuids(Connection connection, java.util.Collection<UUID> ids)
            throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray(UUID[]::new));
    }

    private static Array texts(Connection connection, java.util.Collection<String> values)
            throws SQLException {
        return connection.createArrayOf("text", new ArrayList<>(values).toArray(String[]::new));
    }
}
