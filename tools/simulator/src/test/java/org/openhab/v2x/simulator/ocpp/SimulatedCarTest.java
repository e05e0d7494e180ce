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
package org.openhab.v2x.simulator.ocpp;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Energy accounting of the battery model: meter registers count grid-side energy, the battery stores it
 * net of the charge/discharge efficiency, and the car's own limits hold.
 */
@NonNullByDefault
class SimulatedCarTest {

    private static final double EPS = 1e-6;

    @Test
    void chargingStoresGridEnergyTimesEfficiency() {
        SimulatedCar car = new SimulatedCar(60_000, 50).withChargeEfficiency(0.9);
        car.request(7400);
        car.advance(Duration.ofHours(1));
        assertEquals(7400, car.getImportedWh(), EPS);
        assertEquals(30_000 + 6660, car.getStoredWh(), EPS);
        assertEquals(61.1, car.getSocPercent(), EPS);
        assertEquals(0, car.getExportedWh(), EPS);
    }

    @Test
    void dischargingTakesMoreFromTheBatteryThanTheGridReceives() {
        SimulatedCar car = new SimulatedCar(60_000, 50).withDischargeEfficiency(0.9);
        car.request(-3000);
        assertEquals(-3000, car.getPowerW(), EPS);
        car.advance(Duration.ofMinutes(30));
        car.advance(Duration.ofMinutes(30));
        assertEquals(3000, car.getExportedWh(), EPS);
        assertEquals(30_000 - 3000 / 0.9, car.getStoredWh(), 1e-6);
        assertEquals(0, car.getImportedWh(), EPS);
    }

    @Test
    void roundTripLosesBothEfficiencies() {
        SimulatedCar car = new SimulatedCar(60_000, 20).withChargeEfficiency(0.9).withDischargeEfficiency(0.8);
        double start = car.getStoredWh();
        car.request(5000);
        car.advance(Duration.ofHours(2));
        assertEquals(start + 9000, car.getStoredWh(), EPS);
        // the battery gives 4000 / 0.8 = 5000 W, so 9000 Wh last 1.8 h
        car.request(-4000);
        car.advance(Duration.ofMinutes(108));
        assertEquals(start, car.getStoredWh(), 1e-6);
        assertEquals(10_000, car.getImportedWh(), EPS);
        assertEquals(7200, car.getExportedWh(), 1e-6);
        assertEquals(0.9 * 0.8, car.getExportedWh() / car.getImportedWh(), 1e-9);
    }

    @Test
    void stopsChargingAtFullInsideTheStep() {
        SimulatedCar car = new SimulatedCar(10_000, 95).withChargeEfficiency(0.5);
        car.request(2000);
        car.advance(Duration.ofHours(2));
        assertEquals(100, car.getSocPercent(), EPS);
        // 500 Wh of room at 50 % efficiency is 1000 Wh from the grid, half an hour at 2 kW
        assertEquals(1000, car.getImportedWh(), EPS);
        assertEquals(0, car.getPowerW(), EPS);
        assertTrue(car.isRefusing());
    }

    @Test
    void stopsDischargingAtItsFloor() {
        SimulatedCar car = new SimulatedCar(10_000, 15).withSocFloorPercent(10).withDischargeEfficiency(0.8);
        car.request(-7000);
        car.advance(Duration.ofHours(1));
        assertEquals(10, car.getSocPercent(), EPS);
        assertEquals(500 * 0.8, car.getExportedWh(), EPS);
        assertEquals(0, car.getPowerW(), EPS);
        car.request(1000);
        assertEquals(1000, car.getPowerW(), EPS, "charging is still allowed at the floor");
    }

    @Test
    void clampsToItsOwnLimits() {
        SimulatedCar car = new SimulatedCar(60_000, 50).withMaxChargeW(7400).withMaxDischargeW(5000)
                .withMinPowerW(1400);
        car.request(20_000);
        assertEquals(7400, car.getPowerW(), EPS);
        car.request(-20_000);
        assertEquals(-5000, car.getPowerW(), EPS);
        car.request(1000);
        assertEquals(0, car.getPowerW(), EPS, "below the minimum power the car does nothing");
        car.request(-1399);
        assertEquals(0, car.getPowerW(), EPS);
    }

    @Test
    void zeroRequestMovesNoEnergy() {
        SimulatedCar car = new SimulatedCar(60_000, 50);
        car.advance(Duration.ofDays(1));
        assertEquals(50, car.getSocPercent(), EPS);
        assertEquals(0, car.getImportedWh() + car.getExportedWh(), EPS);
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new SimulatedCar(0, 50));
        assertThrows(IllegalArgumentException.class, () -> new SimulatedCar(1000, 101));
        SimulatedCar car = new SimulatedCar(1000, 50);
        assertThrows(IllegalArgumentException.class, () -> car.withChargeEfficiency(1.2));
        assertThrows(IllegalArgumentException.class, () -> car.withDischargeEfficiency(0));
        assertThrows(IllegalArgumentException.class, () -> car.withMaxChargeW(-1));
        assertThrows(IllegalArgumentException.class, () -> car.request(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> car.advance(Duration.ofSeconds(-1)));
    }
}
