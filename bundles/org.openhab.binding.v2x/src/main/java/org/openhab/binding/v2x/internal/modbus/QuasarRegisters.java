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
package org.openhab.binding.v2x.internal.modbus;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.OperatingState;

/**
 * The Modbus register map of the Wallbox Quasar 1 (holding registers, unit 1) and the conversions between its
 * 16-bit words and signed values.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class QuasarRegisters {

    /** 0 = user/app, 1 = remote (Modbus); must be 1 before any control write. */
    public static final int CONTROL_OWNER = 81;
    /** 1 = start charging automatically when a car connects. */
    public static final int AUTO_START = 82;
    /** 0 = current setpoint (A), 1 = power setpoint (W). */
    public static final int SETPOINT_TYPE = 83;
    /** Seconds without Modbus traffic after which the charger drops remote control. */
    public static final int IDLE_TIMEOUT = 88;
    /** 1 = start (dis)charging, 2 = stop. */
    public static final int ACTION = 257;
    /** Signed power setpoint in W; negative discharges. */
    public static final int POWER_SETPOINT = 260;
    /** Signed actual power in W. */
    public static final int ACTUAL_POWER = 526;
    /** First of the status block: state (537), SoC (538), error registers (539-542). */
    public static final int STATUS_BLOCK = 537;
    public static final int STATUS_BLOCK_LENGTH = 6;

    public static final int OWNER_USER = 0;
    public static final int OWNER_REMOTE = 1;
    public static final int ACTION_START = 1;
    public static final int ACTION_STOP = 2;
    public static final int SETPOINT_TYPE_POWER = 1;

    public static final int STATE_NO_CAR = 0;
    public static final int STATE_CHARGING = 1;
    public static final int STATE_ERROR = 7;
    public static final int STATE_NO_CAR_LOCKED = 6;
    public static final int STATE_DISCHARGING = 11;

    /** The charger's power range (W), both directions. */
    public static final int MAX_POWER_W = 7400;

    private QuasarRegisters() {
    }

    /** A register word (0..65535) read as a 16-bit two's-complement value. */
    public static int signed(int word) {
        if (word < 0 || word > 0xFFFF) {
            throw new IllegalArgumentException("not a 16-bit register word: " + word);
        }
        return (short) word;
    }

    /** A signed value as the register word that carries it; values outside 16 bits are refused. */
    public static int word(int signedValue) {
        if (signedValue < Short.MIN_VALUE || signedValue > Short.MAX_VALUE) {
            throw new IllegalArgumentException("does not fit a signed 16-bit register: " + signedValue);
        }
        return signedValue & 0xFFFF;
    }

    /** A power setpoint in W as the word for register 260, clamped to the charger's range first. */
    public static int powerSetpointWord(double watts) {
        if (!Double.isFinite(watts)) {
            return 0;
        }
        long rounded = Math.round(Math.max(-MAX_POWER_W, Math.min(MAX_POWER_W, watts)));
        return word((int) rounded);
    }

    /** The common operating state of a Quasar state code, or null for a code this map does not know. */
    public static @Nullable OperatingState operatingState(int stateCode) {
        return switch (stateCode) {
            case STATE_CHARGING -> OperatingState.CHARGING;
            case STATE_DISCHARGING -> OperatingState.DISCHARGING;
            case STATE_ERROR -> OperatingState.FAULT;
            case 0, 2, 3, 4, 5, 6, 8, 9, 10 -> OperatingState.IDLE;
            default -> null;
        };
    }

    /** Whether a car is plugged in according to the state code. */
    public static boolean carConnected(int stateCode) {
        return stateCode != STATE_NO_CAR && stateCode != STATE_NO_CAR_LOCKED;
    }

    /** The charger reads the car's SoC only while energy flows; at other times register 538 reads 0. */
    public static boolean socValid(int stateCode) {
        return stateCode == STATE_CHARGING || stateCode == STATE_DISCHARGING;
    }
}
