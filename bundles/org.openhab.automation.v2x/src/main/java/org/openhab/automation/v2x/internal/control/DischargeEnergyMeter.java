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

import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Integrates the measured discharge power between calls (trapezoid of the previous and the present measurement) into
 * the energy discharged today, and starts over at local midnight.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class DischargeEnergyMeter {

    private double lastS = Double.NaN;
    private double lastDischargeW;
    private double nextMidnightS = Double.NaN;
    private double todayWh;

    /** Adds the energy since the previous call; {@code nowS} must not be before the previous call. */
    void record(Instant now, double nowS, double chargerPowerW, ZoneId zone) {
        double dischargeW = Math.max(0, -chargerPowerW);
        if (Double.isNaN(lastS)) {
            nextMidnightS = TimeMath.nextMidnight(now, zone);
        } else {
            double fromS = lastS;
            if (nowS >= nextMidnightS) {
                // count only the part of this interval that belongs to the new day
                fromS = Math.max(fromS, nextMidnightS);
                todayWh = 0;
                nextMidnightS = TimeMath.nextMidnight(now, zone);
            }
            todayWh += (lastDischargeW + dischargeW) / 2 * (nowS - fromS) / TimeMath.SECONDS_PER_HOUR;
        }
        lastS = nowS;
        lastDischargeW = dischargeW;
    }

    /** Starts integrating afresh from this call, keeping today's energy (after the clock jumped back). */
    void restart(Instant now, double nowS, double chargerPowerW, ZoneId zone) {
        lastS = nowS;
        lastDischargeW = Math.max(0, -chargerPowerW);
        nextMidnightS = TimeMath.nextMidnight(now, zone);
    }

    double todayWh() {
        return todayWh;
    }
}
