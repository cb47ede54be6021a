package org.evac.registry.messaging.reply;

/**
 * What a reply says, before it is matched to an offer.
 *
 * @param number the digit typed when the reply is a single digit (a menu choice), else null
 * @param code the offer's reply code if the reply carries one, else null
 */
public record ParsedReply(Intent intent, Integer number, String code) {

    public enum Intent {
        YES,
        NO,
        NUMBER,
        STOP,
        START,
        UNPARSED
    }

    public static ParsedReply unparsed() {
        return new ParsedReply(Intent.UNPARSED, null, null);
    }

    /** Yes, or 1 from the offer's menu. */
    public boolean accepts() {
        return intent == Intent.YES || (intent == Intent.NUMBER && number == 1);
    }

    /** No, or 2 from the offer's menu. */
    public boolean declines() {
        return intent == Intent.NO || (intent == Intent.NUMBER && number == 2);
    }
}
