/*
 * Copyright (c) 2026 Contributors to the openHAB V2X project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.v2x.simulator.ocpp;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/** Queues the 2.x TransactionEvent messages of the running transaction, numbered by seqNo. */
@NonNullByDefault
class TransactionEvents {

    private final Session session;
    private final Transaction transaction;
    private final MessageFactory messages;
    private final CallQueue calls;

    TransactionEvents(Session session, Transaction transaction, MessageFactory messages, CallQueue calls) {
        this.session = session;
        this.transaction = transaction;
        this.messages = messages;
        this.calls = calls;
    }

    /**
     * @param stoppedReason only for eventType Ended
     * @param idToken only for eventType Started
     */
    void send(String eventType, String trigger, @Nullable String stoppedReason, @Nullable JsonObject idToken,
            @Nullable JsonObject meterValue) {
        calls.enqueueTransactional("TransactionEvent", messages.transactionEvent(eventType, trigger,
                transaction.nextSeqNo(), transactionInfo(stoppedReason), idToken, meterValue, Instant.now()), null);
    }

    private JsonObject transactionInfo(@Nullable String stoppedReason) {
        JsonObject info = new JsonObject();
        info.addProperty("transactionId", String.valueOf(transaction.id()));
        info.addProperty("chargingState", transaction.chargingState());
        if (stoppedReason != null) {
            info.addProperty("stoppedReason", stoppedReason);
        }
        Integer startId = transaction.remoteStartId();
        if (startId != null) {
            info.addProperty("remoteStartId", startId);
        }
        if (session.version() == OcppVersion.V21) {
            info.addProperty("operationMode", transaction.operationMode());
        }
        return info;
    }
}
