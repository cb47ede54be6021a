package org.evac.coordination.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Reply codes: six Latin digits (100000-999999), which every keyboard can type. The n-th code is an
 * affine permutation of n modulo 900,000, so codes never repeat before 900,000 offers and
 * consecutive offers do not get consecutive codes. The code alone accepts nothing: the registry
 * takes it only from the number the offer was texted to.
 */
@ApplicationScoped
public class ReplyCodes {

    static final long RANGE = 900_000;
    private static final long OFFSET = 100_000;

    /** Coprime with 900,000 (= 2^5 · 3^2 · 5^5), so the map is a permutation. */
    private static final long MULTIPLIER = 367_589;

    private static final long SHIFT = 271_828;

    private final EntityManager entityManager;

    public ReplyCodes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String next() {
        long n =
                ((Number)
                                entityManager
                                        .createNativeQuery("select nextval('offer_reply_code_seq')")
                                        .getSingleResult())
                        .longValue();
        return Long.toString(code(n));
    }

    static long code(long n) {
        return OFFSET + Math.floorMod(MULTIPLIER * (n % RANGE) + SHIFT, RANGE);
    }
}
