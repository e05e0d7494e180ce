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
package org.openhab.binding.v2x.internal.ocpp;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The OCPP-J versions this layer speaks, with their WebSocket subprotocol names.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public enum OcppVersion {
    V16("ocpp1.6"),
    V201("ocpp2.0.1"),
    V21("ocpp2.1");

    private final String subprotocol;

    OcppVersion(String subprotocol) {
        this.subprotocol = subprotocol;
    }

    public String subprotocol() {
        return subprotocol;
    }

    /** 2.0.1 and 2.1 share the device model and most messages. */
    public boolean isV2() {
        return this != V16;
    }

    public static @Nullable OcppVersion fromSubprotocol(String name) {
        for (OcppVersion version : values()) {
            if (version.subprotocol.equalsIgnoreCase(name.trim())) {
                return version;
            }
        }
        return null;
    }
}
