package org.evac.coordination.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.evac.coordination.events.CoordinationEvents;
import org.evac.coordination.events.MessageRequested;
import org.evac.coordination.readmodel.FlightView;
import org.evac.coordination.readmodel.PersonView;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.outbox.Outbox;

/**
 * Asks the registry to write to the persons, through the outbox in the transaction of the change
 * the message reports: a message is asked for if and only if its reason committed. Offers are
 * written about only when made by SMS or email; seats, flight changes and the arrival always.
 */
@ApplicationScoped
public class MessageRequests {

    private final Outbox outbox;
    private final MessagingConfig config;

    public MessageRequests(Outbox outbox, MessagingConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void offerMade(OfferFacts offer) {
        aboutOffer(MessageKind.OFFER_MADE, offer);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reminder(OfferFacts offer) {
        aboutOffer(MessageKind.OFFER_REMINDER, offer);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void offerExpired(OfferFacts offer) {
        aboutOffer(MessageKind.OFFER_EXPIRED, offer);
    }

    /** The flight, its departure and where to meet, to a household given seats on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seatAssigned(UUID flightId, PersonView.Together party) {
        FlightView.<FlightView>findByIdOptional(flightId)
                .ifPresent(
                        flight ->
                                request(
                                        MessageKind.SEAT_ASSIGNED,
                                        null,
                                        party,
                                        null,
                                        null,
                                        flightFacts(
                                                flight.flightId,
                                                flight.flightNumber,
                                                flight.origin,
                                                flight.scheduledDeparture)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void flightDelayed(
            UUID flightId,
            String flightNumber,
            String origin,
            OffsetDateTime departure,
            Collection<UUID> personIds) {
        MessageRequested.Facts facts = flightFacts(flightId, flightNumber, origin, departure);
        for (PersonView.Together party : PersonView.together(personIds)) {
            request(MessageKind.FLIGHT_DELAYED, null, party, null, null, facts);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void flightCancelled(UUID flightId, String flightNumber, Collection<UUID> personIds) {
        MessageRequested.Facts facts =
                new MessageRequested.Facts(
                        null, null, flightId, flightNumber, null, null, null, null);
        for (PersonView.Together party : PersonView.together(personIds)) {
            request(MessageKind.FLIGHT_CANCELLED, null, party, null, null, facts);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void arrived(UUID flightId, Collection<UUID> personIds) {
        String flightNumber =
                FlightView.<FlightView>findByIdOptional(flightId)
                        .map(f -> f.flightNumber)
                        .orElse(null);
        MessageRequested.Facts facts =
                new MessageRequested.Facts(
                        null, null, flightId, flightNumber, null, null, null, null);
        for (PersonView.Together party : PersonView.together(personIds)) {
            request(MessageKind.ARRIVED_DOHA, null, party, null, null, facts);
        }
    }

    /** Confirms to the sender of an SMS reply what was recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answerRecorded(
            UUID offerId, String replyCode, String answer, UUID replyMessageId, UUID personId) {
        request(
                MessageKind.ANSWER_RECORDED,
                offerId,
                new PersonView.Together(null, List.of(personId)),
                null,
                replyMessageId,
                new MessageRequested.Facts(replyCode, null, null, null, null, null, null, answer));
    }

    /** Tells the sender of an SMS reply that the offer had closed before it came. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answerTooLate(UUID offerId, UUID replyMessageId, UUID personId) {
        request(
                MessageKind.ANSWER_TOO_LATE,
                offerId,
                new PersonView.Together(null, List.of(personId)),
                null,
                replyMessageId,
                null);
    }

    private void aboutOffer(MessageKind kind, OfferFacts offer) {
        if (!offer.written()) {
            return;
        }
        Optional<FlightView> hold =
                offer.holdFlightId() == null
                        ? Optional.empty()
                        : FlightView.findByIdOptional(offer.holdFlightId());
        request(
                kind,
                offer.offerId(),
                new PersonView.Together(offer.householdId(), offer.personIds()),
                offer.channel(),
                null,
                new MessageRequested.Facts(
                        offer.replyCode(),
                        offer.respondBy(),
                        offer.holdFlightId(),
                        hold.map(f -> f.flightNumber).orElse(null),
                        hold.map(f -> f.scheduledDeparture).orElse(null),
                        null,
                        null,
                        null));
    }

    private MessageRequested.Facts flightFacts(
            UUID flightId, String flightNumber, String origin, OffsetDateTime departure) {
        return new MessageRequested.Facts(
                null,
                null,
                flightId,
                flightNumber,
                departure,
                config.meetingPoints().getOrDefault(origin, config.defaultMeetingPoint()),
                departure == null ? null : departure.minus(config.meetBefore()),
                null);
    }

    private void request(
            MessageKind kind,
            UUID offerId,
            PersonView.Together party,
            String channel,
            UUID inReplyTo,
            MessageRequested.Facts facts) {
        MessageRequested request =
                new MessageRequested(
                        TimeOrderedUuid.next(),
                        kind.name(),
                        offerId,
                        party.householdId(),
                        party.personIds(),
                        channel,
                        inReplyTo,
                        facts);
        outbox.record(
                CoordinationEvents.MESSAGE_TOPIC,
                request.key(),
                CoordinationEvents.MESSAGE_REQUESTED,
                request);
    }
}
