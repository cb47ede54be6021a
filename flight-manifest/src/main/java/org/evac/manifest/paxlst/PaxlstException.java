package org.evac.manifest.paxlst;

import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;

/**
 * A PAXLST upload that cannot be read; the problem names the segment, its position and text line,
 * and why.
 */
public class PaxlstException extends ProblemException {

    PaxlstException(String tag, int position, int line, String reason) {
        super(
                Problem.of(
                                400,
                                "malformed-paxlst",
                                "Malformed PAXLST message",
                                (position > 0
                                                ? "segment "
                                                        + position
                                                        + " ("
                                                        + tag
                                                        + ") at line "
                                                        + line
                                                : tag + " at line " + line)
                                        + ": "
                                        + reason
                                        + "; nothing was stored")
                        .with("segment", tag)
                        .with("segmentNumber", position)
                        .with("line", line)
                        .with("reason", reason));
    }

    PaxlstException(Segment segment, String reason) {
        this(segment.tag(), segment.position(), segment.line(), reason);
    }
}
