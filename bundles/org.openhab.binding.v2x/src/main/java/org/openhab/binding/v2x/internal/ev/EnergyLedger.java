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
package org.openhab.binding.v2x.internal.ev;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Counts the energy a car took and gave, from successive power readings (left Riemann sum). A gap longer than
 * {@link #MAX_GAP} between readings is not integrated: after a disconnect the last power is no longer known.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class EnergyLedger {

    static final Duration MAX_GAP = Duration.ofMinutes(5);

    /** Asked at every reading, so a change of openHAB's time zone applies from the next day boundary on. */
    private final Supplier<ZoneId> zone;
    private double chargedTotalWh;
    private double dischargedTotalWh;
    private double dischargedTodayWh;
    private @Nullable LocalDate today;
    private @Nullable Instant lastAt;
    private double lastPowerW;

    public EnergyLedger(Supplier<ZoneId> zone, double chargedTotalWh, double dischargedTotalWh) {
        this.zone = zone;
        this.chargedTotalWh = chargedTotalWh;
        this.dischargedTotalWh = dischargedTotalWh;
    }

    /** Records a signed power reading (above zero = charging) taken at {@code at}. */
    public synchronized void record(double powerW, Instant at) {
        if (!Double.isFinite(powerW)) {
            return;
        }
        Instant previous = lastAt;
        if (previous != null && at.isAfter(previous)) {
            Duration gap = Duration.between(previous, at);
            if (gap.compareTo(MAX_GAP) <= 0) {
                double wh = lastPowerW * gap.toMillis() / 3_600_000.0;
                if (wh > 0) {
                    chargedTotalWh += wh;
                } else {
                    dischargedTotalWh -= wh;
                    dischargedTodayWh -= wh;
                }
            }
        }
        if (previous == null || !at.isBefore(previous)) {
            LocalDate day = at.atZone(zone.get()).toLocalDate();
            if (!day.equals(today)) {
                today = day;
                dischargedTodayWh = 0;
            }
            lastAt = at;
            lastPowerW = powerW;
        }
    }

    public synchronized double chargedTotalWh() {
        return chargedTotalWh;
    }

    public synchronized double dischargedTotalWh() {
        return dischargedTotalWh;
    }

    public synchronized double dischargedTodayWh() {
        return dischargedTodayWh;
    }

    /** (charged + discharged) / (2 × capacity): the wear measure battery makers quote. */
    public synchronized double equivalentFullCycles(double capacityKwh) {
        return (chargedTotalWh + dischargedTotalWh) / (2 * capacityKwh * 1000);
    }
}
