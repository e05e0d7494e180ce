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

import static org.junit.jupiter.api.Assertions.*;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The format 1 codec and property maps against hand-written byte sequences.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class EchonetFrameTest {

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    @Test
    void encodesAGetOfSeveralProperties() {
        EchonetFrame get = new EchonetFrame(0x1234, 0x05FF01, 0x027E01, Esv.GET,
                List.of(EchonetProperty.empty(0xE4), EchonetProperty.empty(0xD3)));
        assertArrayEquals(bytes("1081 1234 05FF01 027E01 62 02 E400 D300"), get.encode());
    }

    @Test
    void encodesMinus3000WattsAsTwosComplement() {
        EchonetFrame set = new EchonetFrame(1, 0x05FF01, 0x027E01, Esv.SETC,
                List.of(EchonetProperty.ofInt32(0xE0, -3000), EchonetProperty.ofByte(0xDA, 0x43)));
        assertArrayEquals(bytes("1081 0001 05FF01 027E01 61 02 E004FFFFF448 DA0143"), set.encode());
    }

    @Test
    void decodesAGetAnswerWithSignedAndUnsignedValues() throws Exception {
        byte[] data = bytes("1081 00FF 027E01 05FF01 72 03 D304FFFFF448 E40132 C808000000C800001CE8");
        EchonetFrame frame = EchonetFrame.decode(data, data.length);
        assertEquals(0xFF, frame.tid());
        assertEquals(0x027E01, frame.seoj());
        assertEquals(0x05FF01, frame.deoj());
        assertEquals(Esv.GET_RES, frame.esv());
        assertEquals(-3000, frame.property(0xD3).orElseThrow().int32());
        assertEquals(4294964296L, frame.property(0xD3).orElseThrow().uint32());
        assertEquals(50, frame.property(0xE4).orElseThrow().uint8());
        EchonetProperty c8 = frame.property(0xC8).orElseThrow();
        assertEquals(200L, c8.uint32(0));
        assertEquals(7400L, c8.uint32(4));
        assertArrayEquals(data, frame.encode());
    }

    @Test
    void refusesMalformedDatagrams() {
        assertMalformed("1081 0001 05FF01", "shorter than a header");
        assertMalformed("1082 0001 05FF01 027E01 62 01 E400", "format 2");
        assertMalformed("2081 0001 05FF01 027E01 62 01 E400", "wrong EHD1");
        assertMalformed("1081 0001 05FF01 027E01 62 01 E404 0000", "PDC past the end");
        assertMalformed("1081 0001 05FF01 027E01 62 02 E400", "fewer properties than OPC");
        assertMalformed("1081 0001 05FF01 027E01 99 01 E400", "unknown ESV");
        assertMalformed("1081 0001 05FF01 027E01 62 01 E400 00", "trailing bytes");
    }

    @Test
    void namesTheRefusedPropertiesOfSnaAnswers() throws Exception {
        byte[] getSna = bytes("1081 0002 027E01 05FF01 52 02 E40132 E000");
        assertEquals(List.of(0xE0), EchonetFrame.decode(getSna, getSna.length).refusedProperties());
        byte[] setSna = bytes("1081 0003 027E01 05FF01 51 02 DA00 E004FFFFF448");
        EchonetFrame frame = EchonetFrame.decode(setSna, setSna.length);
        assertEquals(List.of(0xE0), frame.refusedProperties());
        assertTrue(new EchonetSnaException(frame, frame.refusedProperties()).getMessage().contains("0xE0"));
    }

    @Test
    void readsPropertyMapsInListForm() throws Exception {
        assertEquals(Set.of(0x80, 0xDA, 0xEB, 0xEC), PropertyMaps.decode(bytes("04 80 DA EB EC")));
        assertArrayEquals(bytes("04 80 DA EB EC"), PropertyMaps.encode(Set.of(0xEC, 0x80, 0xDA, 0xEB)));
        assertThrows(EchonetFormatException.class, () -> PropertyMaps.decode(bytes("05 80 DA")));
    }

    @Test
    void readsPropertyMapsInBitmapForm() throws Exception {
        // 16 properties: 0x80..0x8F: bit 0 of every byte
        byte[] bitmap = bytes("10 01010101010101010101010101010101");
        Set<Integer> epcs = PropertyMaps.decode(bitmap);
        assertEquals(16, epcs.size());
        assertTrue(epcs.contains(0x80) && epcs.contains(0x8F));
        // 0xE0 is bit 6 of byte 0, 0xD3 bit 5 of byte 3
        Set<Integer> mixed = Set.of(0x80, 0x81, 0x82, 0x83, 0x88, 0x8A, 0x9D, 0x9E, 0x9F, 0xC7, 0xC8, 0xC9, 0xD3,
                0xDA, 0xE0, 0xE4, 0xEB);
        byte[] encoded = PropertyMaps.encode(mixed);
        assertEquals(17, encoded.length);
        assertEquals(0x41, encoded[1] & 0xFF, "0x80 (bit 0) and 0xE0 (bit 6) share byte 0");
        assertEquals(0x21, encoded[4] & 0xFF, "0x83 (bit 0) and 0xD3 (bit 5) share byte 3");
        assertEquals(mixed, PropertyMaps.decode(encoded));
        assertThrows(EchonetFormatException.class, () -> PropertyMaps.decode(bytes("11 01010101010101010101010101010101")));
    }

    private static void assertMalformed(String hex, String why) {
        byte[] data = bytes(hex);
        assertThrows(EchonetFormatException.class, () -> EchonetFrame.decode(data, data.length), why);
    }
}
