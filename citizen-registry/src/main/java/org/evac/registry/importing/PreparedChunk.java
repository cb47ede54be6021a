package org.evac.registry.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.evac.infrastructure.bulk.CopyRows;
import org.evac.infrastructure.outbox.OutboxBatch;

/**
 * What one chunk adds to each table, as COPY data: the same records, provenance, outbox events and
 * audit as single registrations, sent at one statement per table.
 */
final class PreparedChunk {

    final CopyRows persons =
            CopyRows.into(
                    "person",
                    "id",
                    "registry_number",
                    "family_name",
                    "given_names",
                    "native_name",
                    "name_key",
                    "birth_date",
                    "birth_date_evidence",
                    "sex",
                    "category",
                    "qualifying_person_id",
                    "qualifying_name",
                    "qualifying_relationship",
                    "verification",
                    "departure_wish",
                    "status",
                    "province",
                    "district",
                    "preferred_language",
                    "fingerprint_key",
                    "fingerprint_scheme",
                    "created_at",
                    "updated_at",
                    "version");
    final CopyRows qualityFlags = CopyRows.into("person_quality_flag", "person_id", "flag");
    final CopyRows vulnerabilities =
            CopyRows.into("person_vulnerability", "person_id", "kind", "note");
    final CopyRows documents =
            CopyRows.into(
                    "person_document",
                    "id",
                    "person_id",
                    "type",
                    "issuing_country",
                    "number",
                    "number_key",
                    "expires_on",
                    "mrz",
                    "created_at");
    final CopyRows contacts =
            CopyRows.into("person_contact", "id", "person_id", "kind", "value", "created_at");
    final CopyRows sources =
            CopyRows.into(
                    "person_source",
                    "id",
                    "person_id",
                    "source",
                    "reference",
                    "import_id",
                    "row_number",
                    "created_at");
    final CopyRows matchKeys = CopyRows.into("person_match_key", "key", "person_id");
    final CopyRows audit =
            CopyRows.into(
                    "audit_entry",
                    "at",
                    "actor",
                    "action",
                    "subject_type",
                    "subject_id",
                    "after_state");
    final CopyRows results =
            CopyRows.into(
                    "import_row",
                    "import_id",
                    "row_number",
                    "outcome",
                    "person_id",
                    "duplicate_of",
                    "message");
    final CopyRows reviews =
            CopyRows.into(
                    "duplicate_review",
                    "id",
                    "person_low",
                    "person_high",
                    "weight",
                    "score",
                    "band",
                    "factors",
                    "found_by",
                    "status",
                    "created_at",
                    "updated_at",
                    "version");
    final OutboxBatch events;

    PreparedChunk(OutboxBatch events) {
        this.events = events;
    }

    /** Writes every table in the connection's current transaction. */
    void writeTo(Connection connection) throws SQLException {
        // Parents before children, for the foreign keys.
        for (CopyRows rows :
                List.of(
                        persons,
                        qualityFlags,
                        vulnerabilities,
                        documents,
                        contacts,
                        sources,
                        matchKeys,
                        reviews,
                        audit,
                        results)) {
            rows.copyTo(connection);
        }
        events.writeTo(connection);
    }
}
