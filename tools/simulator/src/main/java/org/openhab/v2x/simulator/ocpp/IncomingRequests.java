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

/** Routes an incoming CALL to the part that answers it, by action and by the version it belongs to. */
@NonNullByDefault
class IncomingRequests {

    private final Session session;
    private final SmartChargingRequests smartCharging;
    private final RemoteTransactionRequests remote;
    private final ChargerConfiguration configuration;
    private final TriggerMessageRequests trigger;

    IncomingRequests(Session session, SmartChargingRequests smartCharging, RemoteTransactionRequests remote,
            ChargerConfiguration configuration, TriggerMessageRequests trigger) {
        this.session = session;
        this.smartCharging = smartCharging;
        this.remote = remote;
        this.configuration = configuration;
        this.trigger = trigger;
    }

    /**
     * @return the CALLRESULT payload
     * @throws OcppError for the CALLERROR, including actions the negotiated version does not have
     */
    JsonObject handle(String action, JsonObject payload) throws OcppError {
        OcppVersion version = session.version();
        boolean v16 = version == OcppVersion.V16;
        switch (action) {
            case "SetChargingProfile":
                return smartCharging.setChargingProfile(payload);
            case "ClearChargingProfile":
                return smartCharging.clearChargingProfile(payload);
            case "TriggerMessage":
                return trigger.triggerMessage(payload);
            case "UpdateDynamicSchedule":
                if (version == OcppVersion.V21) {
                    return smartCharging.updateDynamicSchedule(payload);
                }
                break;
            case "RemoteStartTransaction":
                if (v16) {
                    return remote.remoteStart16(payload);
                }
                break;
            case "RemoteStopTransaction":
                if (v16) {
                    return remote.remoteStop(String.valueOf(Json.integer(payload, "transactionId")));
                }
                break;
            case "RequestStartTransaction":
                if (!v16) {
                    return remote.requestStart(payload);
                }
                break;
            case "RequestStopTransaction":
                if (!v16) {
                    return remote.remoteStop(Json.string(payload, "transactionId"));
                }
                break;
            case "ChangeConfiguration":
                if (v16) {
                    return configuration.changeConfiguration(payload);
                }
                break;
            case "GetConfiguration":
                if (v16) {
                    return configuration.getConfiguration(payload);
                }
                break;
            case "SetVariables":
                if (!v16) {
                    return configuration.setVariables(payload);
                }
                break;
            case "GetVariables":
                if (!v16) {
                    return configuration.getVariables(payload);
                }
                break;
            default:
                break;
        }
        throw new OcppError(OcppError.NOT_IMPLEMENTED,
                "this charge point does not implement " + action + " in OCPP " + version.label());
    }
}
