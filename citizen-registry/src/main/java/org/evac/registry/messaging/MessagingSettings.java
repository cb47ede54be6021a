package org.evac.registry.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MessagingSettings", description = "How a person is written to")
public record MessagingSettings(
        UUID personId,
        @Schema(description = "Channel tried first; absent: the offer's channel, else SMS")
                MessageChannel preferredChannel,
        @Schema(enumeration = {"en", "fa-AF", "ps"}) String language,
        @Schema(description = "The addresses messages would go to now, in the order tried")
                List<AddressView> addresses,
        @Schema(description = "The person's addresses that sent STOP") List<OptOutView> optedOut) {

    @Schema(name = "MessagingAddress")
    public record AddressView(MessageChannel channel, String address) {}

    @Schema(name = "MessagingOptOut")
    public record OptOutView(MessageChannel channel, String address, Instant since) {}
}
