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
package org.openhab.v2x.sandbox.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Sandbox time moves only when the run steps it: the rules' clock (and its copies in other zones) and the charger
 * simulator's clock move together, by exactly the step.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class SandboxClockTest {

    private static final Instant ORIGIN = Instant.parse("2026-06-18T22:00:00Z");

    @Test
    void timeMovesOnlyWithTheStepsAndEveryViewFollows() {
        SandboxClock clock = new SandboxClock(ORIGIN, 1440, ZoneOffset.ofHours(2));
        Clock utc = clock.withZone(ZoneOffset.UTC);
        clock.startDay();
        long simulatorStart = clock.nanoTime();
        assertEquals(ORIGIN, clock.instant(), "nothing moves before the first step");

        clock.advance(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));

        assertEquals(ORIGIN.plusSeconds(60), clock.instant());
        assertEquals(ORIGIN.plusSeconds(60), utc.instant(), "a copy in another zone follows the steps");
        assertEquals(Duration.ofSeconds(60).toNanos(), clock.nanoTime() - simulatorStart,
                "the simulator's timers see exactly the steps");
        assertEquals(Duration.ofSeconds(60), clock.elapsed());
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
    }

    @Test
    void theSpeedOnlyPacesTheSteps() {
        SandboxClock clock = new SandboxClock(ORIGIN, 1440, ZoneOffset.UTC);
        assertEquals(Duration.ofSeconds(60), clock.realTime(Duration.ofDays(1)), "a day in a minute");
    }
}
