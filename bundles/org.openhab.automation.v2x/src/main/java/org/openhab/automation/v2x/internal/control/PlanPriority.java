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
 * What the user puts first when the car's energy could serve both: driving, the home, or a grid outage.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public enum PlanPriority {
    /** The energy for the departure target is never given to the home while the grid is present. */
    MOBILITY_FIRST("mobility"),
    /** The planner weighs prices, the departure and the outage readiness it is asked for. */
    BALANCED("balanced"),
    /** The car always holds the backup energy (critical load for the backup hours) above the reserve. */
    BACKUP_FIRST("backup");

    private final String id;

    PlanPriority(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * Parses {@code mobility}, {@code balanced} or {@code backup} (case-insensitive; {@code mobility-first} and
     * {@code backup-first} too).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static PlanPriority fromId(String id) {
        String normalized = id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (normalized.endsWith("-first")) {
            normalized = normalized.substring(0, normalized.length() - "-first".length());
        }
        for (PlanPriority priority : values()) {
            if (priority.id.equals(normalized)) {
                return priority;
            }
        }
        throw new IllegalArgumentException("Unknown priority '" + id + "'; use mobility, balanced or backup");
    }
}
