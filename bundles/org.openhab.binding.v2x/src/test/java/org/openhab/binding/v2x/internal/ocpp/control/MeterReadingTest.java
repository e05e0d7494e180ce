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
package org.openhab.binding.v2x.internal.ocpp.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.MeterValue;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.SampledValue;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.UnitOfMeasure;

/**
 * Meter values of both protocol generations in W, Wh and %.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class MeterReadingTest {

    @Test
    void readsV16StringsInKilowattsAndSkipsPhases() {
        MeterReading reading = MeterReading.fromV16(List.of(v16(sample16("SoC", "61.5", "Percent", null),
                sample16("Power.Active.Export", "3.2", "kW", null), sample16("Power.Active.Export", "1.1", "kW", "L1"),
                sample16("Energy.Active.Import.Register", "12.5", "kWh", null),
                sample16(null, "999", "Wh", "L2"), sample16("Power.Offered", "7400", "W", null))));
        assertEquals(61.5, reading.socPct());
        assertEquals(3200.0, reading.exportPowerW());
        assertNull(reading.importPowerW());
        assertEquals(-3200.0, reading.activePowerW());
        assertEquals(12500.0, reading.importEnergyWh());
        assertNull(reading.exportEnergyWh());
    }

    @Test
    void unreadableV16ValuesAreIgnored() {
        MeterReading reading = MeterReading.fromV16(List.of(v16(sample16("SoC", "n/a", "Percent", null),
                sample16("SoC", "140", "Percent", null), sample16("Power.Active.Import", "5", "VA", null))));
        assertTrue(reading.isEmpty());
        assertTrue(MeterReading.fromV16(null).isEmpty());
    }

    @Test
    void defaultMeasurandIsTheImportRegister() {
        MeterReading reading = MeterReading.fromV16(List.of(v16(sample16(null, "1500", null, null))));
        assertEquals(1500.0, reading.importEnergyWh());
    }

    @Test
    void readsV2NumbersWithMultiplierAndDisplayValues() {
        var meterValue = new org.openhab.binding.v2x.internal.ocpp.dto.v2.MeterValue();
        meterValue.timestamp = "2026-06-01T12:00:00Z";
        meterValue.sampledValue = List.of(sample2("Power.Active.Import", 7.4, "kW", null),
                sample2("Power.Active.Export", 0, "W", null), sample2("Energy.Active.Export.Register", 12, "Wh", 3),
                sample2("Display.PresentSOC", 44, "Percent", null),
                sample2("Display.BatteryEnergyCapacity", 60000, "Wh", null),
                sample2("Display.TargetSOC", 80, "Percent", null), sample2("Power.Active.Setpoint", -3000, "W", null));
        MeterReading reading = MeterReading.fromV2(List.of(meterValue));
        assertEquals(7400.0, reading.importPowerW());
        assertEquals(7400.0, reading.activePowerW());
        assertEquals(12000.0, reading.exportEnergyWh());
        assertEquals(44.0, reading.socPct());
        assertEquals(60000.0, reading.capacityWh());
        assertEquals(80.0, reading.targetSocPct());
        assertEquals(-3000.0, reading.setpointW());
    }

    private static MeterValue v16(SampledValue... samples) {
        MeterValue value = new MeterValue();
        value.timestamp = "2026-06-01T12:00:00Z";
        value.sampledValue = List.of(samples);
        return value;
    }

    private static SampledValue sample16(@Nullable String measurand, String value, @Nullable String unit,
            @Nullable String phase) {
        SampledValue sample = new SampledValue();
        sample.measurand = measurand;
        sample.value = value;
        sample.unit = unit;
        sample.phase = phase;
        return sample;
    }

    private static org.openhab.binding.v2x.internal.ocpp.dto.v2.SampledValue sample2(String measurand, double value,
            String unit, @Nullable Integer multiplier) {
        var sample = new org.openhab.binding.v2x.internal.ocpp.dto.v2.SampledValue();
        sample.measurand = measurand;
        sample.value = value;
        UnitOfMeasure unitOfMeasure = new UnitOfMeasure();
        unitOfMeasure.unit = unit;
        unitOfMeasure.multiplier = multiplier;
        sample.unitOfMeasure = unitOfMeasure;
        return sample;
    }
}
