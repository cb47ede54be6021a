package org.evac.registry.messaging.sms;

/** A submit_sm that did not get a message id: temporary (retry) or permanent (refused). */
final class SubmitFailure extends Exception {

    private final boolean permanent;

    SubmitFailure(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    boolean permanent() {
        return permanent;
    }
}
