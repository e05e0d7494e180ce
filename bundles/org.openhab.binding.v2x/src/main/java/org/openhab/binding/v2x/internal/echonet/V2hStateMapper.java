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
package org.openhab.binding.v2x.internal.echonet;

import static org.openhab.binding.v2x.internal.echonet.V2hProperties.*;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.charger.ChargerState;
import org.openhab.binding.v2x.internal.charger.OperatingState;

/**
 * Turns the last known 0x027E property values into the protocol-neutral {@link ChargerState}. D3 is taken as
 * positive while charging (the sign is not stated in the appendix; {@link V2hSignCheck} watches it).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class V2hStateMapper {

    private static final double IDLE_THRESHOLD_W = 50;

    private V2hStateMapper() {
    }

    public static ChargerState map(Map<Integer, EchonetProperty> values, @Nullable String lastError) {
        ChargerState.Builder state = new ChargerState.Builder();
        Integer connection = uint8(values, VEHICLE_CONNECTION);
        // units before release J lack C7; they are taken as connected while they answer
        state.connected(connection == null || (connection >= 0x40 && connection <= 0x43));
        Integer power = int32(values, POWER);
        state.activePowerW(power == null ? null : power.doubleValue());
        state.importEnergyWh(uint32(values, CHARGE_ENERGY));
        state.exportEnergyWh(uint32(values, DISCHARGE_ENERGY));
        state.socPct(soc(values));
        state.capacityWh(uint32(values, DISCHARGEABLE_CAPACITY));
        state.minChargeW(range(values, CHARGE_RANGE, 0));
        state.maxChargeW(orElse(range(values, CHARGE_RANGE, 4), uint32(values, RATED_CHARGE)));
        state.minDischargeW(range(values, DISCHARGE_RANGE, 0));
        state.maxDischargeW(orElse(range(values, DISCHARGE_RANGE, 4), uint32(values, RATED_DISCHARGE)));
        Integer mode = uint8(values, MODE);
        state.mode(mode == null ? null : mode(mode));
        state.setpointW(setpoint(values, mode));
        state.operatingState(operatingState(values, power));
        state.lastError(lastError);
        return state.build();
    }

    /** The common mode a DA value stands for, or null for modes the common channel does not have. */
    public static @Nullable ChargerMode mode(int da) {
        return switch (da) {
            case MODE_CHARGE -> ChargerMode.CHARGE_ONLY;
            case MODE_DISCHARGE -> ChargerMode.V2X;
            case MODE_STANDBY, MODE_IDLE -> ChargerMode.IDLE;
            case MODE_AUTOMATIC -> ChargerMode.BACKUP;
            default -> null;
        };
    }

    private static @Nullable OperatingState operatingState(Map<Integer, EchonetProperty> values,
            @Nullable Integer power) {
        Integer fault = uint8(values, FAULT_STATUS);
        if (fault != null && fault == FAULT) {
            return OperatingState.FAULT;
        }
        Integer status = uint8(values, OPERATION_STATUS);
        if (status != null && status == STATUS_OFF) {
            return OperatingState.IDLE;
        }
        if (power == null) {
            return null;
        }
        Integer grid = uint8(values, GRID);
        if (grid != null && grid == GRID_INDEPENDENT && power < -IDLE_THRESHOLD_W) {
            return OperatingState.BACKUP;
        }
        return OperatingState.fromPower(power, IDLE_THRESHOLD_W);
    }

    private static @Nullable Double soc(Map<Integer, EchonetProperty> values) {
        Integer soc = uint8(values, SOC);
        if (soc != null && soc <= 100) {
            return soc.doubleValue();
        }
        Double stored = uint32(values, STORED_ENERGY);
        Double capacity = uint32(values, DISCHARGEABLE_CAPACITY);
        if (stored != null && capacity != null && capacity > 0) {
            return Math.min(100, stored / capacity * 100);
        }
        Integer remaining = uint8(values, REMAINING_DISCHARGEABLE_PCT);
        return remaining != null && remaining <= 100 ? remaining.doubleValue() : null;
    }

    private static @Nullable Double setpoint(Map<Integer, EchonetProperty> values, @Nullable Integer mode) {
        if (mode == null) {
            return null;
        }
        if (mode == MODE_STANDBY || mode == MODE_IDLE) {
            return 0.0;
        }
        Integer signed = int32(values, SIGNED_POWER_SETTING);
        if (signed != null) {
            return signed.doubleValue();
        }
        if (mode == MODE_CHARGE) {
            return uint32(values, CHARGE_POWER_SETTING);
        }
        Double discharge = mode == MODE_DISCHARGE ? uint32(values, DISCHARGE_POWER_SETTING) : null;
        return discharge == null ? null : -discharge;
    }

    static @Nullable Integer uint8(Map<Integer, EchonetProperty> values, int epc) {
        EchonetProperty property = values.get(epc);
        return property == null ? null : property.uint8();
    }

    static @Nullable Integer int32(Map<Integer, EchonetProperty> values, int epc) {
        EchonetProperty property = values.get(epc);
        return property == null ? null : property.int32();
    }

    static @Nullable Double uint32(Map<Integer, EchonetProperty> values, int epc) {
        EchonetProperty property = values.get(epc);
        Long value = property == null ? null : property.uint32();
        return value == null ? null : value.doubleValue();
    }

    private static @Nullable Double range(Map<Integer, EchonetProperty> values, int epc, int offset) {
        EchonetProperty property = values.get(epc);
        Long value = property == null || property.pdc() != 8 ? null : property.uint32(offset);
        return value == null ? null : value.doubleValue();
    }

    private static @Nullable Double orElse(@Nullable Double value, @Nullable Double fallback) {
        return value != null ? value : fallback;
    }
}
