package org.evac.registry.duplicate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.evac.registry.quality.BirthDate;

/**
 * Decides whether two identities are likely the same person. Names must agree token for token after
 * transliteration folding, in any order, with the shorter name wholly contained in the longer (a
 * missing middle name); dates of birth must be compatible at the precision both know (a 1 January
 * date counts as its year only).
 */
public final class DuplicateMatcher {

    private DuplicateMatcher() {}

    public record Match(double score, List<String> reasons) {}

    public static Optional<Match> compare(Identity a, Identity b) {
        List<String> ta = a.tokens();
        List<String> tb = b.tokens();
        if (ta.isEmpty() || tb.isEmpty()) {
            return Optional.empty();
        }
        Set<String> sa = new HashSet<>(ta);
        Set<String> sb = new HashSet<>(tb);
        Set<String> shorter = sa.size() <= sb.size() ? sa : sb;
        Set<String> longer = shorter == sa ? sb : sa;
        if (!longer.containsAll(shorter) || (shorter.size() < 2 && longer.size() > 1)) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        double score = 0.5;
        if (plain(a).equals(plain(b))) {
            reasons.add("names identical");
        } else if (ta.equals(tb)) {
            reasons.add("names equal after transliteration folding");
        } else if (sa.equals(sb)) {
            reasons.add("same names in a different order");
            score -= 0.03;
        }
        if (sa.size() != sb.size()) {
            reasons.add(
                    "one record lacks "
                            + (longer.size() - shorter.size())
                            + " name(s) of the other (e.g. a middle name)");
            score -= 0.05 * (longer.size() - shorter.size());
        }
        if (a.birthDate().isEmpty() || b.birthDate().isEmpty()) {
            reasons.add("date of birth unknown on one record");
            return Optional.of(new Match(round(score + 0.1), reasons));
        }
        BirthDate da = a.birthDate().get();
        BirthDate db = b.birthDate().get();
        if (!da.compatibleWith(db, true)) {
            return Optional.empty();
        }
        if (da.equals(db) && da.isFull() && !da.looksLikePlaceholder()) {
            reasons.add("same date of birth");
            score += 0.45;
        } else if (da.equals(db)) {
            reasons.add("same partial date of birth " + da);
            score += 0.3;
        } else {
            reasons.add("date of birth " + da + " compatible with " + db);
            score += 0.25;
        }
        return Optional.of(new Match(round(score), reasons));
    }

    private static String plain(Identity identity) {
        return (identity.givenNames() + " " + identity.familyName())
                .strip()
                .toUpperCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }

    private static double round(double score) {
        return Math.round(Math.min(score, 1.0) * 100) / 100.0;
    }
}
