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
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A forecast from the past only: the mean of the same local time slot over the last {@code days} days (e.g. 7 days
 * for the home's load, 3 days for PV). A slot never seen falls back to the mean of all values kept, and to 0 when
 * nothing has been recorded yet.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class SameSlotForecast {

    private final int slotS;
    private final int slotsPerDay;
    private final int days;
    private final ZoneId zone;
    private final double[] sums;
    private final int[] counts;
    /** Local slot number held at each ring position, or Long.MIN_VALUE. */
    private final long[] held;
    private final double[] values;

    /**
     * @param slotSeconds slot length, a divisor of a day
     * @param days how many past days are averaged
     */
    public SameSlotForecast(int slotSeconds, int days, ZoneId zone) {
        if (slotSeconds < 60 || 86_400 % slotSeconds != 0) {
            throw new IllegalArgumentException("slot must divide a day and be at least 60 s: " + slotSeconds);
        }
        if (days < 1 || days > 60) {
            throw new IllegalArgumentException("days must be within 1..60: " + days);
        }
        this.slotS = slotSeconds;
        this.slotsPerDay = 86_400 / slotSeconds;
        this.days = days;
        this.zone = zone;
        sums = new double[slotsPerDay];
        counts = new int[slotsPerDay];
        held = new long[slotsPerDay * days];
        values = new double[slotsPerDay * days];
        Arrays.fill(held, Long.MIN_VALUE);
    }

    /** Records the value measured in the slot containing {@code time}; a later value for the same slot replaces it. */
    public void record(Instant time, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        long slot = localSlot(time);
        int ring = (int) Math.floorMod(slot, (long) held.length);
        int ofDay = (int) Math.floorMod(slot, (long) slotsPerDay);
        if (held[ring] != Long.MIN_VALUE) {
            sums[ofDay] -= values[ring];
            counts[ofDay]--;
        }
        held[ring] = slot;
        values[ring] = value;
        sums[ofDay] += value;
        counts[ofDay]++;
    }

    /** The forecast for the slot containing {@code time}: the same slot's mean over the days kept. */
    public double forecast(Instant time) {
        int ofDay = (int) Math.floorMod(localSlot(time), (long) slotsPerDay);
        if (counts[ofDay] > 0) {
            return sums[ofDay] / counts[ofDay];
        }
        double sum = 0;
        int count = 0;
        for (int i = 0; i < slotsPerDay; i++) {
            sum += sums[i];
            count += counts[i];
        }
        return count == 0 ? 0 : sum / count;
    }

    /** Forecasts for {@code n} slots from {@code start}, one slot apart. */
    public double[] forecast(Instant start, int n) {
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = forecast(start.plusSeconds((long) i * slotS));
        }
        return result;
    }

    public int days() {
        return days;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether nothing has been recorded yet. */
    public boolean isEmpty() {
        for (int count : counts) {
            if (count > 0) {
                return false;
            }
        }
        return true;
    }

    private long localSlot(Instant time) {
        long local = time.getEpochSecond() + zone.getRules().getOffset(time).getTotalSeconds();
        return Math.floorDiv(local, (long) slotS);
    }
}
