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

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * An ECHONET Lite frame in format 1 (specified message format): header 0x10 0x81, transaction id, source and
 * destination object (3 bytes each: class group, class, instance), service code and the properties.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record EchonetFrame(int tid, int seoj, int deoj, int esv, List<EchonetProperty> properties) {

    public static final int EHD1 = 0x10;
    public static final int EHD2_FORMAT1 = 0x81;
    private static final int HEADER_LENGTH = 12;

    public EchonetFrame {
        if (tid < 0 || tid > 0xFFFF) {
            throw new IllegalArgumentException("TID out of range: " + tid);
        }
        if (seoj < 0 || seoj > 0xFFFFFF || deoj < 0 || deoj > 0xFFFFFF) {
            throw new IllegalArgumentException("EOJ out of range");
        }
        if (properties.size() > 0xFF) {
            throw new IllegalArgumentException("More than 255 properties");
        }
        properties = List.copyOf(properties);
    }

    /** The property with this code, if the frame has it. */
    public Optional<EchonetProperty> property(int epc) {
        return properties.stream().filter(p -> p.epc() == epc).findFirst();
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_LENGTH + properties.size() * 6);
        out.write(EHD1);
        out.write(EHD2_FORMAT1);
        out.write(tid >> 8);
        out.write(tid);
        writeEoj(out, seoj);
        writeEoj(out, deoj);
        out.write(esv);
        out.write(properties.size());
        for (EchonetProperty property : properties) {
            out.write(property.epc());
            out.write(property.pdc());
            out.writeBytes(property.edt());
        }
        return out.toByteArray();
    }

    /** Decodes one datagram; anything but a complete format 1 frame with a known service code is refused. */
    public static EchonetFrame decode(byte[] data, int length) throws EchonetFormatException {
        if (length > data.length) {
            throw new IllegalArgumentException("length beyond the buffer");
        }
        if (length < HEADER_LENGTH) {
            throw new EchonetFormatException("Datagram of " + length + " bytes is shorter than a frame header");
        }
        if ((data[0] & 0xFF) != EHD1 || (data[1] & 0xFF) != EHD2_FORMAT1) {
            throw new EchonetFormatException(String.format("Not an ECHONET Lite format 1 frame (EHD %02X %02X)",
                    data[0] & 0xFF, data[1] & 0xFF));
        }
        int tid = ((data[2] & 0xFF) << 8) | (data[3] & 0xFF);
        int seoj = readEoj(data, 4);
        int deoj = readEoj(data, 7);
        int esv = data[10] & 0xFF;
        if (!Esv.isKnown(esv)) {
            throw new EchonetFormatException(String.format("Unknown ESV 0x%02X", esv));
        }
        int opc = data[11] & 0xFF;
        List<EchonetProperty> properties = new ArrayList<>(opc);
        int position = HEADER_LENGTH;
        for (int i = 0; i < opc; i++) {
            if (position + 2 > length) {
                throw new EchonetFormatException("Frame ends inside property " + (i + 1) + " of " + opc);
            }
            int epc = data[position] & 0xFF;
            int pdc = data[position + 1] & 0xFF;
            position += 2;
            if (position + pdc > length) {
                throw new EchonetFormatException(
                        "PDC " + pdc + " of " + EchonetProperty.hex(epc) + " runs past the end of the frame");
            }
            byte[] edt = new byte[pdc];
            System.arraycopy(data, position, edt, 0, pdc);
            position += pdc;
            properties.add(new EchonetProperty(epc, edt));
        }
        if (position != length) {
            throw new EchonetFormatException((length - position) + " bytes after the last property");
        }
        return new EchonetFrame(tid, seoj, deoj, esv, properties);
    }

    /**
     * The properties an SNA answer refuses: in a Get_SNA those without data, in a Set_SNA those that carry their data
     * back (accepted ones come back empty).
     */
    public List<Integer> refusedProperties() {
        boolean getLike = esv == Esv.GET_SNA || esv == Esv.INF_SNA;
        List<Integer> refused = new ArrayList<>();
        for (EchonetProperty property : properties) {
            if (getLike ? property.pdc() == 0 : property.pdc() != 0) {
                refused.add(property.epc());
            }
        }
        return refused;
    }

    private static void writeEoj(ByteArrayOutputStream out, int eoj) {
        out.write(eoj >> 16);
        out.write(eoj >> 8);
        out.write(eoj);
    }

    private static int readEoj(byte[] data, int offset) {
        return ((data[offset] & 0xFF) << 16) | ((data[offset + 1] & 0xFF) << 8) | (data[offset + 2] & 0xFF);
    }
}
