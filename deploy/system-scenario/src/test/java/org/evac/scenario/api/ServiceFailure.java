package org.evac.scenario.api;

/** A call a service refused or could not answer, naming the service and the answer. */
public final class ServiceFailure extends RuntimeException {

    ServiceFailure(String service, Exception cause) {
        super(
                service
                        + " answered "
                        + Transient.status(cause)
                        + " "
                        + Transient.body(cause)
                        + (Transient.status(cause) == 0 ? " (" + cause + ")" : ""),
                cause);
    }

    public int status() {
        return Transient.status(getCause());
    }

    public String body() {
        return Transient.body(getCause());
    }
}
