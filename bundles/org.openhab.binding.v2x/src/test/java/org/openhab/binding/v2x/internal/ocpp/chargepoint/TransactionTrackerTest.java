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
package org.openhab.binding.v2x.internal.ocpp.chargepoint;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class TransactionTrackerTest {

    private final TransactionTracker tracker = new TransactionTracker(
            Clock.fixed(Instant.ofEpochSecond(1_700_000_123), ZoneOffset.UTC));

    @Test
    void idsStartFromTheClockSoTheyDifferAcrossRestarts() {
        assertEquals(700_000_123, tracker.nextId());
        assertEquals(700_000_124, tracker.nextId());
    }

    @Test
    void aMentionedIdIsTakenOnlyWhenNoneIsKnown() {
        tracker.adoptIfUnknown("5");
        assertEquals("5", tracker.current());
        tracker.adoptIfUnknown("6");
        assertEquals("5", tracker.current());
    }

    @Test
    void onlyTheCurrentTransactionEnds() {
        assertNull(tracker.set("7"));
        assertFalse(tracker.endIfCurrent("8"));
        assertEquals("7", tracker.current());
        assertTrue(tracker.endIfCurrent("7"));
        assertNull(tracker.current());
    }

    @Test
    void v16IdsAreIntegers() {
        assertEquals(42, TransactionTracker.v16Id("42"));
        assertNull(TransactionTracker.v16Id("abc"));
        assertNull(TransactionTracker.v16Id(null));
    }
}
