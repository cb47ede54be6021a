package org.evac.scenario.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evac.client.registry.model.Category;
import org.evac.client.registry.model.ContactInput;
import org.evac.client.registry.model.ContactKind;
import org.evac.client.registry.model.DocumentInput;
import org.evac.client.registry.model.Location;
import org.evac.client.registry.model.PersonRequest;
import org.evac.client.registry.model.QualifyingRelative;
import org.evac.client.registry.model.SourceInput;
import org.evac.client.registry.model.SourceKind;
import org.evac.client.registry.model.Vulnerability;
import org.evac.scenario.population.Member.Intake;

/**
 * The two lists the task force receives, written the way their senders write them: the State
 * Department's STEP enrolments as CSV, a partner NGO's list as JSON Lines. They overlap; the NGO
 * spells names its own way and sometimes has no document number; some STEP rows carry mistakes the
 * registry must refuse.
 */
public final class Lists {

    private final Population population;
    private final Map<Integer, Member> byKey;
    private final List<Member> stepRows = new ArrayList<>();
    private final List<Member> ngoRows = new ArrayList<>();

    public Lists(Population population) {
        this.population = population;
        this.byKey =
                population.members().stream()
                        .collect(Collectors.toMap(Member::key, Function.identity()));
        for (Member member : population.members()) {
            switch (member.intake()) {
                case LIST_A, LIST_A_INVALID, LIST_A_AND_WALK_IN -> stepRows.add(member);
                case LIST_B -> ngoRows.add(member);
                case BOTH_SAME_DOCUMENT, BOTH_LIKELY_DUPLICATE -> {
                    stepRows.add(member);
                    ngoRows.add(member);
                }
            }
        }
    }

    /** The members of the STEP list, row 1 first. */
    public List<Member> stepRows() {
        return stepRows;
    }

    /** The members of the NGO list, line 1 first. */
    public List<Member> ngoRows() {
        return ngoRows;
    }

    /** The STEP enrolments, with the registry's CSV columns. */
    public String stepCsv() {
        StringBuilder csv =
                new StringBuilder(
                        "familyName,givenNames,nativeName,birthDate,sex,category,qualifyingName,"
                                + "qualifyingRelationship,departureWish,province,district,phone,"
                                + "documentType,documentCountry,documentNumber,documentExpiry,"
                                + "vulnerabilities,sourceReference\r\n");
        for (int row = 0; row < stepRows.size(); row++) {
            Member m = stepRows.get(row);
            Member qualifying = m.qualifyingKey() == null ? null : byKey.get(m.qualifyingKey());
            List<String> cells =
                    new ArrayList<>(
                            List.of(
                                    m.familyName(),
                                    m.givenNames(),
                                    orEmpty(m.nativeName()),
                                    m.birthDate(),
                                    m.sex().getValue(),
                                    m.category().getValue(),
                                    qualifying == null ? "" : qualifying.fullName(),
                                    m.qualifyingRelationship() == null
                                            ? ""
                                            : m.qualifyingRelationship().getValue(),
                                    m.departureWish().getValue(),
                                    m.province().getValue(),
                                    m.district(),
                                    orEmpty(m.phone()),
                                    m.document().map(d -> d.type().getValue()).orElse(""),
                                    m.document().map(Member.Document::country).orElse(""),
                                    m.document().map(Member.Document::number).orElse(""),
                                    m.document().map(d -> d.expiresOn().toString()).orElse(""),
                                    String.join(
                                            ";",
                                            m.vulnerabilities().stream().map(Enum::name).toList()),
                                    "STEP-" + m.key()));
            if (m.intake() == Intake.LIST_A_INVALID) {
                spoil(cells, row);
            }
            csv.append(cells.stream().map(Lists::csvCell).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** The NGO's list: one person request per line, in the NGO's own spelling. */
    public String ngoJsonLines() {
        ObjectMapper json =
                org.evac.client.registry.ApiClient.createDefaultObjectMapper()
                        .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        StringBuilder lines = new StringBuilder();
        for (Member m : ngoRows) {
            PersonRequest request = request(m, SourceKind.PARTNER_NGO_LIST, "NGO-" + m.key());
            if (m.intake() == Intake.BOTH_SAME_DOCUMENT) {
                request.familyName(Spelling.variant(m.familyName(), m.key()));
            } else if (m.intake() == Intake.BOTH_LIKELY_DUPLICATE) {
                request.givenNames(Spelling.variant(m.givenNames(), m.key()));
                request.documents(List.of());
            }
            try {
                lines.append(json.writeValueAsString(request)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return lines.toString();
    }

    /**
     * The request a coordinator sends for {@code member} through the API: the truth, with an
     * immediate relative naming the citizen or resident they relate to.
     */
    public PersonRequest request(Member m, SourceKind source, String reference) {
        Member qualifying = m.qualifyingKey() == null ? null : byKey.get(m.qualifyingKey());
        PersonRequest request =
                new PersonRequest()
                        .familyName(m.familyName())
                        .givenNames(m.givenNames())
                        .nativeName(m.nativeName())
                        .birthDate(m.birthDate())
                        .sex(m.sex())
                        .category(m.category())
                        .departureWish(m.departureWish())
                        .location(new Location().province(m.province()).district(m.district()))
                        .vulnerabilities(
                                m.vulnerabilities().stream()
                                        .map(kind -> new Vulnerability().kind(kind))
                                        .toList())
                        .documents(
                                m.document().stream()
                                        .map(
                                                d ->
                                                        new DocumentInput()
                                                                .type(d.type())
                                                                .issuingCountry(d.country())
                                                                .number(d.number())
                                                                .expiresOn(d.expiresOn()))
                                        .toList())
                        .contacts(
                                m.phone() == null
                                        ? List.of()
                                        : List.of(
                                                new ContactInput()
                                                        .kind(ContactKind.PHONE)
                                                        .value(m.phone())))
                        .sources(List.of(new SourceInput().source(source).reference(reference)));
        if (qualifying != null && m.category() == Category.IMMEDIATE_RELATIVE) {
            request.qualifyingRelative(
                    new QualifyingRelative()
                            .name(qualifying.fullName())
                            .relationship(m.qualifyingRelationship()));
        }
        return request;
    }

    public Population population() {
        return population;
    }

    /** The mistakes of real lists: a made-up province, impossible dates, a garbled number. */
    private static void spoil(List<String> cells, int row) {
        switch (row % 4) {
            case 0 -> cells.set(9, "AF-XYZ");
            case 1 -> cells.set(3, "2031-05-04");
            case 2 -> cells.set(3, "1987-02-30");
            default -> {
                cells.set(12, "US_PASSPORT");
                cells.set(13, "USA");
                cells.set(14, "12-34");
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String csvCell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"'
                : value;
    }
}
