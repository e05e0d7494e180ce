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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Validation and small helpers: settings, measurements, modes, time windows, planner, meter and shedder.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class ControlValuesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void defaultsAreTheDocumentedOnes() {
        V2xSettings s = V2xSettings.defaults();
        assertEquals(ControlMode.SOLAR, s.mode());
        assertEquals(30, s.reserveSocPct());
        assertEquals(80, s.targetSocPct());
        assertEquals(32, s.dischargeFloorPct());
        assertEquals(1400, s.minChargeW());
        assertEquals(7400, s.maxDischargeW());
        assertEquals(0.92, s.chargeEfficiency());
        assertEquals(50, s.gridBiasW());
        assertEquals(Duration.ofSeconds(30), s.minWriteInterval());
        assertFalse(s.allowGridExport());
        assertTrue(s.outageBackup());
        assertEquals(Double.POSITIVE_INFINITY, s.dailyDischargeBudgetKwh());
        assertEquals(s, s.toBuilder().build());
    }

    @Test
    void invalidSettingsAreRejectedWithTheirName() {
        assertMessage("reserveSocPct", () -> V2xSettings.builder().reserveSocPct(90).build());
        assertMessage("maxChargeW", () -> V2xSettings.builder().chargePower(2000, 1000).build());
        assertMessage("chargeEfficiency", () -> V2xSettings.builder().efficiencies(0, 0.9).build());
        assertMessage("gridBiasW", () -> V2xSettings.builder().gridBiasW(Double.NaN).build());
        assertMessage("minWriteInterval", () -> V2xSettings.builder().minWriteInterval(Duration.ofSeconds(-1)).build());
        assertMessage("dailyDischargeBudgetKwh", () -> V2xSettings.builder().dailyDischargeBudgetKwh(-1).build());
        assertMessage("shedding order", () -> V2xSettings.builder()
                .loadShedding(List.of(LoadShedRule.belowKwh("a", 1), LoadShedRule.belowKwh("b", 5))).build());
        assertMessage("twice", () -> V2xSettings.builder()
                .loadShedding(List.of(LoadShedRule.belowKwh("a", 1), LoadShedRule.belowKwh("a", 1))).build());
    }

    @Test
    void invalidMeasurementsAreRejected() {
        assertMessage("gridPowerW", () -> Measurement.at(T0).grid(Double.NaN).build());
        assertMessage("chargerPowerW", () -> Measurement.at(T0).charger(Double.POSITIVE_INFINITY).build());
        assertMessage("socPct", () -> Measurement.at(T0).car(100.5, 60.0).build());
        assertMessage("socPct", () -> Measurement.at(T0).car(-1.0, 60.0).build());
        assertMessage("capacityKwh", () -> Measurement.at(T0).car(50.0, -60.0).build());
        assertMessage("capacityKwh", () -> Measurement.at(T0).car(50.0, 0.0).build());
        assertMessage("pvPowerW", () -> Measurement.at(T0).pv(-5.0).build());
        assertMessage("homeLoadW", () -> Measurement.at(T0).homeLoad(Double.NaN).build());
        assertTrue(Measurement.at(T0).car(null, 60.0).build().carPresent());
    }

    @Test
    void modesParseFromTheirIds() {
        assertEquals(ControlMode.SOLAR_V2H, ControlMode.fromId("solar-v2h"));
        assertEquals(ControlMode.BACKUP_ONLY, ControlMode.fromId(" BACKUP_ONLY "));
        assertMessage("Unknown V2X mode", () -> ControlMode.fromId("turbo"));
    }

    @Test
    void timeWindowsWrapOverMidnight() {
        TimeWindow evening = TimeWindow.parse("16:00-23:00");
        assertTrue(evening.contains(LocalTime.of(16, 0).toSecondOfDay()));
        assertFalse(evening.contains(LocalTime.of(23, 0).toSecondOfDay()));
        TimeWindow night = new TimeWindow(LocalTime.of(22, 0), LocalTime.of(6, 0));
        assertTrue(night.contains(LocalTime.of(23, 30).toSecondOfDay()));
        assertTrue(night.contains(LocalTime.of(5, 59).toSecondOfDay()));
        assertFalse(night.contains(LocalTime.of(12, 0).toSecondOfDay()));
        assertTrue(TimeWindow.ALWAYS.contains(0));
        assertMessage("16:00-23:00", () -> TimeWindow.parse("evening"));
    }

    @Test
    void plannerArithmetic() {
        V2xSettings s = V2xSettings.defaults();
        // 10 % of 60 kWh = 6 kWh at 7400 W x 0.92
        assertEquals(6000 / (7400 * 0.92) * 3600, DeparturePlanner.chargeSeconds(40, 50, 60, s), 1e-9);
        assertEquals(80, DeparturePlanner.expectedSocAtDeparture(50, 60, 0, 86_400, s));
        assertEquals(90, DeparturePlanner.expectedSocAtDeparture(90, 60, 0, 10, s));
        // last step: 1 % of 60 kWh (652 Wh AC) within one hour is below the minimum: minimum power
        assertEquals(1400, DeparturePlanner.forcedChargeW(79, 60, 0, 86_400, 3600, s));
        assertEquals(7400, DeparturePlanner.forcedChargeW(50, 60, 0, 86_400, 3600, s));
        assertEquals(0, DeparturePlanner.dischargeAllowanceW(1000, 900, 200, s));
        assertTrue(DeparturePlanner.dischargeAllowanceW(10_000, 900, 200, s) > 0);
    }

    @Test
    void meterIntegratesDischargeAndStartsOverAtLocalMidnight() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        DischargeEnergyMeter meter = new DischargeEnergyMeter();
        Instant t = Instant.parse("2026-01-10T22:00:00Z"); // 23:00 local
        meter.record(t, TimeMath.seconds(t), -2000, zone);
        meter.record(t.plusSeconds(1800), TimeMath.seconds(t) + 1800, -2000, zone);
        assertEquals(1000, meter.todayWh(), 1e-9);
        meter.record(t.plusSeconds(1800), TimeMath.seconds(t) + 1800, 3000, zone);
        assertEquals(1000, meter.todayWh(), 1e-9, "charging adds nothing");
        // 23:30 -> 00:30 local: the day restarts, only the half hour after midnight counts (trapezoid 0..2000 W)
        Instant after = t.plusSeconds(5400);
        meter.record(after, TimeMath.seconds(after), -2000, zone);
        assertEquals(500, meter.todayWh(), 1e-9);
    }

    @Test
    void shedderShedsInOrderAndRestoresWithHysteresis() {
        V2xSettings s = V2xSettings.builder().shedRestoreHysteresisKwh(1)
                .loadShedding(List.of(LoadShedRule.belowKwh("a", 10), LoadShedRule.belowKwh("b", 5),
                        new LoadShedRule("c", 0, Duration.ofHours(1))))
                .build();
        LoadShedder shedder = new LoadShedder();
        shedder.update(12.0, Double.NaN, s);
        assertEquals(List.of(), shedder.toShed());
        shedder.update(4.0, Double.NaN, s);
        assertEquals(List.of("a", "b"), shedder.toShed());
        shedder.update(3.0, 1800, s);
        assertEquals(List.of("c"), shedder.toShed());
        // energy rises (PV): c has a time criterion and stays shed until the grid returns
        shedder.update(20.0, Double.NaN, s);
        assertEquals(List.of(), shedder.toRestore());
        shedder.restoreAll();
        assertEquals(List.of("c", "b", "a"), shedder.toRestore());
        // without a time criterion: restore only above threshold + hysteresis
        LoadShedder second = new LoadShedder();
        V2xSettings simple = s.toBuilder().loadShedding(List.of(LoadShedRule.belowKwh("a", 10))).build();
        second.update(9.0, Double.NaN, simple);
        second.update(10.5, Double.NaN, simple);
        assertEquals(List.of(), second.toRestore());
        second.update(11.0, Double.NaN, simple);
        assertEquals(List.of("a"), second.toRestore());
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable executable) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        String message = e.getMessage();
        assertNotNull(message);
        assertTrue(message.contains(part), message);
    }
}
