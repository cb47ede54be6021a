package org.evac.registry.duplicate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evac.registry.person.Sex;
import org.evac.registry.quality.BirthDate;

/**
 * Scores how likely two identities are one person: a sum of weights, one per piece of evidence (a
 * Fellegi–Sunter style log-likelihood, in bits), every one of them listed as a {@link Factor}.
 *
 * <p><b>Names.</b> The words of both names are aligned greedily, best similarity first ({@link
 * NameSimilarity}, 0.86 or more), where a compound written in words matches it written as one
 * (units of {@link PersonName}, 0.92 or more); in any order and across given and family name. An
 * aligned pair adds the weight of the name ({@link NameFrequencies}: Mohammad about 2, a rare
 * family name 10), scaled from 50 % at similarity 0.86 to 100 % at 1. Words left over on one side
 * only are a missing name (−1.5; a title or article −0.3); left over on both sides, they are
 * different names: −14 for the first such pair, −5 for each more (Mohammad Akbar is not Mohammad
 * Asghar).
 *
 * <p><b>Native script.</b> Both records carry the Dari or Pashto name: the same after normalisation
 * +8, one a part of the other +4, similar +2, different −10. Only one does: its consonants read in
 * Latin against the other's Latin name, +2 when they agree (no penalty when not: a transliteration
 * may miss).
 *
 * <p><b>Date of birth</b>, at the precision both know (a 1 January date counts as its year): the
 * same day +8; one day apart +3.5; day and month swapped +3; the same month +4; the same year +3;
 * another day of the same month or year −10; a year apart −6 (a year estimated from an age), more
 * −20 (father and son). Unknown on either side: 0.
 *
 * <p><b>Sex</b> known on both: the same +0.5, different −10. <b>A shared phone</b> +4. <b>The same
 * household</b> +1.5.
 *
 * <p>Bands: {@link Band#LIKELY} from {@value #LIKELY} (a registration is refused unless
 * acknowledged, an import row is not created), {@link Band#POSSIBLE} from {@value #POSSIBLE}
 * (accepted and queued for review), below that different. The score shown is {@code 1 / (1 +
 * 2^-(weight - POSSIBLE) / 3)}: 0.5 at the possible threshold, 0.8 at likely.
 */
public final class DuplicateScorer {

    public static final double LIKELY = 15.0;
    public static final double POSSIBLE = 9.0;

    /**
     * A compound against its parts written apart must agree more closely than one word with
     * another: over a long compound, one different name is a small share of the letters (Abdul
     * Wahid, Abdulwahab).
     */
    private static final double COMPOUND_SAME = 0.92;

    private DuplicateScorer() {}

    public enum Band {
        LIKELY,
        POSSIBLE,
        DIFFERENT
    }

    /** One piece of evidence: what was compared, its weight, and what was seen. */
    public record Factor(String factor, double weight, String detail) {

        @Override
        public String toString() {
            return detail + ": " + String.format(Locale.ROOT, "%+.1f", weight);
        }
    }

    public record Match(double weight, double score, Band band, List<Factor> factors) {

        public List<String> reasons() {
            return factors.stream().map(Factor::toString).toList();
        }
    }

    public static Match compare(Identity a, Identity b) {
        List<Factor> factors = new ArrayList<>();
        names(a.name(), b.name(), factors);
        nativeNames(a, b, factors);
        birthDates(a, b, factors);
        if (a.sex() != Sex.UNKNOWN && b.sex() != Sex.UNKNOWN) {
            factors.add(
                    a.sex() == b.sex()
                            ? new Factor("SEX", 0.5, "same sex")
                            : new Factor("SEX", -10, "different sex"));
        }
        if (a.phones().stream().anyMatch(b.phones()::contains)) {
            factors.add(new Factor("PHONE", 4, "shared phone number"));
        }
        if (a.householdId() != null && a.householdId().equals(b.householdId())) {
            factors.add(new Factor("HOUSEHOLD", 1.5, "same household"));
        }
        double weight = round(factors.stream().mapToDouble(Factor::weight).sum());
        Band band =
                weight >= LIKELY
                        ? Band.LIKELY
                        : weight >= POSSIBLE ? Band.POSSIBLE : Band.DIFFERENT;
        double score = Math.round(100 / (1 + Math.pow(2, -(weight - POSSIBLE) / 3))) / 100.0;
        return new Match(weight, score, band, List.copyOf(factors));
    }

    private record Aligned(PersonName.Unit a, PersonName.Unit b, double similarity) {}

    private static void names(PersonName a, PersonName b, List<Factor> factors) {
        List<Aligned> pairs = new ArrayList<>();
        for (PersonName.Unit ua : a.units()) {
            for (PersonName.Unit ub : b.units()) {
                boolean compound = ua.to() - ua.from() > 1 || ub.to() - ub.from() > 1;
                if (compound && ua.to() - ua.from() > 1 && ub.to() - ub.from() > 1) {
                    continue;
                }
                double similarity = NameSimilarity.of(ua.spelling(), ub.spelling());
                if (similarity >= (compound ? COMPOUND_SAME : NameSimilarity.SAME_NAME)) {
                    pairs.add(new Aligned(ua, ub, similarity));
                }
            }
        }
        pairs.sort(
                Comparator.comparingDouble(Aligned::similarity)
                        .reversed()
                        .thenComparing(
                                p -> -(p.a().to() - p.a().from() + p.b().to() - p.b().from())));
        Set<Integer> usedA = new HashSet<>();
        Set<Integer> usedB = new HashSet<>();
        for (Aligned pair : pairs) {
            if (overlaps(pair.a(), usedA) || overlaps(pair.b(), usedB)) {
                continue;
            }
            mark(pair.a(), usedA);
            mark(pair.b(), usedB);
            factors.add(agreement(a, b, pair));
        }
        // Words left on both sides are different names; a title left against a name is one
        // too (Noor Agha is not Noor Ahmad), a title left alone is just written by one record.
        List<Integer> leftA = leftOver(a, usedA, false);
        List<Integer> leftB = leftOver(b, usedB, false);
        List<Integer> optionalA = leftOver(a, usedA, true);
        List<Integer> optionalB = leftOver(b, usedB, true);
        int conflicts = 0;
        while (!leftA.isEmpty() || !leftB.isEmpty()) {
            List<Integer> otherA = leftA.isEmpty() ? optionalA : leftA;
            List<Integer> otherB = leftB.isEmpty() ? optionalB : leftB;
            if (otherA.isEmpty() || otherB.isEmpty()) {
                break;
            }
            int wa = otherA.remove(0);
            int wb = otherB.remove(0);
            factors.add(
                    new Factor(
                            "NAME_CONFLICT",
                            conflicts++ == 0 ? -14 : -5,
                            "different names " + written(a, wa) + " / " + written(b, wb)));
        }
        missing(a, leftA, factors);
        missing(b, leftB, factors);
        missing(a, optionalA, factors);
        missing(b, optionalB, factors);
    }

    private static Factor agreement(PersonName a, PersonName b, Aligned pair) {
        boolean family = pair.a().family() || pair.b().family();
        PersonName.Unit split =
                pair.a().to() - pair.a().from() >= pair.b().to() - pair.b().from()
                        ? pair.a()
                        : pair.b();
        PersonName splitName = split == pair.a() ? a : b;
        double worth = 0;
        for (int i = split.from(); i < split.to(); i++) {
            PersonName.Word word = splitName.words().get(i);
            if (!PersonName.ARTICLES.contains(word.spelling())) {
                worth += NameFrequencies.weight(word.spelling(), family);
            }
        }
        if (split.to() - split.from() == 1) {
            PersonName.Unit other = split == pair.a() ? pair.b() : pair.a();
            worth = Math.min(worth, NameFrequencies.weight(other.spelling(), family));
        }
        worth = Math.min(worth, 1.2 * NameFrequencies.MAX_WEIGHT);
        double scale = 0.5 + 0.5 * (pair.similarity() - NameSimilarity.SAME_NAME) / 0.14;
        String written = a.written(pair.a());
        String other = b.written(pair.b());
        String how =
                written.equalsIgnoreCase(other) ? " = " : pair.similarity() == 1.0 ? " ≡ " : " ~ ";
        String compound =
                pair.a().to() - pair.a().from() != pair.b().to() - pair.b().from()
                        ? ", compound joined"
                        : "";
        return new Factor(
                family ? "FAMILY_NAME" : "GIVEN_NAME",
                round(worth * Math.min(1.0, scale)),
                (family ? "family name " : "given name ")
                        + written
                        + how
                        + other
                        + String.format(
                                Locale.ROOT,
                                " (similarity %.2f%s, name weight %.1f)",
                                pair.similarity(),
                                compound,
                                worth));
    }

    private static void missing(PersonName name, List<Integer> words, List<Factor> factors) {
        for (int word : words) {
            boolean optional = name.optional(word);
            factors.add(
                    new Factor(
                            "NAME_MISSING",
                            optional ? -0.3 : -1.5,
                            "only one record has "
                                    + (optional ? "the title or particle " : "the name ")
                                    + written(name, word)));
        }
    }

    /** The words not aligned: the optional ones (titles, articles) or the others. */
    private static List<Integer> leftOver(PersonName name, Set<Integer> used, boolean optional) {
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < name.words().size(); i++) {
            if (!used.contains(i) && name.optional(i) == optional) {
                left.add(i);
            }
        }
        return left;
    }

    private static String written(PersonName name, int word) {
        return name.written(new PersonName.Unit(word, word + 1, "", false));
    }

    private static boolean overlaps(PersonName.Unit unit, Set<Integer> used) {
        for (int i = unit.from(); i < unit.to(); i++) {
            if (used.contains(i)) {
                return true;
            }
        }
        return false;
    }

    private static void mark(PersonName.Unit unit, Set<Integer> used) {
        for (int i = unit.from(); i < unit.to(); i++) {
            used.add(i);
        }
    }

    private static void nativeNames(Identity a, Identity b, List<Factor> factors) {
        boolean hasA = !a.nativeName().isEmpty();
        boolean hasB = !b.nativeName().isEmpty();
        if (hasA && hasB) {
            String ja = a.nativeName().replace(" ", "");
            String jb = b.nativeName().replace(" ", "");
            List<String> wa = NativeScript.words(a.nativeName());
            List<String> wb = NativeScript.words(b.nativeName());
            if (ja.equals(jb)) {
                factors.add(new Factor("NATIVE_NAME", 8, "same name in Arabic script"));
            } else if (wa.containsAll(wb) || wb.containsAll(wa)) {
                factors.add(
                        new Factor(
                                "NATIVE_NAME",
                                4,
                                "name in Arabic script: one record's is part of the other's"));
            } else if (NativeScript.similarity(ja, jb) >= 0.9) {
                factors.add(new Factor("NATIVE_NAME", 2, "nearly the same name in Arabic script"));
            } else {
                factors.add(new Factor("NATIVE_NAME", -10, "different names in Arabic script"));
            }
        } else if (hasA || hasB) {
            Identity withNative = hasA ? a : b;
            Identity latinOnly = hasA ? b : a;
            String latin =
                    NativeScript.latinSkeleton(
                            String.join(
                                    "",
                                    latinOnly.name().words().stream()
                                            .map(PersonName.Word::written)
                                            .toList()));
            double similarity =
                    NativeScript.similarity(NativeScript.skeleton(withNative.nativeName()), latin);
            if (similarity >= 0.8) {
                factors.add(
                        new Factor(
                                "CROSS_SCRIPT",
                                2,
                                String.format(
                                        Locale.ROOT,
                                        "name in Arabic script read in Latin agrees with the other's"
                                                + " Latin name (consonant similarity %.2f)",
                                        similarity)));
            }
        }
    }

    private static void birthDates(Identity a, Identity b, List<Factor> factors) {
        if (a.birthDate().isEmpty() || b.birthDate().isEmpty()) {
            return;
        }
        BirthDate da = asKnown(a.birthDate().get());
        BirthDate db = asKnown(b.birthDate().get());
        String seen = " (" + a.birthDate().get() + " / " + b.birthDate().get() + ")";
        if (Math.abs(da.year() - db.year()) == 1) {
            factors.add(new Factor("BIRTH_DATE", -6, "born a year apart" + seen));
        } else if (da.year() != db.year()) {
            factors.add(new Factor("BIRTH_DATE", -20, "born years apart" + seen));
        } else if (da.isFull() && db.isFull()) {
            if (da.equals(db)) {
                factors.add(new Factor("BIRTH_DATE", 8, "same date of birth" + seen));
            } else if (Math.abs(da.earliest().toEpochDay() - db.earliest().toEpochDay()) == 1) {
                factors.add(new Factor("BIRTH_DATE", 3.5, "dates of birth one day apart" + seen));
            } else if (da.month().equals(db.day()) && da.day().equals(db.month())) {
                factors.add(new Factor("BIRTH_DATE", 3, "day and month of birth swapped" + seen));
            } else {
                factors.add(new Factor("BIRTH_DATE", -10, "different dates of birth" + seen));
            }
        } else if (da.month() != null && db.month() != null) {
            factors.add(
                    da.month().equals(db.month())
                            ? new Factor("BIRTH_DATE", 4, "born in the same month" + seen)
                            : new Factor("BIRTH_DATE", -10, "born in different months" + seen));
        } else {
            factors.add(new Factor("BIRTH_DATE", 3, "born in the same year" + seen));
        }
    }

    /** A 1 January date is what clerks type when only the year is known. */
    private static BirthDate asKnown(BirthDate date) {
        return date.looksLikePlaceholder() ? new BirthDate(date.year(), null, null) : date;
    }

    private static double round(double weight) {
        return Math.round(weight * 10) / 10.0;
    }
}
