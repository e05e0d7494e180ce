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

import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the dynamic program over the car's stored energy optimises: one entry per time step for the home (load, PV,
 * critical load), the grid (available, prices), the car (present, trip energy taken on return, departure after the
 * step, V2H allowed) and the rules of the charger and the battery.
 * <p>
 * The arrays and fields are public and mutable on purpose: a planner fills one problem per replan and the benchmark
 * one per scenario, and the solver reads them in a tight loop. Powers in W (AC side, car &gt; 0 charges), energy in
 * Wh stored in the battery, prices per kWh.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class PlanProblem {

    /** Largest energy step of the SoC grid (Wh). */
    public static final double MAX_ENERGY_STEP_WH = 250;

    public final int steps;
    public final double stepHours;
    public final double[] loadW;
    public final double[] pvW;
    /** Load that must be served during an outage (the rest is shed). */
    public final double[] criticalW;
    public final double[] priceImport;
    public final double[] priceExport;
    /** Energy a trip took, subtracted at the start of the step (the car's first step back home). */
    public final double[] tripWh;
    public final boolean[] present;
    public final boolean[] gridAvailable;
    /** False where the V2H window forbids discharging while the grid is present. */
    public final boolean[] v2hAllowed;
    /** True for the last step before a departure: the target applies to the energy at its end. */
    public final boolean[] departsAfter;
    /** Local day of each step, for the daily discharge budget. */
    public final int[] day;
    /**
     * Energy to hold at the end of each step (Wh), e.g. the backup energy for an expected outage; each kWh below it
     * costs {@link #holdPenaltyPerKwh}, so the plan charges beforehand and does not discharge into it.
     */
    public final double[] holdWh;

    public double capacityWh = 60_000;
    /** Hard floor of every discharge (the driving reserve, plus a margin where the controller keeps one). */
    public double floorWh;
    public double targetWh;
    public double minChargeW = 1400;
    public double maxChargeW = 7400;
    public double minDischargeW = 1400;
    public double maxDischargeW = 7400;
    public double chargeEfficiency = 0.92;
    public double dischargeEfficiency = 0.92;
    public boolean allowGridExport;
    /** Battery care: cost per kWh of AC energy charged or discharged. */
    public double wearCostPerKwh;
    /** Cost per kWh missing at a departure (kept far above any price, so a miss happens only when unavoidable). */
    public double shortfallPenaltyPerKwh = 10;
    /** Cost per kWh of critical load not served in an outage. */
    public double unservedPenaltyPerKwh = 2;
    /** Cost per kWh below the hold at the end of a step (above any price, below a departure shortfall). */
    public double holdPenaltyPerKwh = 5;
    /** Cost per kWh a trip needed beyond the energy in the battery. */
    public double tripShortfallPenaltyPerKwh = 10;
    /** Value of each kWh stored at the end of the last step. */
    public double endValuePerKwh;
    /** Largest AC energy discharged per local day while the grid is present; infinite = no budget. */
    public double dailyDischargeBudgetWh = Double.POSITIVE_INFINITY;
    /** Energy of the budget already used on the first step's day. */
    public double budgetUsedWh;
    /** Energy step of the SoC grid (Wh), at most {@link #MAX_ENERGY_STEP_WH}. */
    public double energyStepWh = MAX_ENERGY_STEP_WH;

    /** A problem of {@code steps} steps: grid available, car present, V2H allowed, no trips, no departure. */
    public PlanProblem(int steps, double stepHours) {
        if (steps < 1) {
            throw new IllegalArgumentException("a plan needs at least one step: " + steps);
        }
        if (!(stepHours > 0 && stepHours <= 24)) {
            throw new IllegalArgumentException("step length must be within 0..24 h: " + stepHours);
        }
        this.steps = steps;
        this.stepHours = stepHours;
        loadW = new double[steps];
        pvW = new double[steps];
        criticalW = new double[steps];
        priceImport = new double[steps];
        priceExport = new double[steps];
        tripWh = new double[steps];
        present = new boolean[steps];
        gridAvailable = new boolean[steps];
        v2hAllowed = new boolean[steps];
        departsAfter = new boolean[steps];
        day = new int[steps];
        holdWh = new double[steps];
        Arrays.fill(present, true);
        Arrays.fill(gridAvailable, true);
        Arrays.fill(v2hAllowed, true);
    }

    /**
     * Checks the values a solver relies on.
     *
     * @throws IllegalArgumentException naming the first invalid value
     */
    public void validate() {
        positive("capacityWh", capacityWh);
        range("floorWh", floorWh, 0, capacityWh);
        range("targetWh", targetWh, 0, capacityWh);
        positive("minChargeW", minChargeW);
        range("maxChargeW", maxChargeW, minChargeW, 1e7);
        positive("minDischargeW", minDischargeW);
        range("maxDischargeW", maxDischargeW, minDischargeW, 1e7);
        range("chargeEfficiency", chargeEfficiency, 1e-3, 1);
        range("dischargeEfficiency", dischargeEfficiency, 1e-3, 1);
        range("energyStepWh", energyStepWh, 1, MAX_ENERGY_STEP_WH);
        range("wearCostPerKwh", wearCostPerKwh, 0, 100);
        if (!(dailyDischargeBudgetWh >= 0)) {
            throw new IllegalArgumentException("dailyDischargeBudgetWh must be >= 0: " + dailyDischargeBudgetWh);
        }
        range("budgetUsedWh", budgetUsedWh, 0, Double.MAX_VALUE);
        for (int t = 0; t < steps; t++) {
            if (!(loadW[t] >= 0 && pvW[t] >= 0 && criticalW[t] >= 0 && tripWh[t] >= 0)) {
                throw new IllegalArgumentException("step " + t + ": load, PV, critical load and trip must be >= 0");
            }
            if (!(holdWh[t] >= 0 && holdWh[t] <= capacityWh + 1e-6)) {
                throw new IllegalArgumentException("step " + t + ": hold must be within 0..capacity: " + holdWh[t]);
            }
            if (!Double.isFinite(priceImport[t]) || !Double.isFinite(priceExport[t])) {
                throw new IllegalArgumentException("step " + t + ": prices must be finite");
            }
        }
    }

    private static void positive(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be > 0: " + value);
        }
    }

    private static void range(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ": " + value);
        }
    }
}
