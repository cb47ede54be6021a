package org.evac.registry.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.registry.audit.AuditLog;
import org.evac.registry.person.PersonRequest;
import org.evac.registry.person.SourceKind;

/**
 * Imports an uploaded file row by row, in chunks that commit on their own. The file is known by its
 * SHA-256: the same file uploaded again returns the first import's result, and an import
 * interrupted half way resumes after its last committed chunk.
 */
@ApplicationScoped
public class ImportService {

    public static final int MAX_ROWS = 100_000;

    private final ChunkChecker checker;
    private final ChunkPreparer preparer;
    private final ChunkWriter writer;
    private final AuditLog audit;
    private final ObjectMapper mapper;
    private final EntityManager entityManager;
    private final int chunkSize;
    private final Clock clock;

    public ImportService(
            ChunkChecker checker,
            ChunkPreparer preparer,
            ChunkWriter writer,
            AuditLog audit,
            ObjectMapper mapper,
            EntityManager entityManager,
            ImportConfig config,
            Clock clock) {
        this.checker = checker;
        this.preparer = preparer;
        this.writer = writer;
        this.audit = audit;
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.chunkSize = config.chunkSize();
        this.clock = clock;
    }

    public ImportSummary importFile(
            Path file, ImportFormat format, SourceKind source, String fileName) {
        String hash = sha256(file);
        String actor = audit.actor();
        var existing = QuarkusTransaction.requiringNew().call(() -> ImportJob.byHash(hash));
        if (existing.isPresent() && existing.get().finishedAt != null) {
            return ImportSummary.of(existing.get(), true);
        }
        ImportJob job =
                existing.orElseGet(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .call(() -> start(hash, format, source, fileName, actor)));
        int committed = QuarkusTransaction.requiringNew().call(() -> lastCommittedRow(job.id));
        long started = System.nanoTime();
        try (BufferedReader reader = reader(file);
                ChunkPipeline pipeline = new ChunkPipeline(job, actor)) {
            RowSource rows =
                    format == ImportFormat.CSV
                            ? new CsvRows(reader)
                            : new JsonLinesRows(reader, mapper);
            List<ImportRow> chunk = new ArrayList<>(chunkSize);
            ImportRow row;
            while ((row = rows.next()) != null) {
                if (row.number() > MAX_ROWS) {
                    pipeline.drain();
                    throw ProblemException.badRequest(
                            "too-many-rows",
                            "Too many rows",
                            "An import holds at most "
                                    + MAX_ROWS
                                    + " rows; split the file (rows up to "
                                    + MAX_ROWS
                                    + " were imported)");
                }
                if (row.number() <= committed) {
                    continue;
                }
                chunk.add(row);
                if (chunk.size() == chunkSize) {
                    pipeline.submit(chunk);
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            if (!chunk.isEmpty()) {
                pipeline.submit(chunk);
            }
            pipeline.drain();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest(
                    "not-utf8", "Not UTF-8", "The file must be encoded in UTF-8");
        } catch (IOException e) {
            throw ProblemException.badRequest("unreadable-file", "Unreadable file", e.getMessage());
        }
        ImportJob finished = QuarkusTransaction.requiringNew().call(() -> finish(job.id));
        Log.infof(
                "Import %s: %d rows in %d ms",
                job.id, finished.totalRows, (System.nanoTime() - started) / 1_000_000);
        return ImportSummary.of(finished, false);
    }

    public ImportSummary get(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                ImportJob.<ImportJob>findByIdOptional(id)
                                        .map(job -> ImportSummary.of(job, false))
                                        .orElseThrow(
                                                () -> ProblemException.notFound("Import", id)));
    }

    private ImportJob start(
            String hash, ImportFormat format, SourceKind source, String fileName, String actor) {
        ImportJob job = new ImportJob();
        job.id = TimeOrderedUuid.next();
        job.fileHash = hash;
        job.format = format;
        job.source = source;
        job.fileName = fileName;
        job.startedBy = actor;
        job.startedAt = clock.instant();
        job.persist();
        audit.change(
                "IMPORT",
                "import",
                job.id,
                null,
                Map.of(
                        "fileName",
                        String.valueOf(fileName),
                        "source",
                        source.name(),
                        "sha256",
                        hash));
        return job;
    }

    private int lastCommittedRow(UUID importId) {
        Number last =
                (Number)
                        entityManager
                                .createNativeQuery(
                                        "select coalesce(max(row_number), 0) from import_row where import_id = ?1")
                                .setParameter(1, importId)
                                .getSingleResult();
        return last.intValue();
    }

    @SuppressWarnings("unchecked")
    private ImportJob finish(UUID importId) {
        ImportJob job = ImportJob.findById(importId);
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row :
                (List<Object[]>)
                        entityManager
                                .createNativeQuery(
                                        "select outcome, count(*) from import_row where import_id = ?1 group by outcome")
                                .setParameter(1, importId)
                                .getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).intValue());
        }
        job.created =
                counts.getOrDefault("CREATED", 0)
                        + counts.getOrDefault("FLAGGED", 0)
                        + counts.getOrDefault("POSSIBLE_DUPLICATE", 0);
        job.flagged = counts.getOrDefault("FLAGGED", 0);
        job.duplicates =
                counts.getOrDefault("DUPLICATE", 0) + counts.getOrDefault("LIKELY_DUPLICATE", 0);
        job.invalid = counts.getOrDefault("INVALID", 0);
        job.totalRows = counts.values().stream().mapToInt(Integer::intValue).sum();
        job.finishedAt = clock.instant();
        return job;
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        var decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader =
                new BufferedReader(new java.io.InputStreamReader(in, decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    static String sha256(Path file) {
        try (InputStream in =
                new DigestInputStream(
                        Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw ProblemException.badRequest("unreadable-file", "Unreadable file", e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks and prepares each chunk on the calling thread while the chunk before it is written on
     * another, so that the Java work of one overlaps the database work of the other. At most one
     * chunk is in flight: before a chunk is handed over, the previous one has committed, and the
     * next chunk is checked against the one in flight as well as the database.
     */
    private final class ChunkPipeline implements AutoCloseable {

        private final ImportJob job;
        private final String actor;
        private final ExecutorService writerThread =
                Executors.newSingleThreadExecutor(
                        task -> new Thread(task, "import-writer-" + UUID.randomUUID()));
        private CheckedChunk inFlight = CheckedChunk.NONE;
        private Future<?> writing = CompletableFuture.completedFuture(null);

        ChunkPipeline(ImportJob job, String actor) {
            this.job = job;
            this.actor = actor;
        }

        void submit(List<ImportRow> rows) {
            CheckedChunk checked = checker.check(rows, inFlight);
            PreparedChunk prepared = preparer.prepare(job, actor, checked);
            drain();
            inFlight = checked;
            writing = writerThread.submit(() -> writer.write(prepared));
        }

        /** Waits until the chunk in flight has committed; rethrows what made it fail. */
        void drain() {
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Import interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            // On failure the chunk in flight still finishes (or rolls back) before the import
            // answers, so a retry resumes after a stable last committed row.
            writerThread.shutdown();
            try {
                writerThread.awaitTermination(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Reads rows one at a time; numbers are 1-based data rows (the CSV header is not a row). */
    interface RowSource {
        ImportRow next() throws IOException;
    }

    static final class CsvRows implements RowSource {

        private final CsvReader csv;
        private final List<String> header;
        private int number;

        CsvRows(BufferedReader reader) throws IOException {
            this.csv = new CsvReader(reader);
            List<String> columns = csv.next();
            if (columns == null) {
                throw ProblemException.badRequest(
                        "empty-file", "Empty file", "The file has no header row");
            }
            this.header = columns.stream().map(String::strip).toList();
            List<String> unknown =
                    header.stream().filter(c -> !CsvColumns.ALL.contains(c)).toList();
            List<String> missing =
                    CsvColumns.REQUIRED.stream().filter(c -> !header.contains(c)).sorted().toList();
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                throw new ProblemException(
                        org.evac.infrastructure.problem.Problem.of(
                                        400,
                                        "csv-header",
                                        "Unexpected CSV header",
                                        "Unknown columns "
                                                + unknown
                                                + ", missing columns "
                                                + missing)
                                .with("columns", CsvColumns.ALL));
            }
        }

        @Override
        public ImportRow next() throws IOException {
            List<String> fields = csv.next();
            if (fields == null) {
                return null;
            }
            number++;
            if (fields.size() != header.size()) {
                return ImportRow.unreadable(
                        number, "has " + fields.size() + " fields, the header " + header.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields.get(i));
            }
            try {
                return ImportRow.read(
                        number, CsvColumns.toRequest(row), blankToNull(row.get("sourceReference")));
            } catch (CsvColumns.RowException e) {
                return ImportRow.unreadable(number, e.getMessage());
            }
        }
    }

    static final class JsonLinesRows implements RowSource {

        private final BufferedReader reader;
        private final ObjectMapper mapper;
        private int number;

        JsonLinesRows(BufferedReader reader, ObjectMapper mapper) {
            this.reader = reader;
            this.mapper = mapper;
        }

        @Override
        public ImportRow next() throws IOException {
            String line;
            do {
                line = reader.readLine();
                if (line == null) {
                    return null;
                }
                number++;
            } while (line.isBlank());
            try {
                PersonRequest request = mapper.readValue(line, PersonRequest.class);
                String reference =
                        request.sources() == null || request.sources().isEmpty()
                                ? null
                                : request.sources().get(0).reference();
                return ImportRow.read(number, request, reference);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return ImportRow.unreadable(
                        number, "not a valid person JSON: " + e.getOriginalMessage());
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
