package org.evac.scenario.play;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every place where a service's answer disagreed with what it should be, with where it was seen.
 */
public final class Findings {

    private final List<String> mismatches = new CopyOnWriteArrayList<>();

    /** Records a mismatch unless {@code holds}. */
    public void expect(boolean holds, String where, String what) {
        if (!holds) {
            mismatch(where, what);
        }
    }

    /** Records a mismatch unless the two counts agree. */
    public void expectEqual(String where, String what, long expected, long actual) {
        if (expected != actual) {
            mismatch(where, what + ": expected " + expected + ", found " + actual);
        }
    }

    public void mismatch(String where, String what) {
        String line = "[" + where + "] " + what;
        mismatches.add(line);
        System.out.println("[scenario] MISMATCH " + line);
    }

    public List<String> all() {
        return new ArrayList<>(mismatches);
    }

    public int count() {
        return mismatches.size();
    }
}
