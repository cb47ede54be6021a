package org.evac.scenario.play;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evac.client.registry.api.ContactsApi;
import org.evac.client.registry.api.DuplicatesApi;
import org.evac.client.registry.api.HouseholdsApi;
import org.evac.client.registry.api.ImportsApi;
import org.evac.client.registry.api.PersonsApi;
import org.evac.client.registry.api.VerificationApi;
import org.evac.client.registry.model.ContactAttemptRequest;
import org.evac.client.registry.model.ContactKind;
import org.evac.client.registry.model.CreateHousehold;
import org.evac.client.registry.model.DocumentInput;
import org.evac.client.registry.model.DocumentType;
import org.evac.client.registry.model.DuplicateCandidate;
import org.evac.client.registry.model.HouseholdMemberInput;
import org.evac.client.registry.model.ImportSummary;
import org.evac.client.registry.model.MergeRequest;
import org.evac.client.registry.model.Outcome;
import org.evac.client.registry.model.Person;
import org.evac.client.registry.model.PersonRequest;
import org.evac.client.registry.model.SourceInput;
import org.evac.client.registry.model.SourceKind;
import org.evac.client.registry.model.VerificationRequest;
import org.evac.scenario.api.Keys;
import org.evac.scenario.api.ServiceFailure;
import org.evac.scenario.api.Services;
import org.evac.scenario.population.Household;
import org.evac.scenario.population.Lists;
import org.evac.scenario.population.Member;
import org.evac.scenario.population.Member.Intake;
import org.evac.scenario.population.Spelling;

/**
 * The registry's side of the task force: the two lists imported and their rows reviewed, the
 * refused rows corrected and registered by hand, walk-in registrations and the merge of the
 * duplicates they made, households, verification and calls.
 */
public final class RegistryDesk {

    private static final String WHERE = "registry intake";

    private final Services services;
    private final Lists lists;
    private final Ledger ledger;
    private final Findings findings;
    private final Parallel desks;

    public RegistryDesk(
            Services services, Lists lists, Ledger ledger, Findings findings, Parallel desks) {
        this.services = services;
        this.lists = lists;
        this.ledger = ledger;
        this.findings = findings;
        this.desks = desks;
    }

    /** The report of one import, row by row. */
    record ReportRow(int row, String outcome, UUID personId, UUID duplicateOf) {}

    /**
     * Imports the STEP list, then the NGO list, and checks each row's outcome against what the row
     * is: created, refused, a duplicate of the STEP row, or a likely duplicate left for review.
     */
    public void importLists() {
        List<ReportRow> step =
                importFile(
                        SourceKind.STEP_ENROLMENT,
                        "step-enrolments-2021-08-20.csv",
                        lists.stepCsv(),
                        true);
        for (int i = 0; i < lists.stepRows().size(); i++) {
            Member member = lists.stepRows().get(i);
            ReportRow row = step.get(i);
            if (member.intake() == Intake.LIST_A_INVALID) {
                findings.expect(
                        row.outcome().equals("INVALID"),
                        WHERE,
                        "STEP row " + row.row() + " with a mistake was " + row.outcome());
            } else if (isCreated(row)) {
                ledger.registered(member, row.personId());
            } else {
                findings.mismatch(
                        WHERE, "STEP row " + row.row() + " was " + row.outcome() + ", not created");
            }
        }
        List<ReportRow> ngo =
                importFile(
                        SourceKind.PARTNER_NGO_LIST,
                        "ngo-evacuation-list-2021-08-21.jsonl",
                        lists.ngoJsonLines(),
                        false);
        List<Map.Entry<Member, UUID>> toReview = new ArrayList<>();
        for (int i = 0; i < lists.ngoRows().size(); i++) {
            Member member = lists.ngoRows().get(i);
            ReportRow row = ngo.get(i);
            switch (member.intake()) {
                case LIST_B -> {
                    if (isCreated(row)) {
                        ledger.registered(member, row.personId());
                    } else {
                        findings.mismatch(WHERE, "NGO line " + row.row() + " was " + row.outcome());
                    }
                }
                case BOTH_SAME_DOCUMENT, BOTH_LIKELY_DUPLICATE -> {
                    String expected =
                            member.intake() == Intake.BOTH_SAME_DOCUMENT
                                            && member.document().isPresent()
                                    ? "DUPLICATE"
                                    : "LIKELY_DUPLICATE";
                    UUID stepId = ledger.personId(member);
                    findings.expect(
                            row.outcome().equals(expected) && stepId.equals(row.duplicateOf()),
                            WHERE,
                            "NGO line "
                                    + row.row()
                                    + " (on the STEP list too) was "
                                    + row.outcome()
                                    + " of "
                                    + row.duplicateOf()
                                    + ", expected "
                                    + expected
                                    + " of "
                                    + stepId);
                    if (row.outcome().equals("LIKELY_DUPLICATE")) {
                        toReview.add(Map.entry(member, stepId));
                    }
                }
                default -> findings.mismatch(WHERE, "member on the NGO list by mistake");
            }
        }
        // The reviewer confirms each likely duplicate: the NGO's record is one more source.
        desks.forEach(
                toReview,
                entry -> {
                    String key = Keys.fresh();
                    services.registry()
                            .call(
                                    c ->
                                            new VerificationApi(c)
                                                    .addPersonSource(
                                                            entry.getValue(),
                                                            new SourceInput()
                                                                    .source(
                                                                            SourceKind
                                                                                    .PARTNER_NGO_LIST)
                                                                    .reference(
                                                                            "NGO-"
                                                                                    + entry.getKey()
                                                                                            .key()),
                                                            key));
                });
    }

    /** The rows the import refused, registered by a coordinator with the mistakes corrected. */
    public void registerCorrectedRows() {
        desks.forEach(
                lists.stepRows().stream().filter(m -> m.intake() == Intake.LIST_A_INVALID).toList(),
                member -> {
                    PersonRequest corrected =
                            lists.request(
                                    member, SourceKind.STEP_ENROLMENT, "STEP-" + member.key());
                    String key = Keys.fresh();
                    Person person =
                            services.registry()
                                    .call(
                                            c ->
                                                    new PersonsApi(c)
                                                            .registerPerson(corrected, false, key));
                    ledger.registered(member, person.getId());
                });
    }

    /**
     * Some persons of the STEP list come to a desk and are registered again under their tazkira,
     * spelled another way: the desk is told of the likely duplicate and, in a hurry, registers
     * anyway. An administrator merges them later.
     */
    public void walkIns() {
        desks.forEach(
                lists.stepRows().stream()
                        .filter(m -> m.intake() == Intake.LIST_A_AND_WALK_IN)
                        .toList(),
                member -> {
                    PersonRequest again =
                            lists.request(member, SourceKind.WALK_IN, "DESK-" + member.key())
                                    .givenNames(Spelling.variant(member.givenNames(), member.key()))
                                    .documents(
                                            List.of(
                                                    new DocumentInput()
                                                            .type(DocumentType.AFGHAN_TAZKIRA)
                                                            .issuingCountry("AFG")
                                                            .number(
                                                                    "2"
                                                                            + String.format(
                                                                                    "%09d",
                                                                                    member
                                                                                            .key()))));
                    String first = Keys.fresh();
                    try {
                        services.registry()
                                .call(c -> new PersonsApi(c).registerPerson(again, false, first));
                        findings.mismatch(
                                WHERE,
                                "a walk-in duplicate of member "
                                        + member.key()
                                        + " was registered without a likely-duplicate warning");
                        return;
                    } catch (ServiceFailure warned) {
                        findings.expect(
                                warned.status() == 409
                                        && warned.body().contains("likely-duplicate"),
                                WHERE,
                                "walk-in registration answered " + warned.getMessage());
                    }
                    String anyway = Keys.fresh();
                    Person duplicate =
                            services.registry()
                                    .call(
                                            c ->
                                                    new PersonsApi(c)
                                                            .registerPerson(again, true, anyway));
                    ledger.walkedIn(member, duplicate.getId());
                });
    }

    /** The administrator finds each walk-in duplicate from its original and merges it in. */
    public void mergeWalkIns() {
        Map<Integer, Member> byKey =
                ledger.population().members().stream()
                        .collect(Collectors.toMap(Member::key, Function.identity()));
        desks.forEach(
                ledger.walkIns().entrySet(),
                walkIn -> {
                    Member member = byKey.get(walkIn.getKey());
                    UUID original = ledger.personId(member);
                    List<DuplicateCandidate> candidates =
                            services.registryAdmin()
                                    .call(
                                            c ->
                                                    new DuplicatesApi(c)
                                                            .listDuplicateCandidates(original));
                    boolean found =
                            candidates.stream()
                                    .anyMatch(d -> d.getPersonId().equals(walkIn.getValue()));
                    findings.expect(
                            found,
                            WHERE,
                            "the walk-in duplicate of member "
                                    + member.key()
                                    + " is not among the candidates of its original");
                    if (found) {
                        String key = Keys.fresh();
                        services.registryAdmin()
                                .call(
                                        c ->
                                                new DuplicatesApi(c)
                                                        .mergePerson(
                                                                original,
                                                                new MergeRequest()
                                                                        .mergedId(walkIn.getValue())
                                                                        .reason(
                                                                                "same person: walk-in"
                                                                                        + " registration"
                                                                                        + " under the"
                                                                                        + " tazkira"),
                                                                key));
                        ledger.merged(member);
                    }
                });
    }

    /** Each family as one household: the head and the others with their relationship. */
    public void households() {
        desks.forEach(
                ledger.population().households(),
                household -> {
                    CreateHousehold request =
                            new CreateHousehold()
                                    .headPersonId(ledger.personId(household.head()))
                                    .members(
                                            household.members().stream()
                                                    .skip(1)
                                                    .map(
                                                            m ->
                                                                    new HouseholdMemberInput()
                                                                            .personId(
                                                                                    ledger.personId(
                                                                                            m))
                                                                            .relationship(
                                                                                    m
                                                                                            .relationship()))
                                                    .toList());
                    String key = Keys.fresh();
                    var created =
                            services.registry()
                                    .call(c -> new HouseholdsApi(c).createHousehold(request, key));
                    ledger.household(household, created.getId());
                });
    }

    /**
     * Every person with a document is checked on a video call: verified with the document as
     * evidence, or rejected because the document does not hold up.
     */
    public void verify() {
        desks.forEach(
                ledger.population().members().stream()
                        .filter(m -> m.document().isPresent())
                        .toList(),
                member -> {
                    UUID id = ledger.personId(member);
                    Person person = services.registry().call(c -> new PersonsApi(c).getPerson(id));
                    UUID evidence = person.getDocuments().get(0).getId();
                    String key = Keys.fresh();
                    if (ledger.population().failsVerification(member)) {
                        services.registry()
                                .call(
                                        c ->
                                                new VerificationApi(c)
                                                        .rejectPerson(
                                                                id,
                                                                new VerificationRequest()
                                                                        .reason(
                                                                                "document does not"
                                                                                        + " match the"
                                                                                        + " issuer's"
                                                                                        + " records")
                                                                        .evidenceDocumentId(
                                                                                evidence),
                                                                key));
                        ledger.rejected(member);
                    } else {
                        services.registry()
                                .call(
                                        c ->
                                                new VerificationApi(c)
                                                        .verifyPerson(
                                                                id,
                                                                new VerificationRequest()
                                                                        .reason(
                                                                                "passport seen on a"
                                                                                        + " video call")
                                                                        .evidenceDocumentId(
                                                                                evidence),
                                                                key));
                        ledger.verified(member);
                    }
                });
    }

    /** The heads of household are called; one in five answers only the second time. */
    public void call(List<Household> households) {
        desks.forEach(
                households.stream().filter(h -> h.head().phone() != null).toList(),
                household -> {
                    UUID head = ledger.personId(household.head());
                    if (household.key() % 5 == 0) {
                        attempt(head, Outcome.NO_ANSWER);
                    }
                    attempt(head, Outcome.REACHED);
                });
    }

    private void attempt(UUID person, Outcome outcome) {
        String key = Keys.fresh();
        services.registry()
                .call(
                        c ->
                                new ContactsApi(c)
                                        .recordContactAttempt(
                                                person,
                                                new ContactAttemptRequest()
                                                        .channel(ContactKind.PHONE)
                                                        .outcome(outcome)
                                                        .attemptedAt(
                                                                OffsetDateTime.now(ZoneOffset.UTC)
                                                                        .minusMinutes(1)),
                                                key));
    }

    private List<ReportRow> importFile(
            SourceKind source, String fileName, String body, boolean csv) {
        String key = Keys.fresh();
        ImportSummary summary =
                services.registry()
                        .call(
                                c ->
                                        csv
                                                ? new ImportsApi(c)
                                                        .importPersonsCsv(
                                                                source, body, fileName, key)
                                                : new ImportsApi(c)
                                                        .importPersonsJsonLines(
                                                                source, body, fileName, key));
        String report = services.registry().call(c -> reportCsv(c, summary.getId()));
        List<ReportRow> rows = new ArrayList<>();
        for (String line : report.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("row,")) {
                continue;
            }
            String[] cells = line.split(",", 5);
            rows.add(
                    new ReportRow(
                            Integer.parseInt(cells[0]),
                            cells[1],
                            cells[2].isEmpty() ? null : UUID.fromString(cells[2]),
                            cells[3].isEmpty() ? null : UUID.fromString(cells[3])));
        }
        System.out.printf(
                "[scenario] imported %s: %d rows, %d created, %d flagged, %d duplicates, %d invalid%n",
                fileName,
                summary.getTotalRows(),
                summary.getCreated(),
                summary.getFlagged(),
                summary.getDuplicates(),
                summary.getInvalid());
        return rows;
    }

    /**
     * The per-row report, read through the generated client's transport: its {@code
     * getImportReportCsv} parses the {@code text/csv} answer as JSON and fails on every report
     * (openapi-generator 7.25.0, library native).
     */
    private static String reportCsv(org.evac.client.registry.ApiClient client, UUID importId)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                                URI.create(
                                        client.getBaseUri()
                                                + "/api/v1/imports/"
                                                + importId
                                                + "/report"))
                        .header("Accept", "text/csv")
                        .timeout(client.getReadTimeout());
        client.getRequestInterceptor().accept(request);
        HttpResponse<String> response =
                client.getHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new org.evac.client.registry.ApiException(
                    response.statusCode(), "import report", response.headers(), response.body());
        }
        return response.body();
    }

    private static boolean isCreated(ReportRow row) {
        return (row.outcome().equals("CREATED") || row.outcome().equals("FLAGGED"))
                && row.personId() != null;
    }
}
