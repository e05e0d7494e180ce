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
package org.openhab.v2x.simulator.echonet;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The simulator's own ECHONET Lite format 1 frame (shares no code with the binding's codec). Properties keep their
 * order; an EPC appears at most once.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record Frame(int tid, int seoj, int deoj, int esv, Map<Integer, byte[]> properties) {

    public Frame {
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** Parses a datagram, or returns null for anything that is not a complete format 1 frame. */
    public static @Nullable Frame parse(byte[] data, int length) {
        if (length < 12 || data[0] != 0x10 || (data[1] & 0xFF) != 0x81) {
            return null;
        }
        int count = data[11] & 0xFF;
        Map<Integer, byte[]> properties = new LinkedHashMap<>();
        int at = 12;
        for (int i = 0; i < count; i++) {
            if (at + 2 > length) {
                return null;
            }
            int pdc = data[at + 1] & 0xFF;
            if (at + 2 + pdc > length) {
                return null;
            }
            byte[] edt = new byte[pdc];
            System.arraycopy(data, at + 2, edt, 0, pdc);
            properties.put(data[at] & 0xFF, edt);
            at += 2 + pdc;
        }
        return at == length ? new Frame(u16(data, 2), u24(data, 4), u24(data, 7), data[10] & 0xFF, properties) : null;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { 0x10, (byte) 0x81, (byte) (tid >> 8), (byte) tid, (byte) (seoj >> 16),
                (byte) (seoj >> 8), (byte) seoj, (byte) (deoj >> 16), (byte) (deoj >> 8), (byte) deoj, (byte) esv,
                (byte) properties.size() });
        properties.forEach((epc, edt) -> {
            out.write(epc);
            out.write(edt.length);
            out.writeBytes(edt);
        });
        return out.toByteArray();
    }

    private static int u16(byte[] data, int at) {
        return ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
    }

    private static int u24(byte[] data, int at) {
        return ((data[at] & 0xFF) << 16) | u16(data, at + 1);
    }
}
