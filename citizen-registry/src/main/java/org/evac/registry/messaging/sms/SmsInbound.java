package org.evac.registry.messaging.sms;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.evac.infrastructure.logging.Redacted;
import org.evac.infrastructure.sms.SmsEncoding;
import org.evac.registry.messaging.MessageStatus;
import org.evac.registry.messaging.reply.Replies;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/**
 * Every deliver_sm the gateway sends: a delivery receipt for one of our segments, or a text from a
 * handset. Each is written in its own transaction before the deliver_sm_resp goes back; if that
 * fails the gateway is answered with a temporary error and delivers it again, so nothing received
 * is lost.
 */
@ApplicationScoped
public class SmsInbound implements MessageReceiverListener {

    private final DeliveryReceipts receipts;
    private final Replies replies;

    public SmsInbound(DeliveryReceipts receipts, Replies replies) {
        this.receipts = receipts;
        this.replies = replies;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        try {
            if (MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
                receipt(deliverSm);
            } else {
                SmsEncoding.Part part =
                        SmsEncoding.decode(
                                deliverSm.getDataCoding(),
                                GSMSpecificFeature.UDHI.containedIn(deliverSm.getEsmClass()),
                                deliverSm.getShortMessage());
                replies.receive(
                        "+" + deliverSm.getSourceAddr().replaceAll("[^0-9]", ""), part.text());
            }
        } catch (RuntimeException e) {
            Log.warnf(
                    "deliver_sm not recorded, the gateway will deliver it again: %s",
                    Redacted.describe(e));
            throw new ProcessRequestException(
                    "temporary failure", SMPPConstant.STAT_ESME_RX_T_APPN);
        }
    }

    private void receipt(DeliverSm deliverSm) {
        OptionalParameter.Receipted_message_id receipted =
                deliverSm.getOptionalParameter(OptionalParameter.Receipted_message_id.class);
        DeliveryReceipt text;
        try {
            text = deliverSm.getShortMessageAsDeliveryReceipt();
        } catch (InvalidDeliveryReceiptException e) {
            text = null;
        }
        String id =
                receipted != null
                        ? receipted.getValueAsString()
                        : text == null ? null : text.getId();
        MessageStatus state = text == null ? stateOf(deliverSm) : stateOf(text.getFinalStatus());
        if (id == null || state == null) {
            return;
        }
        receipts.record(id, state);
    }

    /** The final state of a segment, or null while it is still under way. */
    static MessageStatus stateOf(DeliveryReceiptState state) {
        return switch (state) {
            case DELIVRD -> MessageStatus.DELIVERED;
            case EXPIRED -> MessageStatus.EXPIRED;
            case UNDELIV, REJECTD, DELETED, UNKNOWN -> MessageStatus.FAILED;
            case ENROUTE, ACCEPTD -> null;
        };
    }

    private static MessageStatus stateOf(DeliverSm deliverSm) {
        OptionalParameter.Message_state state =
                deliverSm.getOptionalParameter(OptionalParameter.Message_state.class);
        if (state == null) {
            return null;
        }
        return switch (state.getValue()) {
            case 2 -> MessageStatus.DELIVERED;
            case 3 -> MessageStatus.EXPIRED;
            case 4, 5, 7, 8 -> MessageStatus.FAILED;
            default -> null;
        };
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // Handset availability alerts change nothing here.
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source)
            throws ProcessRequestException {
        throw new ProcessRequestException(
                "data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
