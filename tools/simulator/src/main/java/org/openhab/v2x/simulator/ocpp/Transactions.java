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
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Starting and ending the transaction, with the messages each version expects (1.6 Start/StopTransaction, 2.x
 * TransactionEvent, 2.1 NotifyEVChargingNeeds).
 */
@NonNullByDefault
class Transactions {

    private final Logger logger = LoggerFactory.getLogger(Transactions.class);
    private final ChargePointConfig config;
    private final Session session;
    private final Transaction transaction;
    private final MessageFactory messages;
    private final CallQueue calls;
    private final TransactionEvents events;
    private final Metering metering;
    private final ChargingProfiles profiles;
    private final ControlLoop control;
    private final ConnectorStatus status;

    Transactions(ChargePointConfig config, Session session, Transaction transaction, MessageFactory messages,
            CallQueue calls, TransactionEvents events, Metering metering, ChargingProfiles profiles,
            ControlLoop control, ConnectorStatus status) {
        this.config = config;
        this.session = session;
        this.transaction = transaction;
        this.messages = messages;
        this.calls = calls;
        this.events = events;
        this.metering = metering;
        this.profiles = profiles;
        this.control = control;
        this.status = status;
    }

    /**
     * @param startId the remoteStartId of a 2.x remote start, else null
     */
    void begin(String idTag, String trigger, @Nullable Integer startId) {
        if (transaction.isActive()) {
            return;
        }
        transaction.begin(idTag, startId, Instant.now());
        OcppVersion version = session.version();
        if (version == OcppVersion.V16) {
            // the central system assigns the 1.6 transaction id in its answer
            transaction.id(null);
            calls.enqueueTransactional("StartTransaction", messages.startTransaction16(idTag, Instant.now()),
                    this::onStartTransactionResult);
        } else {
            transaction.id(UUID.randomUUID().toString());
            JsonObject idToken = new JsonObject();
            idToken.addProperty("idToken", idTag);
            idToken.addProperty("type", startId != null ? "Central" : "Local");
            events.send("Started", trigger, null, idToken, metering.meterValue("Transaction.Begin"));
            if (version == OcppVersion.V21) {
                sendChargingNeeds();
            }
        }
    }

    void end(String reason, String trigger) {
        if (!transaction.isActive()) {
            return;
        }
        String id = transaction.id();
        if (session.version() == OcppVersion.V16) {
            if (id != null) {
                calls.enqueueTransactional("StopTransaction",
                        messages.stopTransaction16(Integer.parseInt(id), reason, Instant.now()), null);
            }
        } else if (id != null) {
            events.send("Ended", trigger, reason, null, metering.meterValue("Transaction.End"));
        }
        transaction.end();
        profiles.transactionEnded();
        control.apply();
        if (session.version() == OcppVersion.V16) {
            status.send("Finishing");
        }
    }

    /** Sends a NotifyEVChargingNeeds (2.1 only) with the car's departure time. */
    void sendChargingNeeds() {
        if (session.version() != OcppVersion.V21 || !transaction.isActive()) {
            return;
        }
        Instant start = transaction.start();
        Instant departure = (start == null ? Instant.now() : start).plus(config.departureIn());
        calls.enqueue("NotifyEVChargingNeeds", messages.notifyEvChargingNeeds(departure, Instant.now()), null);
    }

    private void onStartTransactionResult(JsonObject result) {
        JsonElement id = result.get("transactionId");
        if (id == null || !id.isJsonPrimitive()) {
            logger.warn("StartTransaction response without transactionId: {}", result);
            return;
        }
        transaction.id(String.valueOf(id.getAsInt()));
        JsonObject info = result.getAsJsonObject("idTagInfo");
        String authorization = info == null || !info.has("status") ? "?" : info.get("status").getAsString();
        if (!"Accepted".equals(authorization)) {
            logger.info("Central system did not authorize {} ({}), ending the transaction", transaction.idTag(),
                    authorization);
            end("DeAuthorized", "Deauthorized");
        }
    }
}
