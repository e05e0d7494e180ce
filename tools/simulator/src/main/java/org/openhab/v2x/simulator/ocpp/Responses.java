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

/** The status answers most incoming requests share. */
@NonNullByDefault
final class Responses {

    private static final int MAX_ADDITIONAL_INFO = 500;

    private Responses() {
    }

    /**
     * @param reason why, for the 2.x statusInfo; empty for none
     */
    static JsonObject status(OcppVersion version, String status, String reason) {
        JsonObject response = new JsonObject();
        response.addProperty("status", status);
        if (version.isTwoX() && !reason.isEmpty()) {
            // 1.6 responses have no room for a reason; 2.x carries it in statusInfo
            JsonObject info = new JsonObject();
            info.addProperty("reasonCode", "InvalidValue");
            info.addProperty("additionalInfo",
                    reason.length() > MAX_ADDITIONAL_INFO ? reason.substring(0, MAX_ADDITIONAL_INFO) : reason);
            response.add("statusInfo", info);
        }
        return response;
    }
}
