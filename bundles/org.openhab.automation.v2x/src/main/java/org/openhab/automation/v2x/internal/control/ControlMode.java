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

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The operating mode a user selects for a car on a bidirectional charger.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public enum ControlMode {
    /** Setpoint 0, nothing else (no outage backup, no departure guarantee). */
    OFF("off"),
    /** Charge from PV surplus only; never discharge outside an outage. */
    SOLAR("solar"),
    /** Charge from PV surplus and discharge to cover the household import (V2H). */
    SOLAR_V2H("solar-v2h"),
    /** Charge at maximum power now, up to the target SoC. */
    FAST("fast"),
    /** No solar follow: only outage backup, the driving reserve and the departure guarantee. */
    BACKUP_ONLY("backup-only");

    private final String id;

    ControlMode(String id) {
        this.id = id;
    }

    /** The configuration id, e.g. {@code solar-v2h}. */
    public String id() {
        return id;
    }

    /**
     * Parses a configuration id (case-insensitive, {@code _} accepted for {@code -}).
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static ControlMode fromId(String id) {
        String normalized = id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ControlMode mode : values()) {
            if (mode.id.equals(normalized)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown V2X mode '" + id
                + "', expected one of off, solar, solar-v2h, fast, backup-only");
    }

    /** Whether this mode may discharge the car into the home outside an outage. */
    boolean allowsV2h() {
        return this == SOLAR_V2H;
    }
}
