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
import org.eclipse.jdt.annotation.Nullable;

/**
 * The OCPP-J versions the simulator speaks, with their WebSocket subprotocol names.
 */
@NonNullByDefault
public enum OcppVersion {
    V16("1.6", "ocpp1.6"),
    V201("2.0.1", "ocpp2.0.1"),
    V21("2.1", "ocpp2.1");

    private final String label;
    private final String subprotocol;

    OcppVersion(String label, String subprotocol) {
        this.label = label;
        this.subprotocol = subprotocol;
    }

    public String label() {
        return label;
    }

    public String subprotocol() {
        return subprotocol;
    }

    /** 2.0.1 and 2.1 share the 2.x message set; 1.6 differs in almost every payload. */
    public boolean isTwoX() {
        return this != V16;
    }

    /** Accepts "1.6", "2.0.1", "2.1" or the subprotocol names. */
    public static OcppVersion parse(String text) {
        OcppVersion version = fromSubprotocol(text);
        if (version != null) {
            return version;
        }
        for (OcppVersion candidate : values()) {
            if (candidate.label.equals(text.trim())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown OCPP version '" + text + "', expected 1.6, 2.0.1 or 2.1");
    }

    public static @Nullable OcppVersion fromSubprotocol(@Nullable String subprotocol) {
        for (OcppVersion candidate : values()) {
            if (candidate.subprotocol.equals(subprotocol)) {
                return candidate;
            }
        }
        return null;
    }
}
