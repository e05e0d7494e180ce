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
package org.openhab.binding.v2x.internal.modbus;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Register values of every type, word order, scale and sign convention, both ways.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class RegisterFormatTest {

    @Test
    void signedAndUnsigned16() {
        assertEquals(-3000, RegisterFormat.of(RegisterType.INT16).decode(new int[] { 0xF448 }, 0));
        assertEquals(0xF448, RegisterFormat.of(RegisterType.UINT16).decode(new int[] { 0xF448 }, 0));
        assertArrayEquals(new int[] { 0xF448 }, RegisterFormat.of(RegisterType.INT16).encode(-3000));
        assertThrows(IllegalArgumentException.class, () -> RegisterFormat.of(RegisterType.UINT16).encode(-1));
        assertThrows(IllegalArgumentException.class, () -> RegisterFormat.of(RegisterType.INT16).encode(40000));
    }

    @Test
    void signed32InBothWordOrders() {
        RegisterFormat big = RegisterFormat.of(RegisterType.INT32);
        RegisterFormat little = new RegisterFormat(RegisterType.INT32, false, 1, false);
        // -100000 = 0xFFFE7960
        assertEquals(-100000, big.decode(new int[] { 0xFFFE, 0x7960 }, 0));
        assertEquals(-100000, little.decode(new int[] { 0x7960, 0xFFFE }, 0));
        assertArrayEquals(new int[] { 0xFFFE, 0x7960 }, big.encode(-100000));
        assertArrayEquals(new int[] { 0x7960, 0xFFFE }, little.encode(-100000));
        assertEquals(7400, big.decode(new int[] { 9, 0, 0x1CE8, 9 }, 1), "at an offset");
    }

    @Test
    void unsigned32KeepsTheTopBit() {
        RegisterFormat format = RegisterFormat.of(RegisterType.UINT32);
        assertEquals(4_000_000_000.0, format.decode(new int[] { 0xEE6B, 0x2800 }, 0));
        assertArrayEquals(new int[] { 0xEE6B, 0x2800 }, format.encode(4_000_000_000.0));
        assertThrows(IllegalArgumentException.class, () -> format.encode(-5));
    }

    @Test
    void float32() {
        RegisterFormat big = RegisterFormat.of(RegisterType.FLOAT32);
        // -3000.5f = 0xC53B8800
        assertEquals(-3000.5, big.decode(new int[] { 0xC53B, 0x8800 }, 0));
        assertArrayEquals(new int[] { 0xC53B, 0x8800 }, big.encode(-3000.5));
        RegisterFormat little = new RegisterFormat(RegisterType.FLOAT32, false, 1, false);
        assertEquals(-3000.5, little.decode(new int[] { 0x8800, 0xC53B }, 0));
    }

    @Test
    void scaleAppliesBothWays() {
        RegisterFormat tenths = new RegisterFormat(RegisterType.UINT16, true, 0.1, false);
        assertEquals(57.3, tenths.decode(new int[] { 573 }, 0), 1e-9);
        assertArrayEquals(new int[] { 573 }, tenths.encode(57.3));
        RegisterFormat permille = new RegisterFormat(RegisterType.UINT16, true, 0.1, false);
        assertEquals(100.0, permille.decode(new int[] { 1000 }, 0), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new RegisterFormat(RegisterType.INT16, true, 0, false));
    }

    @Test
    void invertedSignForDevicesWithTheOppositeConvention() {
        // Ambibox: negative target power charges; this binding: negative discharges
        RegisterFormat ambibox = new RegisterFormat(RegisterType.INT32, true, 1, true);
        assertArrayEquals(new int[] { 0, 3000 }, ambibox.encode(-3000), "a discharge is a positive device value");
        assertEquals(-3000, ambibox.decode(new int[] { 0, 3000 }, 0));
        assertEquals(2000, ambibox.decode(ambibox.encode(2000), 0));
    }

    @Test
    void nonFiniteValuesAreNotWritten() {
        assertThrows(IllegalArgumentException.class, () -> RegisterFormat.of(RegisterType.FLOAT32).encode(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> RegisterFormat.of(RegisterType.INT32).decode(new int[1], 0));
    }
}
