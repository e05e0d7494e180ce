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
package org.openhab.automation.v2x.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.v2x.host.InMemoryPersistence;

/**
 * The planner's series from persisted values, read through the host's queryable persistence service as openHAB's
 * persistence would answer: the load as a same-slot mean of its past week, prices ahead as a step function, and
 * the fallbacks without history.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class PlanInputsTest {

    private static final Instant NOW = Instant.parse("2026-06-08T12:00:00Z");
    private static final int SLOT_S = 900;

    private final InMemoryPersistence persistence = new InMemoryPersistence(() -> ZoneOffset.UTC, () -> NOW);
    private final PlanInputs inputs = new PlanInputs(
            new PersistenceHistory(() -> persistence, null, () -> ZoneOffset.UTC), SLOT_S, ZoneOffset.UTC);

    @Test
    void loadIsTheSameSlotMeanOfTheLastWeek() {
        for (int day = 1; day <= 7; day++) {
            Instant midnight = Instant.parse("2026-06-01T00:00:00Z").plusSeconds((day - 1) * 86_400L);
            for (int minute = 0; minute < 24 * 60; minute += 5) {
                double w = minute >= 18 * 60 && minute < 19 * 60 ? 2000 + 100 * day : 400;
                persistence.store("HomeLoad", midnight.plusSeconds(minute * 60L), new QuantityType<>(w, Units.WATT));
            }
        }
        double[] load = inputs.load("HomeLoad", 350.0, NOW, 48);

        assertEquals(350, load[0], 1e-9, "slot 0 is what is measured now");
        assertEquals(400, load[1], 1e-6);
        assertEquals(2400, load[24], 1e-6, "18:00: the mean of the week's evenings (2100..2700 W)");
        assertEquals(400, load[28], 1e-6, "19:00: back to the base load");
    }

    @Test
    void pricesAheadHoldUntilTheNextPersistedValue() {
        persistence.store("Price", NOW.minusSeconds(3600), new DecimalType(0.99));
        persistence.store("Price", NOW.plusSeconds(3600), new DecimalType(0.10));
        persistence.store("Price", NOW.plusSeconds(3 * 3600), new DecimalType(0.50));

        double[] prices = inputs.ahead("Price", 0.40, NOW, 16, false);

        assertEquals(0.40, prices[0], 1e-9, "now: the item's present state, not a past value");
        assertEquals(0.40, prices[3], 1e-9);
        assertEquals(0.10, prices[4], 1e-9, "from 13:00");
        assertEquals(0.10, prices[11], 1e-9);
        assertEquals(0.50, prices[12], 1e-9, "from 15:00");
        assertEquals(0.50, prices[15], 1e-9);
    }

    @Test
    void withoutHistoryTheValuesSeenAndThenThePresentHold() {
        double[] load = inputs.load("HomeLoad", 700.0, NOW, 8);
        for (double w : load) {
            assertEquals(700, w, 1e-9, "nothing known: the present load holds");
        }
        inputs.record(NOW.minusSeconds(86_400 - SLOT_S), 1500.0, null);
        inputs.record(NOW.minusSeconds(86_400 - 2 * SLOT_S), 1500.0, null);
        double[] seen = inputs.load("HomeLoad", 700.0, NOW, 8);
        assertEquals(1500, seen[1], 1e-9, "yesterday's value seen by the rule at 12:15");
        assertEquals(700, seen[0], 1e-9);
        assertArrayEquals(new double[] { 0.3, 0.3, 0.3 }, inputs.ahead(null, 0.3, NOW, 3, false), 1e-9);
    }
}
