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
package org.openhab.v2x.bench.scenario;

import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A scenario in memory: one entry per fixed time step. Optional columns hold {@code NaN} where the file left them
 * out (defaults come from the parameters). Arrays are shared, not copied: treat them as read-only.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class Scenario {

    private final long[] startS;
    private final int stepS;
    private final double[] loadW;
    private final double[] pvW;
    private final boolean[] gridAvailable;
    private final boolean[] evPresent;
    private final double[] tripKwh;
    private final double[] priceImport;
    private final double[] priceExport;
    private final double[] criticalLoadW;
    private final ZoneOffset[] offsets;
    private final long[] departureS;

    /**
     * @param offsets the UTC offset of each timestamp as written (kept for writing the file back)
     * @throws IllegalArgumentException when the steps are not evenly spaced or the length is not 1..60 min
     */
    public Scenario(long[] startS, double[] loadW, double[] pvW, boolean[] gridAvailable, boolean[] evPresent,
            double[] tripKwh, double[] priceImport, double[] priceExport, double[] criticalLoadW,
            ZoneOffset[] offsets) {
        int n = startS.length;
        if (n == 0) {
            throw new IllegalArgumentException("a scenario needs at least one step");
        }
        if (loadW.length != n || pvW.length != n || gridAvailable.length != n || evPresent.length != n
                || tripKwh.length != n || priceImport.length != n || priceExport.length != n
                || criticalLoadW.length != n || offsets.length != n) {
            throw new IllegalArgumentException("scenario columns differ in length");
        }
        int step = n > 1 ? (int) (startS[1] - startS[0]) : 900;
        if (step < 60 || step > 3600 || step % 60 != 0) {
            throw new IllegalArgumentException("step must be 1..60 whole minutes, not " + step + " s");
        }
        for (int i = 1; i < n; i++) {
            if (startS[i] - startS[i - 1] != step) {
                throw new IllegalArgumentException("steps are not evenly spaced at step " + i);
            }
        }
        this.startS = startS;
        this.stepS = step;
        this.loadW = loadW;
        this.pvW = pvW;
        this.gridAvailable = gridAvailable;
        this.evPresent = evPresent;
        this.tripKwh = tripKwh;
        this.priceImport = priceImport;
        this.priceExport = priceExport;
        this.criticalLoadW = criticalLoadW;
        this.offsets = offsets;
        this.departureS = departures(startS, evPresent);
    }

    /** The departure of each present step: start of the next absent step, or -1 when the car stays to the end. */
    private static long[] departures(long[] startS, boolean[] present) {
        long[] result = new long[startS.length];
        long next = -1;
        for (int i = startS.length - 1; i >= 0; i--) {
            if (!present[i]) {
                next = startS[i];
                result[i] = -1;
            } else {
                result[i] = next;
            }
        }
        return result;
    }

    public int size() {
        return startS.length;
    }

    public int stepSeconds() {
        return stepS;
    }

    public double stepHours() {
        return stepS / 3600.0;
    }

    public long startS(int i) {
        return startS[i];
    }

    public Instant instant(int i) {
        return Instant.ofEpochSecond(startS[i]);
    }

    public ZoneOffset offset(int i) {
        return offsets[i];
    }

    public double loadW(int i) {
        return loadW[i];
    }

    public double pvW(int i) {
        return pvW[i];
    }

    public boolean gridAvailable(int i) {
        return gridAvailable[i];
    }

    public boolean evPresent(int i) {
        return evPresent[i];
    }

    public double tripKwh(int i) {
        return tripKwh[i];
    }

    /** Import price of the step, or the default when the file had none. */
    public double priceImport(int i, double fallback) {
        return Double.isNaN(priceImport[i]) ? fallback : priceImport[i];
    }

    public double priceExport(int i, double fallback) {
        return Double.isNaN(priceExport[i]) ? fallback : priceExport[i];
    }

    /** Load that must be served in an outage (all of it unless the file says otherwise). */
    public double criticalLoadW(int i) {
        return Double.isNaN(criticalLoadW[i]) ? loadW[i] : Math.min(loadW[i], criticalLoadW[i]);
    }

    public boolean hasPrices() {
        return !Double.isNaN(priceImport[0]);
    }

    public boolean hasCriticalLoad() {
        return !Double.isNaN(criticalLoadW[0]);
    }

    /** Epoch seconds of the next departure while the car is present, -1 when unknown (stays to the end). */
    public long departureS(int i) {
        return departureS[i];
    }

    /** True for the last present step before the car leaves. */
    public boolean isLastBeforeDeparture(int i) {
        return evPresent[i] && i + 1 < startS.length && !evPresent[i + 1];
    }
}
