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

import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What one MeterValues or TransactionEvent message tells about the charger and the car, in W, Wh and %. Fields the
 * message did not carry are null. Phase values are ignored: only totals are read.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class MeterReading {

    private @Nullable Double socPct;
    private @Nullable Double importPowerW;
    private @Nullable Double exportPowerW;
    private @Nullable Double importEnergyWh;
    private @Nullable Double exportEnergyWh;
    private @Nullable Double setpointW;
    private @Nullable Double capacityWh;
    private @Nullable Double targetSocPct;

    /** Reads 1.6 meter values (values are strings). */
    public static MeterReading fromV16(@Nullable List<org.openhab.binding.v2x.internal.ocpp.dto.v16.MeterValue> values) {
        MeterReading reading = new MeterReading();
        if (values != null) {
            for (var meterValue : values) {
                if (meterValue == null || meterValue.sampledValue == null) {
                    continue;
                }
                for (var sample : meterValue.sampledValue) {
                    if (sample == null || sample.value == null || sample.phase != null) {
                        continue;
                    }
                    try {
                        double value = Double.parseDouble(sample.value.trim());
                        reading.add(sample.measurand, value, sample.unit, 0);
                    } catch (NumberFormatException e) {
                        // a vendor's non-numeric value: nothing to read
                    }
                }
            }
        }
        return reading;
    }

    /** Reads 2.0.1/2.1 meter values (numbers with a unit of measure and a power-of-ten multiplier). */
    public static MeterReading fromV2(@Nullable List<org.openhab.binding.v2x.internal.ocpp.dto.v2.MeterValue> values) {
        MeterReading reading = new MeterReading();
        if (values != null) {
            for (var meterValue : values) {
                if (meterValue == null || meterValue.sampledValue == null) {
                    continue;
                }
                for (var sample : meterValue.sampledValue) {
                    if (sample == null || sample.value == null || sample.phase != null) {
                        continue;
                    }
                    var unit = sample.unitOfMeasure;
                    int multiplier = unit == null || unit.multiplier == null ? 0 : unit.multiplier;
                    reading.add(sample.measurand, sample.value, unit == null ? null : unit.unit, multiplier);
                }
            }
        }
        return reading;
    }

    private void add(@Nullable String measurand, double rawValue, @Nullable String unit, int multiplier) {
        if (!Double.isFinite(rawValue) || multiplier < -9 || multiplier > 9) {
            return;
        }
        double value = rawValue * Math.pow(10, multiplier);
        // the measurand defaults to Energy.Active.Import.Register in every version
        String name = measurand == null ? "Energy.Active.Import.Register" : measurand;
        switch (name) {
            case "SoC", "Display.PresentSOC" -> socPct = percent(value);
            case "Power.Active.Import" -> importPowerW = watts(value, unit);
            case "Power.Active.Export" -> exportPowerW = watts(value, unit);
            case "Power.Active.Setpoint" -> setpointW = watts(value, unit);
            case "Energy.Active.Import.Register" -> importEnergyWh = wattHours(value, unit);
            case "Energy.Active.Export.Register" -> exportEnergyWh = wattHours(value, unit);
            case "Display.BatteryEnergyCapacity" -> capacityWh = wattHours(value, unit);
            case "Display.TargetSOC" -> targetSocPct = percent(value);
            default -> {
                // other measurands are not shown
            }
        }
    }

    private static @Nullable Double percent(double value) {
        return value >= 0 && value <= 100 ? value : null;
    }

    private static @Nullable Double watts(double value, @Nullable String unit) {
        String u = (unit == null ? "W" : unit).toLowerCase(Locale.ROOT);
        return switch (u) {
            case "w" -> value;
            case "kw" -> value * 1000;
            default -> null;
        };
    }

    private static @Nullable Double wattHours(double value, @Nullable String unit) {
        String u = (unit == null ? "Wh" : unit).toLowerCase(Locale.ROOT);
        return switch (u) {
            case "wh" -> value;
            case "kwh" -> value * 1000;
            default -> null;
        };
    }

    public @Nullable Double socPct() {
        return socPct;
    }

    public @Nullable Double importPowerW() {
        return importPowerW;
    }

    public @Nullable Double exportPowerW() {
        return exportPowerW;
    }

    /** Power into the car, negative while it discharges; null if neither direction was measured. */
    public @Nullable Double activePowerW() {
        Double in = importPowerW;
        Double out = exportPowerW;
        if (in == null && out == null) {
            return null;
        }
        return (in == null ? 0 : in) - (out == null ? 0 : out);
    }

    public @Nullable Double importEnergyWh() {
        return importEnergyWh;
    }

    public @Nullable Double exportEnergyWh() {
        return exportEnergyWh;
    }

    public @Nullable Double setpointW() {
        return setpointW;
    }

    public @Nullable Double capacityWh() {
        return capacityWh;
    }

    public @Nullable Double targetSocPct() {
        return targetSocPct;
    }

    public boolean isEmpty() {
        return socPct == null && importPowerW == null && exportPowerW == null && importEnergyWh == null
                && exportEnergyWh == null && setpointW == null && capacityWh == null && targetSocPct == null;
    }
}
