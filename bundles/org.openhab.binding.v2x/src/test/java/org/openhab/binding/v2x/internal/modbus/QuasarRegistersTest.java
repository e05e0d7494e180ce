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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.charger.OperatingState;

/**
 * Quasar register words, state mapping, the SoC filter and the pauses between writes.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class QuasarRegistersTest {

    @Test
    void signedWordsRoundTrip() {
        assertEquals(-3000, QuasarRegisters.signed(0xF448));
        assertEquals(0xF448, QuasarRegisters.word(-3000));
        assertEquals(7400, QuasarRegisters.signed(QuasarRegisters.word(7400)));
        assertEquals(-1, QuasarRegisters.signed(0xFFFF));
        assertEquals(Short.MIN_VALUE, QuasarRegisters.signed(0x8000));
        assertThrows(IllegalArgumentException.class, () -> QuasarRegisters.word(40000));
        assertThrows(IllegalArgumentException.class, () -> QuasarRegisters.signed(0x10000));
    }

    @Test
    void setpointWordIsClampedToTheChargerRange() {
        assertEquals(QuasarRegisters.word(-7400), QuasarRegisters.powerSetpointWord(-20000));
        assertEquals(7400, QuasarRegisters.powerSetpointWord(9000));
        assertEquals(QuasarRegisters.word(-3000), QuasarRegisters.powerSetpointWord(-3000.4));
        assertEquals(0, QuasarRegisters.powerSetpointWord(Double.NaN));
    }

    @Test
    void stateCodesMapToCommonStates() {
        assertEquals(OperatingState.DISCHARGING, QuasarRegisters.operatingState(11));
        assertEquals(OperatingState.CHARGING, QuasarRegisters.operatingState(1));
        assertEquals(OperatingState.FAULT, QuasarRegisters.operatingState(7));
        assertEquals(OperatingState.IDLE, QuasarRegisters.operatingState(4));
        assertNull(QuasarRegisters.operatingState(42));
        assertFalse(QuasarRegisters.carConnected(0));
        assertTrue(QuasarRegisters.carConnected(11));
    }

    @Test
    void readingDecodesSignedPowerAndErrors() throws QuasarException {
        QuasarReading reading = QuasarReading.decode(new int[] { 1 }, new int[] { 0xF448 },
                new int[] { 11, 57, 0, 0, 3, 0 });
        assertTrue(reading.remoteControl());
        assertEquals(-3000, reading.powerW());
        assertEquals(11, reading.stateCode());
        assertEquals(57, reading.rawSocPct());
        assertEquals("error registers 539=0 540=0 541=3 542=0", reading.errorText());
        assertNull(QuasarReading.decode(new int[] { 0 }, new int[] { 0 }, new int[6]).errorText());
    }

    @Test
    void emptyReadIsAnError() {
        QuasarException e = assertThrows(QuasarException.class,
                () -> QuasarReading.decode(new int[] { 1 }, new int[] { 0 }, new int[0]));
        assertTrue(e.getMessage().contains("empty read"), e.getMessage());
    }

    @Test
    void socIsTrustedOnlyWhileEnergyFlowsAndEdgeReadingsNeedAHistory() {
        SocFilter filter = new SocFilter();
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        assertFalse(filter.offer(0, 0, t0), "idle reads 0");
        assertFalse(filter.offer(1, 98, t0), "a first reading above 97 % is not believed");
        assertFalse(filter.offer(11, 1, t0), "a first reading of 1 % is not believed");
        assertNull(filter.lastGoodPct());
        assertTrue(filter.offer(11, 60, t0));
        assertFalse(filter.offer(4, 0, t0.plusSeconds(10)), "paused: the 0 is not a reading");
        assertEquals(60, filter.lastGoodPct());
        assertEquals(t0, filter.lastGoodAt());
        assertFalse(filter.offer(11, 1, t0.plusSeconds(20)), "a spurious 1 % far from 60 %");
        assertFalse(filter.offer(1, 99, t0.plusSeconds(20)), "a spurious 99 % far from 60 %");
        assertTrue(filter.offer(1, 59, t0.plusSeconds(30)));
        assertEquals(t0.plusSeconds(30), filter.lastGoodAt());

        SocFilter full = new SocFilter();
        assertTrue(full.offer(1, 96, t0));
        assertTrue(full.offer(1, 98, t0.plusSeconds(60)), "a real climb above 97 % is believed");
    }

    @Test
    void pacerKeepsThePauseBetweenWrites() throws InterruptedException {
        long[] now = { 0 };
        List<Duration> sleeps = new ArrayList<>();
        WritePacer pacer = new WritePacer(Duration.ofMillis(2500), d -> {
            sleeps.add(d);
            now[0] += d.toNanos();
        }, () -> now[0]);
        pacer.beforeWrite();
        pacer.written();
        assertEquals(List.of(), sleeps, "the first write does not wait");
        now[0] += Duration.ofMillis(1000).toNanos();
        pacer.beforeWrite();
        pacer.written();
        assertEquals(List.of(Duration.ofMillis(1500)), sleeps);
        now[0] += Duration.ofMillis(3000).toNanos();
        pacer.beforeWrite();
        assertEquals(1, sleeps.size(), "no wait once the pause has passed");
    }
}
