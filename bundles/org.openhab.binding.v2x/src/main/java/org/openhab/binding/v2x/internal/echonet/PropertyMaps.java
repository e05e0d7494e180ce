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
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Property maps (EPC 0x9D announce, 0x9E Set, 0x9F Get): a count, then either the EPCs (fewer than 16) or a
 * 16-byte bitmap in which bit j of byte i stands for EPC (j + 8) * 0x10 + i.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class PropertyMaps {

    public static final int ANNOUNCE_MAP = 0x9D;
    public static final int SET_MAP = 0x9E;
    public static final int GET_MAP = 0x9F;
    private static final int BITMAP_LENGTH = 16;
    private static final int LIST_LIMIT = 16;

    private PropertyMaps() {
    }

    public static Set<Integer> decode(byte[] edt) throws EchonetFormatException {
        if (edt.length == 0) {
            throw new EchonetFormatException("Empty property map");
        }
        int count = edt[0] & 0xFF;
        Set<Integer> epcs = new TreeSet<>();
        if (count < LIST_LIMIT) {
            if (edt.length != count + 1) {
                throw new EchonetFormatException(
                        "Property map lists " + count + " properties in " + (edt.length - 1) + " bytes");
            }
            for (int i = 1; i <= count; i++) {
                epcs.add(edt[i] & 0xFF);
            }
            return epcs;
        }
        if (edt.length != BITMAP_LENGTH + 1) {
            throw new EchonetFormatException("Property map bitmap of " + (edt.length - 1) + " bytes, expected 16");
        }
        for (int i = 0; i < BITMAP_LENGTH; i++) {
            int bits = edt[i + 1] & 0xFF;
            for (int j = 0; j < 8; j++) {
                if ((bits & (1 << j)) != 0) {
                    epcs.add((j + 8) * 0x10 + i);
                }
            }
        }
        if (epcs.size() != count) {
            throw new EchonetFormatException(
                    "Property map bitmap holds " + epcs.size() + " properties but counts " + count);
        }
        return epcs;
    }

    public static byte[] encode(Set<Integer> epcs) {
        if (epcs.size() < LIST_LIMIT) {
            byte[] edt = new byte[epcs.size() + 1];
            edt[0] = (byte) epcs.size();
            int i = 1;
            for (int epc : new TreeSet<>(epcs)) {
                edt[i++] = (byte) epc;
            }
            return edt;
        }
        byte[] edt = new byte[BITMAP_LENGTH + 1];
        edt[0] = (byte) epcs.size();
        for (int epc : epcs) {
            if (epc < 0x80 || epc > 0xFF) {
                throw new IllegalArgumentException("EPC outside 0x80..0xFF: " + epc);
            }
            edt[(epc & 0x0F) + 1] |= (byte) (1 << ((epc >> 4) - 8));
        }
        return edt;
    }
}
