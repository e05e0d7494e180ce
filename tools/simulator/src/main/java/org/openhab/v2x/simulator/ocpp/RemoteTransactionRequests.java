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

/**
 * Answers remote starts and stops: 1.6 RemoteStart/RemoteStopTransaction and 2.x
 * RequestStart/RequestStopTransaction, for the one EVSE.
 */
@NonNullByDefault
class RemoteTransactionRequests {

    private final Session session;
    private final Transaction transaction;
    private final Transactions transactions;
    private final SmartChargingRequests smartCharging;

    RemoteTransactionRequests(Session session, Transaction transaction, Transactions transactions,
            SmartChargingRequests smartCharging) {
        this.session = session;
        this.transaction = transaction;
        this.transactions = transactions;
        this.smartCharging = smartCharging;
    }

    JsonObject remoteStart16(JsonObject payload) throws OcppError {
        String idTag = Json.string(payload, "idTag");
        Integer connectorId = Json.optionalInteger(payload, "connectorId");
        JsonObject profile = Json.optionalObject(payload, "chargingProfile");
        if (transaction.isActive() || (connectorId != null && connectorId != 1)) {
            return status("Rejected", "");
        }
        transactions.begin(idTag, "RemoteStart", null);
        smartCharging.installStartProfile(profile);
        return status("Accepted", "");
    }

    JsonObject requestStart(JsonObject payload) throws OcppError {
        int startId = Json.integer(payload, "remoteStartId");
        JsonObject idToken = Json.object(payload, "idToken");
        String token = Json.string(idToken, "idToken");
        Integer evseId = Json.optionalInteger(payload, "evseId");
        JsonObject profile = Json.optionalObject(payload, "chargingProfile");
        if (transaction.isActive() || (evseId != null && evseId != 1)) {
            return status("Rejected", transaction.isActive() ? "transaction already running" : "unknown EVSE");
        }
        transactions.begin(token, "RemoteStart", startId);
        smartCharging.installStartProfile(profile);
        JsonObject response = status("Accepted", "");
        String id = transaction.id();
        if (id != null) {
            response.addProperty("transactionId", id);
        }
        return response;
    }

    JsonObject remoteStop(String requestedId) {
        if (!transaction.isActive() || !requestedId.equals(transaction.id())) {
            return status("Rejected", "unknown transaction " + requestedId);
        }
        transactions.end("Remote", "RemoteStop");
        return status("Accepted", "");
    }

    private JsonObject status(String status, String reason) {
        return Responses.status(session.version(), status, reason);
    }
}
