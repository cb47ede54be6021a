package org.evac.registry.messaging.inbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InboxAnswer")
public record AnswerRequest(
        @NotBlank
                @Size(max = 500)
                @Schema(
                        description =
                                "Text sent back to the number, after 'Evacuation task force:'",
                        pattern = "^(?=.*\\S).+$")
                String text) {}
