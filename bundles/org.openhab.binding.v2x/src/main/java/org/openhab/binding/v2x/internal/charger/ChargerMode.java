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

import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How a bidirectional charger is controlled; the values of the commandable {@code mode} channel.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public enum ChargerMode {
    /** The charger charges on its own (or up to a limit); no discharge. */
    CHARGE_ONLY("charge-only"),
    /** The charger follows the signed setpoint from openHAB (OCPP 2.1 CentralSetpoint). */
    V2X("v2x"),
    /** No power transfer. */
    IDLE("idle"),
    /** The charger powers the home from the car when the grid is down (where the device supports it). */
    BACKUP("backup");

    private final String channelValue;

    ChargerMode(String channelValue) {
        this.channelValue = channelValue;
    }

    public String channelValue() {
        return channelValue;
    }

    public static Optional<ChargerMode> fromChannelValue(String value) {
        for (ChargerMode mode : values()) {
            if (mode.channelValue.equalsIgnoreCase(value.trim())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
