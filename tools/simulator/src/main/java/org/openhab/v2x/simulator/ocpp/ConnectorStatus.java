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

/** The connector status the charge point reports in StatusNotification, and sending it. */
@NonNullByDefault
class ConnectorStatus {

    private final Session session;
    private final Transaction transaction;
    private final MessageFactory messages;
    private final CallQueue calls;

    ConnectorStatus(Session session, Transaction transaction, MessageFactory messages, CallQueue calls) {
        this.session = session;
        this.transaction = transaction;
        this.messages = messages;
        this.calls = calls;
    }

    /** 1.6 reports the charging state as connector status; 2.x only says the connector is occupied. */
    String current() {
        if (session.version() == OcppVersion.V16) {
            if (!transaction.isActive()) {
                return "Preparing";
            }
            String chargingState = transaction.chargingState();
            return chargingState.equals("EVConnected") ? "Preparing" : chargingState;
        }
        return "Occupied";
    }

    void sendCurrent() {
        send(current());
    }

    /** Nothing goes before the boot is accepted; the first status follows the acceptance. */
    void send(String status) {
        if (session.isBootAccepted()) {
            calls.enqueue("StatusNotification", messages.statusNotification(session.version(), status, Instant.now()),
                    null);
        }
    }
}
