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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Dynamic program over the energy stored in the car: the cost to go from every step and every energy level of a
 * {@link PlanProblem} (and, with a daily discharge budget, every level of the budget used), solved backwards once;
 * {@link #best(int, double, double)} then picks the best power from any energy, not only from the grid levels.
 * <p>
 * The physics are exact, as the benchmark's simulator has them: a power is 0 or between the minimum and the maximum
 * (a charge that fills the battery within the step stops there), energy stored is {@code P x chargeEfficiency},
 * taken {@code |P| / dischargeEfficiency}; without grid export a discharge covers at most the home's load not
 * covered by PV (a smaller one than the minimum is not possible, so none); during an outage a discharge covers at
 * most the critical load not covered by PV and a charge takes only the PV surplus; a discharge never ends below the
 * floor; the V2H window and the daily budget hold while the grid is present. Between the grid levels the cost to go
 * is interpolated linearly.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class SocDynamicProgram {

    /** The best move from one state. */
    public record Choice(double powerW, double energyAfterWh, double budgetAfterWh, double costToGo) {
    }

    private static final double EPS = 1e-9;

    private final PlanProblem p;
    private final int levels;
    private final double levelWh;
    private final int budgetLevels;
    private final double budgetStepWh;
    private final boolean budgetForbidsDischarge;
    /** Cost to go before each step (index {@code steps} = after the last one), per state. */
    private final double[][] values;

    private final double invLevelWh;
    private final double dt;
    // the step being evaluated, copied from the problem once per state
    private double stepNet;
    private double stepCritical;
    private double stepPv;
    private double stepImport;
    private double stepExport;
    private boolean stepGrid;
    private boolean stepDeparts;
    private double stepHoldWh;

    // the best candidate of the last choose(), kept in fields so the backward pass allocates nothing
    private double bestW;
    private double bestCost;
    private double bestEnergyWh;
    private double bestBudgetWh;

    private SocDynamicProgram(PlanProblem p) {
        this.p = p;
        int intervals = Math.max(1, (int) Math.ceil(p.capacityWh / p.energyStepWh - 1e-9));
        levels = intervals + 1;
        levelWh = p.capacityWh / intervals;
        double budget = p.dailyDischargeBudgetWh;
        budgetForbidsDischarge = budget <= 0;
        if (Double.isFinite(budget) && budget > 0) {
            int budgetIntervals = Math.max(1, (int) Math.ceil(budget / p.energyStepWh - 1e-9));
            budgetLevels = budgetIntervals + 1;
            budgetStepWh = budget / budgetIntervals;
        } else {
            budgetLevels = 1;
            budgetStepWh = 1;
        }
        values = new double[p.steps + 1][levels * budgetLevels];
        invLevelWh = 1 / levelWh;
        dt = p.stepHours;
    }

    /**
     * Solves the problem backwards.
     *
     * @throws IllegalArgumentException when the problem has an invalid value
     */
    public static SocDynamicProgram solve(PlanProblem problem) {
        problem.validate();
        SocDynamicProgram dp = new SocDynamicProgram(problem);
        dp.backward();
        return dp;
    }

    public PlanProblem problem() {
        return p;
    }

    /** Energy between two levels of the SoC grid (Wh). */
    public double levelWh() {
        return levelWh;
    }

    /** Cost to go before step {@code t} (0..steps) from this energy and budget used, interpolated. */
    public double valueAt(int t, double energyWh, double budgetUsedWh) {
        return lookup(values[t], clampEnergy(energyWh), budgetUsedWh);
    }

    /** The best power for step {@code t} from this energy (before the step's trip) and budget used today. */
    public Choice best(int t, double energyWh, double budgetUsedWh) {
        if (t < 0 || t >= p.steps) {
            throw new IndexOutOfBoundsException("step " + t + " of " + p.steps);
        }
        double cost = choose(t, clampEnergy(energyWh), budgetUsedWh);
        return new Choice(bestW, bestEnergyWh, bestBudgetWh, cost);
    }

    private void backward() {
        int n = p.steps;
        double[] terminal = values[n];
        for (int k = 0; k < levels; k++) {
            double v = -p.endValuePerKwh * k * levelWh / 1000;
            for (int j = 0; j < budgetLevels; j++) {
                terminal[k * budgetLevels + j] = v;
            }
        }
        for (int t = n - 1; t >= 0; t--) {
            double[] row = values[t];
            for (int k = 0; k < levels; k++) {
                double e = k * levelWh;
                for (int j = 0; j < budgetLevels; j++) {
                    row[k * budgetLevels + j] = choose(t, e, j * budgetStepWh);
                }
            }
        }
    }

    /** Cost to go from step t; leaves the best move in the best* fields. */
    private double choose(int t, double energyWh, double budgetUsedWh) {
        double e = energyWh;
        double start = 0;
        double trip = p.tripWh[t];
        if (trip > 0) {
            if (trip > e) {
                start = (trip - e) / 1000 * p.tripShortfallPenaltyPerKwh;
                e = 0;
            } else {
                e -= trip;
            }
        }
        double[] next = values[t + 1];
        double b = t + 1 < p.steps && p.day[t + 1] != p.day[t] ? -1 : budgetUsedWh;
        bestCost = Double.POSITIVE_INFINITY;
        if (!p.present[t]) {
            bestW = 0;
            bestEnergyWh = e;
            bestBudgetWh = Math.max(0, b);
            bestCost = lookup(next, e, Math.max(0, b));
            return start + bestCost;
        }
        boolean grid = p.gridAvailable[t];
        double load = p.loadW[t];
        double pv = p.pvW[t];
        double critical = p.criticalW[t];
        stepNet = load - pv;
        stepPv = pv;
        stepCritical = critical;
        stepImport = p.priceImport[t];
        stepExport = p.priceExport[t];
        stepGrid = grid;
        stepDeparts = p.departsAfter[t];
        stepHoldWh = p.holdWh[t];

        double roomWh = p.capacityWh - e;
        double maxC = grid ? p.maxChargeW : Math.min(p.maxChargeW, pv - critical);
        if (roomWh > EPS && maxC >= p.minChargeW) {
            double perW = p.chargeEfficiency * dt;
            double fillW = roomWh / perW;
            consider(Math.min(p.minChargeW, fillW), t, e, b, next);
            if (fillW > p.minChargeW) {
                consider(Math.min(maxC, fillW), t, e, b, next);
                double surplus = pv - load;
                if (grid && surplus > p.minChargeW && surplus < maxC) {
                    consider(Math.min(surplus, fillW), t, e, b, next);
                }
                int first = (int) Math.ceil((e + p.minChargeW * perW) / levelWh - EPS);
                int last = (int) Math.floor(Math.min(p.capacityWh, e + maxC * perW) / levelWh + EPS);
                for (int k = first; k <= last && k < levels; k++) {
                    double w = (k * levelWh - e) / perW;
                    consider(clamp(w, p.minChargeW, Math.min(maxC, fillW)), t, e, b, next);
                }
            }
        }

        double maxD = p.maxDischargeW;
        if (grid) {
            if (!p.v2hAllowed[t] || budgetForbidsDischarge) {
                maxD = 0;
            }
            if (!p.allowGridExport) {
                maxD = Math.min(maxD, load - pv);
            }
            if (budgetLevels > 1) {
                maxD = Math.min(maxD, (p.dailyDischargeBudgetWh - budgetUsedWh) / dt);
            }
        } else {
            maxD = Math.min(maxD, critical - pv);
        }
        double perW = dt / p.dischargeEfficiency;
        maxD = Math.min(maxD, (e - p.floorWh) / perW);
        if (maxD >= p.minDischargeW) {
            consider(-p.minDischargeW, t, e, b, next);
            consider(-maxD, t, e, b, next);
            double demand = (grid ? load : critical) - pv;
            if (demand > p.minDischargeW && demand < maxD) {
                consider(-demand, t, e, b, next);
            }
            int first = (int) Math.ceil((e - maxD * perW) / levelWh - EPS);
            int last = (int) Math.floor((e - p.minDischargeW * perW) / levelWh + EPS);
            for (int k = Math.max(0, first); k <= last; k++) {
                double w = (e - k * levelWh) / perW;
                consider(-clamp(w, p.minDischargeW, maxD), t, e, b, next);
            }
        }
        // idle last: on a tie the program charges early, which leaves room for a forecast that was too optimistic
        consider(0, t, e, b, next);
        return start + bestCost;
    }

    /**
     * Evaluates one power for step t from energy e (after the trip); b is the budget used, -1 when the next step
     * starts a new day.
     */
    private void consider(double w, int t, double e, double b, double[] next) {
        double after;
        double budget = b < 0 ? 0 : b;
        boolean grid = stepGrid;
        if (w > 0) {
            after = Math.min(p.capacityWh, e + w * p.chargeEfficiency * dt);
        } else if (w < 0) {
            after = Math.max(0, e + w / p.dischargeEfficiency * dt);
            if (grid) {
                budget -= w * dt;
            }
        } else {
            after = e;
        }
        double cost;
        if (grid) {
            double g = stepNet + w;
            cost = (g > 0 ? g * stepImport : g * stepExport) * dt / 1000;
        } else {
            double unserved = Math.max(0, stepCritical - stepPv - Math.max(0, -w));
            cost = unserved * dt / 1000 * p.unservedPenaltyPerKwh;
        }
        if (w != 0) {
            cost += Math.abs(w) * dt / 1000 * p.wearCostPerKwh;
        }
        if (stepDeparts && after < p.targetWh) {
            cost += (p.targetWh - after) / 1000 * p.shortfallPenaltyPerKwh;
        }
        if (after < stepHoldWh) {
            cost += (stepHoldWh - after) / 1000 * p.holdPenaltyPerKwh;
        }
        double nextBudget = b < 0 ? 0 : budget;
        cost += lookup(next, after, nextBudget);
        if (cost < bestCost - EPS) {
            bestCost = cost;
            bestW = w;
            bestEnergyWh = after;
            bestBudgetWh = nextBudget;
        }
    }

    private double lookup(double[] row, double e, double b) {
        double x = e * invLevelWh;
        int k = (int) x;
        if (k > levels - 2) {
            k = levels - 2;
        }
        double f = clamp(x - k, 0, 1);
        if (budgetLevels == 1) {
            return row[k] + (row[k + 1] - row[k]) * f;
        }
        double y = b / budgetStepWh;
        int j = (int) y;
        if (j > budgetLevels - 2) {
            j = budgetLevels - 2;
        }
        double g = clamp(y - j, 0, 1);
        int i = k * budgetLevels + j;
        double low = row[i] + (row[i + 1] - row[i]) * g;
        double high = row[i + budgetLevels] + (row[i + budgetLevels + 1] - row[i + budgetLevels]) * g;
        return low + (high - low) * f;
    }

    private double clampEnergy(double energyWh) {
        return clamp(energyWh, 0, p.capacityWh);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
