package org.evac.coordination.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.evac.coordination.allocation.SeatEvents;
import org.evac.coordination.events.CoordinationEvents;
import org.evac.coordination.events.OfferAccepted;
import org.evac.coordination.events.OfferClosed;
import org.evac.coordination.events.OfferDeclined;
import org.evac.coordination.events.OfferMade;
import org.evac.coordination.flight.FlightSeats;
import org.evac.coordination.journey.JourneyService;
import org.evac.coordination.journey.JourneyState;
import org.evac.coordination.journey.Step;
import org.evac.coordination.messaging.MessageRequests;
import org.evac.coordination.messaging.ReplyCodes;
import org.evac.coordination.readmodel.FlightView;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.outbox.Outbox;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;

/**
 * Makes offers and records the answers; every decision moves the journeys of the persons concerned.
 */
@ApplicationScoped
public class OfferService {

    static final String EXPIRY_ACTOR = "system:offer-expiry";

    private final Recipients recipients;
    private final JourneyService journeys;
    private final FlightSeats seats;
    private final SeatEvents seatEvents;
    private final Outbox outbox;
    private final ReplyCodes replyCodes;
    private final MessageRequests messages;
    private final Clock clock;

    public OfferService(
            Recipients recipients,
            JourneyService journeys,
            FlightSeats seats,
            SeatEvents seatEvents,
            Outbox outbox,
            ReplyCodes replyCodes,
            MessageRequests messages,
            Clock clock) {
        this.recipients = recipients;
        this.journeys = journeys;
        this.seats = seats;
        this.outbox = outbox;
        this.seatEvents = seatEvents;
        this.replyCodes = replyCodes;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Offer make(MakeOfferRequest request, String actor) {
        List<UUID> personIds =
                request.householdId() != null
                        ? recipients.ofHousehold(request.householdId())
                        : recipients.ofPerson(request.personId());
        return create(
                request.householdId(),
                personIds,
                request.channel(),
                request.respondBy(),
                request.holdFlightId(),
                null,
                actor);
    }

    /**
     * Creates an offer for persons already checked by {@link Recipients}; used by campaigns too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Offer create(
            UUID householdId,
            List<UUID> personIds,
            Channel channel,
            OffsetDateTime respondBy,
            UUID holdFlightId,
            UUID campaignId,
            String actor) {
        Offer offer = new Offer();
        offer.offerId = TimeOrderedUuid.next();
        if (holdFlightId != null) {
            reserveHold(holdFlightId, personIds.size());
        }
        offer.householdId = householdId;
        personIds.forEach(id -> offer.persons.add(new OfferPerson(id)));
        offer.channel = channel;
        offer.respondBy = respondBy;
        offer.holdFlightId = holdFlightId;
        offer.status = OfferStatus.OFFERED;
        offer.campaignId = campaignId;
        offer.replyCode = replyCodes.next();
        offer.createdAt = now();
        offer.createdBy = actor;
        offer.persist();
        for (UUID personId : personIds) {
            journeys.move(
                    personId,
                    Step.by(
                                    actor,
                                    JourneyState.OFFERED,
                                    "offer " + offer.offerId + " by " + channel)
                            .onFlight(holdFlightId));
        }
        outbox.record(
                CoordinationEvents.TOPIC,
                offer.offerId.toString(),
                CoordinationEvents.OFFER_MADE,
                new OfferMade(
                        offer.offerId,
                        householdId,
                        offer.personIds(),
                        holdFlightId,
                        respondBy,
                        channel.name()));
        messages.offerMade(offer.facts());
        return offer;
    }

    @Transactional
    public Offer accept(UUID offerId, AcceptOfferRequest request, String actor) {
        return accept(offerId, request, actor, null);
    }

    /**
     * @param sourceEvent what caused the answer when it was not a coordinator (e.g. {@code reply
     *     <message id>}), kept in the journey history
     */
    @Transactional
    public Offer accept(
            UUID offerId, AcceptOfferRequest request, String actor, String sourceEvent) {
        Offer offer = open(offerId);
        Set<UUID> stayingBehind = new HashSet<>(request.stayingBehind());
        List<UUID> unknown =
                stayingBehind.stream().filter(id -> !offer.personIds().contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(
                    "Only members of the offer can stay behind",
                    List.of(
                            new Problem.FieldError(
                                    "stayingBehindIds", "not in the offer: " + unknown)));
        }
        if (stayingBehind.containsAll(offer.personIds())) {
            throw ProblemException.invalid(
                    "Nobody would travel; decline the offer instead",
                    List.of(
                            new Problem.FieldError(
                                    "stayingBehindIds", "must leave at least one traveller")));
        }
        offer.persons.forEach(
                person -> person.stayingBehind = stayingBehind.contains(person.personId));
        close(offer, OfferStatus.ACCEPTED, actor);
        for (UUID personId : offer.travellerIds()) {
            journeys.move(
                    personId,
                    Step.by(actor, JourneyState.ACCEPTED, "accepted offer " + offerId)
                            .causedBy(sourceEvent));
        }
        for (UUID personId : offer.stayingBehindIds()) {
            journeys.move(
                    personId,
                    Step.by(actor, JourneyState.DECLINED, "stays behind (offer " + offerId + ")")
                            .causedBy(sourceEvent));
        }
        outbox.record(
                CoordinationEvents.TOPIC,
                offerId.toString(),
                CoordinationEvents.OFFER_ACCEPTED,
                new OfferAccepted(
                        offerId,
                        offer.householdId,
                        offer.travellerIds(),
                        offer.stayingBehindIds()));
        if (offer.holdFlightId != null) {
            assignHeldSeats(offer, actor);
        }
        return offer;
    }

    @Transactional
    public Offer decline(UUID offerId, DeclineOfferRequest request, String actor) {
        return decline(offerId, request, actor, null);
    }

    /**
     * @param sourceEvent what caused the answer when it was not a coordinator, see {@link
     *     #accept(UUID, AcceptOfferRequest, String, String)}
     */
    @Transactional
    public Offer decline(
            UUID offerId, DeclineOfferRequest request, String actor, String sourceEvent) {
        Offer offer = open(offerId);
        offer.declineReason = request.reason();
        offer.note = request.note();
        close(offer, OfferStatus.DECLINED, actor);
        for (UUID personId : offer.personIds()) {
            journeys.move(
                    personId,
                    Step.by(
                                    actor,
                                    JourneyState.DECLINED,
                                    "declined offer " + offerId + ": " + request.reason())
                            .causedBy(sourceEvent));
        }
        outbox.record(
                CoordinationEvents.TOPIC,
                offerId.toString(),
                CoordinationEvents.OFFER_DECLINED,
                new OfferDeclined(
                        offerId, offer.householdId, offer.personIds(), request.reason().name()));
        return offer;
    }

    @Transactional
    public Offer withdraw(UUID offerId, WithdrawOfferRequest request, String actor) {
        Offer offer = open(offerId);
        offer.note = request.reason();
        return closeWithoutAnswer(
                offer,
                OfferStatus.WITHDRAWN,
                CoordinationEvents.OFFER_WITHDRAWN,
                actor,
                "offer " + offerId + " withdrawn: " + request.reason());
    }

    /**
     * Expires one offer past its respond-by time; its held seats are free again once it is no
     * longer open.
     */
    @Transactional
    public void expire(UUID offerId) {
        Offer offer = Offer.findById(offerId);
        if (offer == null
                || offer.status != OfferStatus.OFFERED
                || offer.respondBy.isAfter(now())) {
            return;
        }
        closeWithoutAnswer(
                offer,
                OfferStatus.EXPIRED,
                CoordinationEvents.OFFER_EXPIRED,
                EXPIRY_ACTOR,
                "offer " + offerId + " expired without an answer");
        messages.offerExpired(offer.facts());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Offer> find(UUID offerId) {
        return Offer.findByIdOptional(offerId);
    }

    private Offer closeWithoutAnswer(
            Offer offer, OfferStatus status, String eventType, String actor, String why) {
        close(offer, status, actor);
        for (UUID personId : offer.personIds()) {
            journeys.move(personId, Step.by(actor, JourneyState.NOT_OFFERED, why));
        }
        outbox.record(
                CoordinationEvents.TOPIC,
                offer.offerId.toString(),
                eventType,
                new OfferClosed(offer.offerId, offer.householdId, offer.personIds()));
        return offer;
    }

    private Offer open(UUID offerId) {
        Offer offer =
                Offer.<Offer>findByIdOptional(offerId)
                        .orElseThrow(() -> ProblemException.notFound("Offer", offerId));
        if (offer.status != OfferStatus.OFFERED) {
            throw new ProblemException(
                    Problem.of(
                                    409,
                                    "offer-closed",
                                    "Offer closed",
                                    "Offer "
                                            + offerId
                                            + " is "
                                            + offer.status
                                            + " and can no longer change")
                            .with("offerStatus", offer.status));
        }
        return offer;
    }

    private void close(Offer offer, OfferStatus status, String actor) {
        offer.status = status;
        offer.decidedAt = now();
        offer.decidedBy = actor;
    }

    private void reserveHold(UUID flightId, int count) {
        FlightView flight =
                FlightView.<FlightView>findByIdOptional(flightId)
                        .orElseThrow(() -> ProblemException.notFound("Flight", flightId));
        if (!flight.allocatable(now())) {
            throw ProblemException.conflict(
                    "flight-not-open",
                    "Flight not open for seats",
                    "Flight " + flightId + " is " + flight.status + " and takes no new seat holds");
        }
        seats.lock(flightId);
        int available =
                flight.reservedSeats - seats.held(flightId, null) - seats.occupied(flightId);
        if (available < count) {
            throw new ProblemException(
                    Problem.of(
                                    409,
                                    "not-enough-seats",
                                    "Not enough seats",
                                    "Flight "
                                            + flightId
                                            + " has "
                                            + available
                                            + " free reserved seats; the offer needs "
                                            + count)
                            .with("available", available));
        }
    }

    /** A held seat becomes an assignment on acceptance, if the flight still takes passengers. */
    private void assignHeldSeats(Offer offer, String actor) {
        FlightView flight = FlightView.findById(offer.holdFlightId);
        if (flight == null || !flight.allocatable(now())) {
            return;
        }
        seats.lock(flight.flightId);
        List<UUID> travellers = offer.travellerIds();
        if (flight.reservedSeats
                        - seats.held(flight.flightId, offer.offerId)
                        - seats.occupied(flight.flightId)
                < travellers.size()) {
            return;
        }
        for (UUID personId : travellers) {
            journeys.move(
                    personId,
                    Step.by(
                                    actor,
                                    JourneyState.SEAT_ASSIGNED,
                                    "seat held by offer " + offer.offerId)
                            .onFlight(flight.flightId));
        }
        seatEvents.assigned(flight.flightId, travellers, "held by offer " + offer.offerId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
