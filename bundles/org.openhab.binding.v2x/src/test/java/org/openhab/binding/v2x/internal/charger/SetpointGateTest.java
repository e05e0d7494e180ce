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
package org.openhab.binding.v2x.internal.charger;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class SetpointGateTest {

    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    private final SetpointGate gate = new SetpointGate(Duration.ofSeconds(10), 100);

    @Test
    void firstSetpointIsWritten() {
        SetpointGate.Verdict verdict = gate.offer(2000, T0);
        assertTrue(verdict.writeNow());
        assertEquals(2000, verdict.setpointW());
    }

    @Test
    void changesInsideTheDeadbandAreDropped() {
        gate.offer(2000, T0);
        SetpointGate.Verdict verdict = gate.offer(2050, T0.plusSeconds(60));
        assertFalse(verdict.writeNow());
        assertNull(verdict.retryAt());
        assertEquals(2000, gate.lastWrittenW());
    }

    @Test
    void writesAreSpacedByTheMinimumInterval() {
        gate.offer(2000, T0);
        SetpointGate.Verdict early = gate.offer(3000, T0.plusSeconds(3));
        assertFalse(early.writeNow());
        assertEquals(T0.plusSeconds(10), early.retryAt());
        assertTrue(gate.offer(3000, T0.plusSeconds(10)).writeNow());
    }

    @Test
    void lessDischargeIsNeverDelayed() {
        gate.offer(-3000, T0);
        SetpointGate.Verdict verdict = gate.offer(0, T0.plusSeconds(1));
        assertTrue(verdict.writeNow());
        assertEquals(0, verdict.setpointW());
    }

    @Test
    void moreDischargeWaitsForTheInterval() {
        gate.offer(-1000, T0);
        assertFalse(gate.offer(-3000, T0.plusSeconds(1)).writeNow());
    }

    @Test
    void stoppingIsWrittenEvenInsideTheDeadband() {
        gate.offer(-50, T0.minusSeconds(60));
        assertTrue(gate.offer(0, T0).writeNow());
    }

    @Test
    void aZeroIntervalWritesEveryChangeOutsideTheDeadband() {
        SetpointGate everyChange = new SetpointGate(Duration.ZERO, 100);
        everyChange.offer(-1000, T0);
        assertTrue(everyChange.offer(-3000, T0).writeNow());
        assertFalse(everyChange.offer(-3050, T0).writeNow());
    }

    @Test
    void resetForcesTheNextWrite() {
        gate.offer(2000, T0);
        gate.reset();
        assertTrue(gate.offer(2000, T0.plusSeconds(1)).writeNow());
    }
}
