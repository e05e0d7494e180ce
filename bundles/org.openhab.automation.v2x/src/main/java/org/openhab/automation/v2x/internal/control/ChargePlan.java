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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A plan for the car over the next hours, slot by slot: what the planner expects (power, SoC) and what the fast loop
 * follows in each slot:
 * <ul>
 * <li>{@link #gridChargeW(int)}: charge at least this much, from the grid if the surplus does not cover it (0 = no
 * planned grid charge);</li>
 * <li>{@link #solarStartW(int)}: start solar charging once the PV surplus reaches this (the rest of the minimum
 * power then comes from the grid); infinite = do not store PV surplus in this slot;</li>
 * <li>{@link #v2hFloorPct(int)}: cover the home's import from the car down to this SoC (100 = no V2H in this
 * slot).</li>
 * </ul>
 * Immutable.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ChargePlan {

    private final double startS;
    private final int slotS;
    private final double[] plannedW;
    private final double[] socAfterPct;
    private final double[] gridChargeW;
    private final double[] solarStartW;
    private final double[] v2hFloorPct;
    private final double expectedCost;

    ChargePlan(double startS, int slotS, double[] plannedW, double[] socAfterPct, double[] gridChargeW,
            double[] solarStartW, double[] v2hFloorPct, double expectedCost) {
        this.startS = startS;
        this.slotS = slotS;
        this.plannedW = plannedW;
        this.socAfterPct = socAfterPct;
        this.gridChargeW = gridChargeW;
        this.solarStartW = solarStartW;
        this.v2hFloorPct = v2hFloorPct;
        this.expectedCost = expectedCost;
    }

    public int slots() {
        return plannedW.length;
    }

    public Instant start() {
        return TimeMath.instant(startS);
    }

    public Instant slotStart(int slot) {
        return TimeMath.instant(startS + (double) slot * slotS);
    }

    /** The slot that contains this time, or -1 outside the plan. */
    public int slotAt(double epochS) {
        double offset = epochS - startS;
        if (offset < 0) {
            return -1;
        }
        long slot = (long) Math.floor(offset / slotS);
        return slot < plannedW.length ? (int) slot : -1;
    }

    public int slotAt(Instant now) {
        return slotAt(TimeMath.seconds(now));
    }

    /** Planned car power in the slot (W, &gt; 0 charges). */
    public double plannedW(int slot) {
        return plannedW[slot];
    }

    /** Planned SoC at the end of the slot (%). */
    public double socAfterPct(int slot) {
        return socAfterPct[slot];
    }

    public double gridChargeW(int slot) {
        return gridChargeW[slot];
    }

    public double solarStartW(int slot) {
        return solarStartW[slot];
    }

    public double v2hFloorPct(int slot) {
        return v2hFloorPct[slot];
    }

    /** Grid cost (and wear cost) the plan expects over its horizon, with the value of the energy left at its end. */
    public double expectedCost() {
        return expectedCost;
    }
}
