package org.evac.scenario.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.evac.client.registry.model.Category;
import org.evac.client.registry.model.DepartureWish;
import org.evac.client.registry.model.DocumentType;
import org.evac.client.registry.model.Province;
import org.evac.client.registry.model.QualifyingRelationship;
import org.evac.client.registry.model.Relationship;
import org.evac.client.registry.model.Sex;
import org.evac.client.registry.model.VulnerabilityKind;

/**
 * One real person of the scenario as the task force would eventually know them, whatever the lists
 * say: the truth the services' answers are compared with.
 *
 * @param key unique within the scenario
 * @param qualifyingKey the member an immediate relative relates to, or {@code null}
 * @param intake how the person reaches the registry
 */
public record Member(
        int key,
        int householdKey,
        Relationship relationship,
        String familyName,
        String givenNames,
        String nativeName,
        String birthDate,
        Sex sex,
        Category category,
        Integer qualifyingKey,
        QualifyingRelationship qualifyingRelationship,
        Optional<Document> document,
        String phone,
        Province province,
        String district,
        DepartureWish departureWish,
        List<VulnerabilityKind> vulnerabilities,
        Intake intake) {

    /** A travel or identity document. */
    public record Document(DocumentType type, String country, String number, LocalDate expiresOn) {

        /** The ICAO 9303 code an operator writes on a manifest for this document. */
        public String icaoType() {
            return switch (type) {
                case US_PASSPORT, AFGHAN_PASSPORT -> "P";
                case AFGHAN_TAZKIRA -> "I";
                case US_PERMANENT_RESIDENT_CARD -> "C";
                default -> "X";
            };
        }
    }

    /** How a person reaches the registry. */
    public enum Intake {
        /** a row of the STEP list only */
        LIST_A,
        /** a row of the partner NGO list only */
        LIST_B,
        /** on both lists with the same document: the second is a duplicate the import catches */
        BOTH_SAME_DOCUMENT,
        /**
         * on both lists, the NGO's without a document and spelled differently: a likely duplicate
         * the import leaves to a reviewer
         */
        BOTH_LIKELY_DUPLICATE,
        /** a row of the STEP list that the import refuses; a coordinator registers it by hand */
        LIST_A_INVALID,
        /**
         * a row of the STEP list, and registered again at a walk-in desk under another document, a
         * duplicate that an administrator finds and merges later
         */
        LIST_A_AND_WALK_IN
    }

    public Member withDocument(Document replacement) {
        return new Member(
                key,
                householdKey,
                relationship,
                familyName,
                givenNames,
                nativeName,
                birthDate,
                sex,
                category,
                qualifyingKey,
                qualifyingRelationship,
                Optional.of(replacement),
                phone,
                province,
                district,
                departureWish,
                vulnerabilities,
                intake);
    }

    public Member withVulnerabilities(List<VulnerabilityKind> needs) {
        return new Member(
                key,
                householdKey,
                relationship,
                familyName,
                givenNames,
                nativeName,
                birthDate,
                sex,
                category,
                qualifyingKey,
                qualifyingRelationship,
                document,
                phone,
                province,
                district,
                departureWish,
                List.copyOf(needs),
                intake);
    }

    /** May be offered a seat: a US citizen, permanent resident or immediate relative. */
    public boolean isEligibleCategory() {
        return category != Category.FAMILY_NOT_ELIGIBLE;
    }

    public String fullName() {
        return familyName + " " + givenNames;
    }
}
