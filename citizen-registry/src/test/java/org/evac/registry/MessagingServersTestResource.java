package org.evac.registry;

import io.quarkus.test.common.QuarkusTestResource;
import org.evac.testing.MessagingServersResource;

/** Every test of this module runs against a real SMPP 3.4 SMSC and a real SMTP server. */
@QuarkusTestResource(MessagingServersResource.class)
public class MessagingServersTestResource {}
