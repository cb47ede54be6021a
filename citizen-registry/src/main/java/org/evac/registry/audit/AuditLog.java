package org.evac.registry.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes the audit trail in the transaction of the change it records. */
@ApplicationScoped
public class AuditLog {

    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    private final Clock clock;

    public AuditLog(SecurityIdentity identity, ObjectMapper mapper, Clock clock) {
        this.identity = identity;
        this.mapper = mapper;
        this.clock = clock;
    }

    public String actor() {
        // Event consumers and imports after the request run without a request context, hence
        // without a caller.
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return "system";
        }
        return identity.getPrincipal().getName();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void read(String subjectType, Object subjectId) {
        write("READ", subjectType, subjectId, null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void change(
            String action, String subjectType, Object subjectId, Object before, Object after) {
        write(action, subjectType, subjectId, before, after);
    }

    private void write(
            String action, String subjectType, Object subjectId, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.actor = actor();
        entry.action = action;
        entry.subjectType = subjectType;
        entry.subjectId = String.valueOf(subjectId);
        entry.beforeState = json(before);
        entry.afterState = json(after);
        entry.persist();
    }

    private String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit state is not serialisable", e);
        }
    }
}
