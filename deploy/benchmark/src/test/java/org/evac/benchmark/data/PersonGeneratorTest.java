package org.evac.benchmark.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonGeneratorTest {

    private static final Set<String> PROVINCES = Set.copyOf(AfghanNames.PROVINCES);

    @Test
    void documentNumbersNeverRepeatWithinARun() {
        PersonGenerator generator = new PersonGenerator(1, 1);
        List<GeneratedPerson> persons = generator.persons(60_000);
        persons.addAll(List.of(generator.citizen(), generator.citizen()));

        Set<String> documents = new HashSet<>();
        for (GeneratedPerson person : persons) {
            if (person.documentNumber() != null) {
                assertThat(documents.add(person.documentType() + " " + person.documentNumber()))
                        .as("document %s", person.documentNumber())
                        .isTrue();
            }
        }
        assertThat(documents).hasSizeGreaterThan(40_000);
    }

    @Test
    void documentsHaveTheirIssuersFormats() {
        Map<String, String> formats =
                Map.of(
                        "US_PASSPORT", "[A-Z0-9][0-9]{8}",
                        "US_PERMANENT_RESIDENT_CARD", "[A-Z]{3}[0-9]{10}",
                        "AFGHAN_PASSPORT", "[A-Z]{1,2}[0-9]{7,8}",
                        "AFGHAN_TAZKIRA", "[0-9]{8,13}");
        for (GeneratedPerson person : new PersonGenerator(2, 1).persons(5_000)) {
            if (person.documentNumber() != null) {
                assertThat(person.documentNumber()).matches(formats.get(person.documentType()));
            }
        }
    }

    @Test
    void householdsHaveAnEligibleHeadAndRelativesWhoNameThem() {
        List<GeneratedPerson> household = new PersonGenerator(3, 1).household();

        GeneratedPerson head = household.get(0);
        assertThat(head.category()).isIn("US_CITIZEN", "LAWFUL_PERMANENT_RESIDENT");
        for (GeneratedPerson member : household) {
            assertThat(member.province()).isEqualTo(head.province()).isIn(PROVINCES);
            assertThat(member.sourceReference()).isEqualTo(head.sourceReference());
            if (member.category().equals("IMMEDIATE_RELATIVE")) {
                assertThat(member.qualifyingName()).isEqualTo(head.fullName());
                assertThat(member.qualifyingRelationship()).isIn("SPOUSE", "PARENT");
            }
        }
    }

    @Test
    void namesAreLatinWithADariNativeName() {
        for (GeneratedPerson person : new PersonGenerator(4, 1).persons(2_000)) {
            assertThat(person.familyName() + " " + person.givenNames()).matches("[A-Za-z .'-]+");
            assertThat(person.nativeName()).matches("[\\p{InArabic}\\u200c ]+");
        }
    }

    @Test
    void theSameSeedGivesTheSamePersons() {
        assertThat(new PersonGenerator(5, 1).persons(500))
                .isEqualTo(new PersonGenerator(5, 1).persons(500));
    }

    @Test
    void anImportFileHasTheDocumentedHeaderAndOneRowPerPerson() {
        List<GeneratedPerson> persons = new PersonGenerator(6, 1).persons(1_000);
        ImportFile file = ImportFile.of("list.csv", persons);

        String[] lines = new String(file.csv(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo(GeneratedPerson.CSV_HEADER);
        assertThat(lines).hasSize(1_001);
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i].split(",", -1)).hasSize(22);
        }
        assertThat(file.rows()).isEqualTo(1_000);
        assertThat(file.sample()).isNotEmpty().allMatch(persons::contains);
    }
}
