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
package org.openhab.binding.v2x.internal.ev;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class EvFiguresTest {

    private final EvBattery battery = new EvBattery(60, 30, 80, 18);

    @Test
    void rangeFollowsConsumption() {
        // 50 % of 60 kWh = 30 kWh at 18 kWh/100 km
        assertEquals(166.67, battery.rangeKm(50), 0.01);
    }

    @Test
    void energyAboveReserveIsNeverNegative() {
        assertEquals(12.0, battery.energyAboveReserveKwh(50), 1e-9);
        assertEquals(0.0, battery.energyAboveReserveKwh(20), 1e-9);
    }

    @Test
    void timeToTargetCountsLosses() {
        // 30 % of 60 kWh = 18 kWh, at 7.4 kW x 0.9 = 6.66 kW -> 2.7027 h
        Duration duration = battery.timeToTarget(50, 7400, 0.9);
        assertEquals(2.7027 * 3600, duration.toSeconds(), 2);
        assertEquals(Duration.ZERO, battery.timeToTarget(85, 7400, 0.9));
    }

    @Test
    void invalidConfigurationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new EvBattery(0, 30, 80, 18));
        assertThrows(IllegalArgumentException.class, () -> new EvBattery(60, 90, 80, 18));
        assertThrows(IllegalArgumentException.class, () -> new EvBattery(60, 30, 80, 0));
    }

    @Test
    void ledgerIntegratesChargeAndDischarge() {
        EnergyLedger ledger = new EnergyLedger(() -> ZoneId.of("UTC"), 0, 0);
        Instant t = Instant.parse("2026-06-01T18:00:00Z");
        ledger.record(-3000, t);
        ledger.record(-3000, t.plusSeconds(60));
        ledger.record(6000, t.plusSeconds(120));
        ledger.record(0, t.plusSeconds(180));
        assertEquals(100.0, ledger.dischargedTotalWh(), 1e-6);
        assertEquals(100.0, ledger.dischargedTodayWh(), 1e-6);
        assertEquals(100.0, ledger.chargedTotalWh(), 1e-6);
        assertEquals(200.0 / 120_000, ledger.equivalentFullCycles(60), 1e-12);
    }

    @Test
    void ledgerSkipsLongGapsAndResetsAtMidnight() {
        EnergyLedger ledger = new EnergyLedger(() -> ZoneId.of("UTC"), 0, 0);
        Instant t = Instant.parse("2026-06-01T23:50:00Z");
        ledger.record(-6000, t);
        ledger.record(-6000, t.plusSeconds(60)); // +100 Wh
        ledger.record(-6000, t.plus(Duration.ofHours(1))); // gap: nothing counted, new day
        assertEquals(100.0, ledger.dischargedTotalWh(), 1e-6);
        assertEquals(0.0, ledger.dischargedTodayWh(), 1e-6);
    }

    @Test
    void theDayOfDischargedTodayEndsAtMidnightOfTheGivenZone() {
        // 10:00 UTC is midnight at UTC+14; in UTC the readings below all fall on the same day
        EnergyLedger ledger = new EnergyLedger(() -> ZoneId.of("Pacific/Kiritimati"), 0, 0);
        Instant t = Instant.parse("2026-06-01T09:58:00Z");
        ledger.record(-6000, t);
        ledger.record(-6000, t.plusSeconds(60)); // +100 Wh, 23:59 local
        assertEquals(100.0, ledger.dischargedTodayWh(), 1e-6);
        ledger.record(-6000, t.plusSeconds(180)); // 00:01 local: a new day
        assertEquals(0.0, ledger.dischargedTodayWh(), 1e-6);
        assertEquals(300.0, ledger.dischargedTotalWh(), 1e-6);
    }
}
