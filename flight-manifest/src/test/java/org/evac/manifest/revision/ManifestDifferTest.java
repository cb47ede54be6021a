package org.evac.manifest.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.evac.manifest.checks.CheckResult;
import org.evac.manifest.revision.ManifestDiff.ChangedPassenger;
import org.evac.manifest.revision.ManifestDiff.FieldChange;
import org.evac.manifest.submission.Sex;
import org.junit.jupiter.api.Test;

class ManifestDifferTest {

    @Test
    void theSamePassengersResubmittedDifferInNothing() {
        ManifestDiff diff =
                ManifestDiffer.diff(
                        revision(1, line(1, "P01234567"), line(2, "P07654321")),
                        revision(2, line(1, "P01234567"), line(2, "P07654321")));

        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void aPassengerOnlyInTheNewRevisionIsAddedAndOneOnlyInTheOldIsRemoved() {
        PassengerLine dropped = line(2, "P07654321");
        dropped.findings = "NOT_ALLOCATED";
        ManifestDiff diff =
                ManifestDiffer.diff(
                        revision(1, line(1, "P01234567"), dropped),
                        revision(2, line(1, "P01234567"), line(2, "P05555555")));

        assertThat(diff.added())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.documentNumber()).isEqualTo("P05555555");
                            assertThat(p.lineNumber()).isEqualTo(2);
                        });
        assertThat(diff.removed())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.documentNumber()).isEqualTo("P07654321");
                            assertThat(p.results()).containsExactly(CheckResult.NOT_ALLOCATED);
                        });
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void aPassengerMovedToAnotherLineIsNotAChange() {
        ManifestDiff diff =
                ManifestDiffer.diff(
                        revision(1, line(1, "P01234567"), line(2, "P07654321")),
                        revision(2, line(1, "P07654321"), line(2, "P01234567")));

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void aChangedPassengerListsEachFieldBeforeAndAfterInTheOrderOfALine() {
        PassengerLine before = line(3, "P01234567");
        PassengerLine after = line(5, "P01234567");
        after.givenNames = null;
        after.documentExpiry = LocalDate.of(2031, 1, 1);
        after.seat = "14C";
        UUID personId = UUID.randomUUID();
        after.personId = personId;

        ManifestDiff diff = ManifestDiffer.diff(revision(1, before), revision(2, after));

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed())
                .containsExactly(
                        new ChangedPassenger(
                                3,
                                5,
                                "P",
                                "P01234567",
                                "AFG",
                                List.of(
                                        new FieldChange("givenNames", "AHMAD ZIA", null),
                                        new FieldChange(
                                                "documentExpiry", "2027-03-15", "2031-01-01"),
                                        new FieldChange("seat", "12A", "14C"),
                                        new FieldChange("personId", null, personId.toString()))));
    }

    @Test
    void aCorrectedSexOrBirthDateIsAChange() {
        PassengerLine after = line(1, "P01234567");
        after.sex = Sex.F;
        after.birthDate = "1985-03";

        ManifestDiff diff =
                ManifestDiffer.diff(revision(1, line(1, "P01234567")), revision(2, after));

        assertThat(diff.changed())
                .singleElement()
                .extracting(ChangedPassenger::changes)
                .isEqualTo(
                        List.of(
                                new FieldChange("birthDate", "1985-03-12", "1985-03"),
                                new FieldChange("sex", "M", "F")));
    }

    @Test
    void aDocumentNumberRewrittenWithSpacesDashesOrLowerCaseIsTheSamePassenger() {
        ManifestDiff diff =
                ManifestDiffer.diff(
                        revision(1, line(1, "P01234567"), line(2, "P0765 4321")),
                        revision(2, line(1, "p0123-4567"), line(2, "P07654321")));

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed())
                .extracting(ChangedPassenger::documentNumber, ChangedPassenger::changes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "p0123-4567",
                                List.of(
                                        new FieldChange(
                                                "documentNumber", "P01234567", "p0123-4567"))),
                        org.assertj.core.groups.Tuple.tuple(
                                "P07654321",
                                List.of(
                                        new FieldChange(
                                                "documentNumber", "P0765 4321", "P07654321"))));
    }

    @Test
    void theSameNumberFromAnotherIssuerOrOnAnotherTypeOfDocumentIsAnotherPassenger() {
        PassengerLine pakistani = line(1, "P01234567");
        pakistani.documentIssuingCountry = "PAK";
        PassengerLine identityCard = line(2, "P01234567");
        identityCard.documentType = "I";

        ManifestDiff diff =
                ManifestDiffer.diff(
                        revision(1, line(1, "P01234567")), revision(2, pakistani, identityCard));

        assertThat(diff.removed())
                .extracting(PassengerView::documentIssuingCountry, PassengerView::documentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AFG", "P"));
        assertThat(diff.added())
                .extracting(PassengerView::documentIssuingCountry, PassengerView::documentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PAK", "P"),
                        org.assertj.core.groups.Tuple.tuple("AFG", "I"));
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void addedAndRemovedPassengersAreListedInTheOrderOfTheirRevisions() {
        ManifestDiff diff =
                ManifestDiffer.diff(
                        revision(
                                1,
                                line(1, "P00000003"),
                                line(2, "P00000001"),
                                line(3, "P00000002")),
                        revision(
                                2,
                                line(1, "P00000006"),
                                line(2, "P00000004"),
                                line(3, "P00000005")));

        assertThat(diff.removed())
                .extracting(PassengerView::documentNumber)
                .containsExactly("P00000003", "P00000001", "P00000002");
        assertThat(diff.added())
                .extracting(PassengerView::documentNumber)
                .containsExactly("P00000006", "P00000004", "P00000005");
    }

    @Test
    void anEmptiedManifestRemovesEveryone() {
        ManifestDiff diff =
                ManifestDiffer.diff(
                        revision(1, line(1, "P01234567"), line(2, "P07654321")), revision(2));

        assertThat(diff.removed()).hasSize(2);
        assertThat(diff.added()).isEmpty();
    }

    private static ManifestRevision revision(int number, PassengerLine... lines) {
        ManifestRevision revision = new ManifestRevision();
        revision.revision = number;
        revision.lines = new ArrayList<>(List.of(lines));
        return revision;
    }

    private static PassengerLine line(int number, String documentNumber) {
        PassengerLine line = new PassengerLine();
        line.lineNumber = number;
        line.familyName = "HAIDARI";
        line.givenNames = "AHMAD ZIA";
        line.birthDate = "1985-03-12";
        line.sex = Sex.M;
        line.nationality = "AFG";
        line.documentType = "P";
        line.documentNumber = documentNumber;
        line.documentIssuingCountry = "AFG";
        line.documentExpiry = LocalDate.of(2027, 3, 15);
        line.seat = "12A";
        line.bookingReference = "EVAC42";
        return line;
    }
}
