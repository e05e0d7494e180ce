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

import java.util.Arrays;
import java.util.HexFormat;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One property of an ECHONET Lite frame: its code (EPC) and data (EDT, empty in a Get request).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record EchonetProperty(int epc, byte[] edt) {

    public EchonetProperty {
        if (epc < 0 || epc > 0xFF) {
            throw new IllegalArgumentException("EPC out of range: " + epc);
        }
        if (edt.length > 0xFF) {
            throw new IllegalArgumentException("EDT longer than 255 bytes for EPC " + hex(epc));
        }
        edt = edt.clone();
    }

    /** A property without data, as in a Get request or an accepted Set answer. */
    public static EchonetProperty empty(int epc) {
        return new EchonetProperty(epc, new byte[0]);
    }

    public static EchonetProperty ofByte(int epc, int value) {
        return new EchonetProperty(epc, new byte[] { (byte) value });
    }

    /** A 4-byte big-endian value (signed and unsigned share the encoding). */
    public static EchonetProperty ofInt32(int epc, long value) {
        return new EchonetProperty(epc, new byte[] { (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8),
                (byte) value });
    }

    @Override
    public byte[] edt() {
        return edt.clone();
    }

    public int pdc() {
        return edt.length;
    }

    /** The first data byte as 0..255, or null without data. */
    public @Nullable Integer uint8() {
        return edt.length >= 1 ? edt[0] & 0xFF : null;
    }

    /** The data as a big-endian unsigned 32-bit value, or null unless PDC is 4. */
    public @Nullable Long uint32() {
        return edt.length == 4 ? uint32At(0) : null;
    }

    /** The data as a big-endian signed 32-bit value, or null unless PDC is 4. */
    public @Nullable Integer int32() {
        return edt.length == 4 ? (int) uint32At(0) : null;
    }

    /** The unsigned 32-bit value at a byte offset, or null when the data is too short. */
    public @Nullable Long uint32(int offset) {
        return edt.length >= offset + 4 ? uint32At(offset) : null;
    }

    private long uint32At(int offset) {
        return ((edt[offset] & 0xFFL) << 24) | ((edt[offset + 1] & 0xFFL) << 16) | ((edt[offset + 2] & 0xFFL) << 8)
                | (edt[offset + 3] & 0xFFL);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EchonetProperty p && p.epc == epc && Arrays.equals(p.edt, edt);
    }

    @Override
    public int hashCode() {
        return epc * 31 + Arrays.hashCode(edt);
    }

    @Override
    public String toString() {
        return hex(epc) + "=" + HexFormat.of().formatHex(edt);
    }

    static String hex(int epc) {
        return String.format("0x%02X", epc);
    }
}
