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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One non-critical load to switch off during an outage, with the point at which it is shed.
 * <p>
 * The load is shed when the backup energy left above the discharge floor drops below {@code shedBelowKwh}, or when
 * the estimated time until the floor is reached drops below {@code shedBelowTime} ({@link Duration#ZERO} disables
 * the time criterion).
 *
 * @param name the load's name (e.g. an item name); the controller only passes it back
 * @param shedBelowKwh energy threshold in kWh, at least 0
 * @param shedBelowTime time-to-reserve threshold, not negative
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public record LoadShedRule(String name, double shedBelowKwh, Duration shedBelowTime) {

    public LoadShedRule {
        if (name.isBlank()) {
            throw new IllegalArgumentException("Load-shedding name must not be blank");
        }
        if (!(shedBelowKwh >= 0) || Double.isInfinite(shedBelowKwh)) {
            throw new IllegalArgumentException(
                    "Load-shedding threshold for '" + name + "' must be a finite kWh value >= 0: " + shedBelowKwh);
        }
        if (shedBelowTime.isNegative()) {
            throw new IllegalArgumentException("Load-shedding time for '" + name + "' must not be negative");
        }
    }

    /** A rule with only the energy criterion. */
    public static LoadShedRule belowKwh(String name, double kwh) {
        return new LoadShedRule(name, kwh, Duration.ZERO);
    }
}
