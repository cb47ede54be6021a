package org.evac.registry.quality;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.evac.registry.person.Category;
import org.evac.registry.person.DepartureWish;
import org.evac.registry.person.Person;
import org.evac.registry.person.QualifyingRelationship;

/** Data-quality issues that are accepted but flagged; recomputed after every change of a person. */
public final class SoftRules {

    private static final int CHILD_AGE_LIMIT = 21;

    private SoftRules() {}

    public static Set<QualityFlag> assess(
            Person person,
            Collection<LocalDate> documentExpiries,
            int contactChannels,
            LocalDate today) {
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        var birthDate = BirthDate.parse(person.birthDate);
        if (birthDate.isEmpty()) {
            flags.add(QualityFlag.MISSING_BIRTH_DATE);
        } else if (birthDate.get().looksLikePlaceholder()
                && (person.birthDateEvidence == null || person.birthDateEvidence.isBlank())) {
            flags.add(QualityFlag.PLACEHOLDER_BIRTH_DATE);
        }
        if (documentExpiries.isEmpty()) {
            flags.add(QualityFlag.NO_DOCUMENT);
        }
        if (documentExpiries.stream()
                .anyMatch(expiry -> expiry != null && expiry.isBefore(today))) {
            flags.add(QualityFlag.EXPIRED_DOCUMENT);
        }
        if (contactChannels == 0) {
            flags.add(QualityFlag.NO_CONTACT_CHANNEL);
        }
        if (person.province == null) {
            flags.add(QualityFlag.NO_PROVINCE);
        }
        if (person.category == Category.IMMEDIATE_RELATIVE
                && birthDate.isPresent()
                && birthDate.get().ageOn(today) < CHILD_AGE_LIMIT) {
            boolean parentLinked =
                    person.qualifyingRelationship == QualifyingRelationship.PARENT
                            && person.qualifyingPersonId != null;
            if (!parentLinked) {
                flags.add(QualityFlag.MINOR_WITHOUT_PARENT_LINK);
            }
        }
        if (person.category == Category.IMMEDIATE_RELATIVE
                && person.qualifyingRelationship == QualifyingRelationship.PARENT
                && birthDate.isPresent()
                && birthDate.get().ageOn(today) >= CHILD_AGE_LIMIT) {
            flags.add(QualityFlag.CHILD_OVER_21);
        }
        if (person.departureWish == DepartureWish.WILL_NOT_LEAVE_WITHOUT_FAMILY
                && person.householdId == null) {
            flags.add(QualityFlag.FAMILY_NOT_LINKED);
        }
        return flags;
    }
}
