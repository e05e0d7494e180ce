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
package org.openhab.binding.v2x.internal.charger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What a bidirectional charger is doing, independent of its protocol.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public enum OperatingState {
    IDLE("idle"),
    CHARGING("charging"),
    DISCHARGING("discharging"),
    BACKUP("backup"),
    FAULT("fault");

    private final String channelValue;

    OperatingState(String channelValue) {
        this.channelValue = channelValue;
    }

    /** The value shown on the {@code operating-state} channel. */
    public String channelValue() {
        return channelValue;
    }

    /** Derives the state from the measured power when the device reports nothing better. */
    public static OperatingState fromPower(double activePowerW, double idleThresholdW) {
        if (activePowerW > idleThresholdW) {
            return CHARGING;
        }
        if (activePowerW < -idleThresholdW) {
            return DISCHARGING;
        }
        return IDLE;
    }
}
