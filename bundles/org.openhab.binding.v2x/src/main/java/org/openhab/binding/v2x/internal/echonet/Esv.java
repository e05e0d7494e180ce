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
package org.openhab.binding.v2x.internal.echonet;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * ECHONET Lite service codes (ESV).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class Esv {
    public static final int SETI_SNA = 0x50;
    public static final int SETC_SNA = 0x51;
    public static final int GET_SNA = 0x52;
    public static final int INF_SNA = 0x53;
    public static final int SETGET_SNA = 0x5E;
    public static final int SETI = 0x60;
    public static final int SETC = 0x61;
    public static final int GET = 0x62;
    public static final int INF_REQ = 0x63;
    public static final int SETGET = 0x6E;
    public static final int SET_RES = 0x71;
    public static final int GET_RES = 0x72;
    public static final int INF = 0x73;
    public static final int INFC = 0x74;
    public static final int INFC_RES = 0x7A;
    public static final int SETGET_RES = 0x7E;

    private static final Set<Integer> KNOWN = Set.of(SETI_SNA, SETC_SNA, GET_SNA, INF_SNA, SETGET_SNA, SETI, SETC,
            GET, INF_REQ, SETGET, SET_RES, GET_RES, INF, INFC, INFC_RES, SETGET_RES);

    private Esv() {
    }

    public static boolean isKnown(int esv) {
        return KNOWN.contains(esv);
    }

    /** Whether the code answers a request (success or failure), so that it completes a transaction. */
    public static boolean isResponse(int esv) {
        return esv == SET_RES || esv == GET_RES || esv == INFC_RES || esv == SETGET_RES || isSna(esv);
    }

    public static boolean isSna(int esv) {
        return esv >= 0x50 && esv <= 0x5F;
    }
}
