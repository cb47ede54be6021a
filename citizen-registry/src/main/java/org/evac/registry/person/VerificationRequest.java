package org.evac.registry.person;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationRequest")
public record VerificationRequest(
        @Size(max = 1000) String reason,
        @Schema(description = "The document the decision rests on; required to verify")
                UUID evidenceDocumentId) {}
