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

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonObject;

/** Answers TriggerMessage by sending the requested message now. */
@NonNullByDefault
class TriggerMessageRequests {

    private final Session session;
    private final Transaction transaction;
    private final BootSequence boot;
    private final Heartbeat heartbeat;
    private final ConnectorStatus status;
    private final Metering metering;
    private final TransactionEvents events;

    TriggerMessageRequests(Session session, Transaction transaction, BootSequence boot, Heartbeat heartbeat,
            ConnectorStatus status, Metering metering, TransactionEvents events) {
        this.session = session;
        this.transaction = transaction;
        this.boot = boot;
        this.heartbeat = heartbeat;
        this.status = status;
        this.metering = metering;
        this.events = events;
    }

    JsonObject triggerMessage(JsonObject payload) throws OcppError {
        String requested = Json.string(payload, "requestedMessage");
        boolean accepted = true;
        switch (requested) {
            case "BootNotification" -> boot.send();
            case "Heartbeat" -> heartbeat.send();
            case "StatusNotification" -> status.sendCurrent();
            case "MeterValues" -> metering.send("Trigger");
            case "TransactionEvent" -> {
                if (session.version().isTwoX() && transaction.isActive()) {
                    events.send("Updated", "Trigger", null, null, metering.meterValue("Trigger"));
                } else {
                    accepted = false;
                }
            }
            default -> {
                return Responses.status(session.version(), "NotImplemented", "");
            }
        }
        return Responses.status(session.version(), accepted ? "Accepted" : "Rejected", "");
    }
}
