package org.evac.registry.messaging.inbox;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InboxPage", description = "One page of the inbox, newest first, with the total")
public record InboxPage(List<InboxItem> items, long total, int page, int size) {}
