package org.evac.registry.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.evac.registry.person.SourceKind;

/** One uploaded file, known by its SHA-256 so that uploading it again creates nothing new. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Id public UUID id;
    public String fileHash;

    @Enumerated(EnumType.STRING)
    public ImportFormat format;

    public String fileName;

    @Enumerated(EnumType.STRING)
    public SourceKind source;

    public String startedBy;
    public Instant startedAt;
    public Instant finishedAt;
    public int totalRows;
    public int created;
    public int duplicates;
    public int flagged;
    public int invalid;

    public static Optional<ImportJob> byHash(String hash) {
        return find("fileHash", hash).firstResultOptional();
    }
}
