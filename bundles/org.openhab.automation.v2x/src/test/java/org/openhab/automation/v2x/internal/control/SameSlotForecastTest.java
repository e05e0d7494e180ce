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
package org.openhab.automation.v2x.internal.control;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class SameSlotForecastTest {

    private static final Instant DAY0 = Instant.parse("2026-03-01T23:00:00Z"); // local midnight in Berlin (CET)

    @Test
    void averagesTheSameLocalSlotOverTheLastDaysOnly() {
        SameSlotForecast f = new SameSlotForecast(900, 3, ZoneId.of("Europe/Berlin"));
        for (int day = 0; day < 5; day++) {
            Instant sevenAm = DAY0.plus(Duration.ofDays(day)).plus(Duration.ofHours(7));
            f.record(sevenAm, 100 * (day + 1));
            f.record(sevenAm.plusSeconds(900), 5);
        }
        // days 3, 4 and 5 are kept: (300 + 400 + 500) / 3, for any time inside the slot on a later day
        assertEquals(400, f.forecast(DAY0.plus(Duration.ofDays(9)).plus(Duration.ofMinutes(7 * 60 + 10))), 1e-9);
        assertEquals(5, f.forecast(DAY0.plus(Duration.ofDays(9)).plus(Duration.ofMinutes(7 * 60 + 20))), 1e-9);
        double[] two = f.forecast(DAY0.plus(Duration.ofDays(6)).plus(Duration.ofHours(7)), 2);
        assertArrayEquals(new double[] { 400, 5 }, two, 1e-9);
    }

    @Test
    void aSlotNeverSeenFallsBackToTheMeanOfAllAndNothingToZero() {
        SameSlotForecast f = new SameSlotForecast(900, 7, ZoneId.of("UTC"));
        assertEquals(0, f.forecast(DAY0));
        f.record(DAY0, 100);
        f.record(DAY0.plusSeconds(900), 300);
        assertEquals(200, f.forecast(DAY0.plus(Duration.ofHours(5))), 1e-9);
        f.record(DAY0, Double.NaN);
        assertEquals(100, f.forecast(DAY0), 1e-9);
    }

    @Test
    void aSlotThatDoesNotDivideTheDayIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SameSlotForecast(7 * 60, 7, ZoneId.of("UTC")));
    }
}
