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
import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The slow loop: a receding-horizon plan for the car from what a real controller may know (forecasts of the home's
 * load and PV, the published prices, the departure and the target), by a {@link SocDynamicProgram} over the car's
 * stored energy with the exact rules of the charger (minimum and maximum powers, efficiencies, the driving reserve
 * plus margin as a hard floor, the departure target, no export unless allowed, the V2H window and the daily
 * discharge budget, and a wear cost per kWh of throughput).
 * <p>
 * The plan starts now and ends at the departure (at most {@link PlannerSettings#maxHorizon()} ahead) or, without a
 * departure, after {@link PlannerSettings#horizon()}. From the solved cost to go it derives, per slot, what the fast
 * loop follows (see {@link ChargePlan}): discharging for the home is worth it while the value of a stored kWh stays
 * below the import price times the discharge efficiency (less the wear cost), storing PV surplus while that value
 * times the charge efficiency exceeds the export price (plus the wear cost).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ChargePlanner {

    /**
     * What the planner is told. The per-slot arrays start with the slot beginning {@code now}; when one is shorter
     * than the plan its last value holds for the rest (e.g. published prices that end tomorrow night).
     *
     * @param loadW forecast of the home's load without the car (W)
     * @param pvW forecast of the PV power (W)
     * @param dischargedTodayWh AC energy discharged today, for the daily budget
     */
    public record Input(Instant now, double socPct, double capacityKwh, @Nullable Instant departure,
            boolean gridAvailable, double[] loadW, double[] pvW, double[] priceImport, double[] priceExport,
            double dischargedTodayWh) {

        public Input {
            if (!(socPct >= 0 && socPct <= 100)) {
                throw new IllegalArgumentException("socPct must be within 0..100: " + socPct);
            }
            if (!(capacityKwh > 0 && capacityKwh < 1e4)) {
                throw new IllegalArgumentException("capacityKwh must be > 0: " + capacityKwh);
            }
            if (loadW.length == 0 || pvW.length == 0 || priceImport.length == 0 || priceExport.length == 0) {
                throw new IllegalArgumentException("forecasts and prices need at least one value");
            }
        }
    }

    /** Marginal values closer than this (per kWh) count as equal. */
    private static final double VALUE_TOLERANCE_PER_KWH = 1e-6;

    private final PlannerSettings settings;

    public ChargePlanner(PlannerSettings settings) {
        this.settings = settings;
    }

    public PlannerSettings settings() {
        return settings;
    }

    /** Number of slots of a plan made now: up to the departure when it is known, else the horizon. */
    public int slotsFor(Instant now, @Nullable Instant departure) {
        long slotS = settings.slot().toSeconds();
        long maxSlots = Math.max(1, settings.maxHorizon().toSeconds() / slotS);
        if (departure != null && departure.isAfter(now)) {
            double untilS = TimeMath.seconds(departure) - TimeMath.seconds(now);
            return (int) Math.max(1, Math.min(maxSlots, (long) Math.ceil(untilS / slotS - 1e-9)));
        }
        return (int) Math.max(1, settings.horizon().toSeconds() / slotS);
    }

    /**
     * Makes a plan.
     *
     * @throws IllegalArgumentException when an input value is invalid
     */
    public ChargePlan plan(Input in, V2xSettings s) {
        return plan(in, s, Readiness.none());
    }

    /**
     * Makes a plan that also honours the user's priority and holds the backup energy for an expected outage.
     *
     * @throws IllegalArgumentException when an input value is invalid
     */
    public ChargePlan plan(Input in, V2xSettings s, Readiness readiness) {
        int slotS = (int) settings.slot().toSeconds();
        int n = slotsFor(in.now(), in.departure());
        double nowS = TimeMath.seconds(in.now());
        PlanProblem p = problem(in, s, n, slotS, nowS);
        applyReadiness(p, readiness, s, nowS, slotS);
        SocDynamicProgram dp = SocDynamicProgram.solve(p);

        double[] plannedW = new double[n];
        double[] socAfter = new double[n];
        double[] gridCharge = new double[n];
        double[] solarStart = new double[n];
        double[] v2hFloor = new double[n];
        double capacityWh = p.capacityWh;
        double e = in.socPct() / 100 * capacityWh;
        double budget = p.budgetUsedWh;
        double expected = dp.valueAt(0, e, budget);
        for (int t = 0; t < n; t++) {
            SocDynamicProgram.Choice c = dp.best(t, e, budget);
            plannedW[t] = c.powerW();
            socAfter[t] = c.energyAfterWh() / capacityWh * 100;
            double surplus = Math.max(0, p.pvW[t] - p.loadW[t]);
            gridCharge[t] = c.powerW() > surplus + 1 ? c.powerW() : 0;
            double nextBudget = t + 1 < n && p.day[t + 1] != p.day[t] ? 0 : budget;
            solarStart[t] = solarStartW(dp, t, e, nextBudget);
            v2hFloor[t] = Math.max(v2hFloorPct(dp, t, nextBudget, s),
                    Math.min(100, Math.max(p.floorWh, p.holdWh[t]) / capacityWh * 100));
            e = c.energyAfterWh();
            budget = c.budgetAfterWh();
        }
        return new ChargePlan(nowS, slotS, plannedW, socAfter, gridCharge, solarStart, v2hFloor, expected);
    }

    private PlanProblem problem(Input in, V2xSettings s, int n, int slotS, double nowS) {
        PlanProblem p = new PlanProblem(n, slotS / TimeMath.SECONDS_PER_HOUR);
        double capacityWh = in.capacityKwh() * 1000;
        p.capacityWh = capacityWh;
        p.floorWh = Math.min(100, s.dischargeFloorPct()) / 100 * capacityWh;
        p.targetWh = s.targetSocPct() / 100 * capacityWh;
        p.minChargeW = s.minChargeW();
        p.maxChargeW = s.maxChargeW();
        p.minDischargeW = s.minDischargeW();
        p.maxDischargeW = s.maxDischargeW();
        p.chargeEfficiency = s.chargeEfficiency();
        p.dischargeEfficiency = s.dischargeEfficiency();
        p.allowGridExport = s.allowGridExport();
        p.wearCostPerKwh = settings.wearCostPerKwh();
        p.energyStepWh = settings.energyStepWh();
        p.dailyDischargeBudgetWh = s.dailyDischargeBudgetKwh() * 1000;
        p.budgetUsedWh = Math.max(0, Math.min(in.dischargedTodayWh(), p.dailyDischargeBudgetWh));
        boolean v2hMode = s.mode().allowsV2h();
        double importSum = 0;
        for (int t = 0; t < n; t++) {
            double slotStartS = nowS + (double) t * slotS;
            Instant slotStart = TimeMath.instant(slotStartS);
            p.loadW[t] = Math.max(0, at(in.loadW(), t));
            p.pvW[t] = Math.max(0, at(in.pvW(), t));
            p.criticalW[t] = p.loadW[t];
            p.priceImport[t] = at(in.priceImport(), t);
            p.priceExport[t] = at(in.priceExport(), t);
            p.gridAvailable[t] = t > 0 || in.gridAvailable();
            p.v2hAllowed[t] = v2hMode && s.v2hWindow().contains(TimeMath.secondOfDay(slotStart, s.zone()));
            p.day[t] = (int) LocalDate.ofInstant(slotStart, s.zone()).toEpochDay();
            importSum += p.priceImport[t];
        }
        Instant departure = in.departure();
        if (departure != null && departure.isAfter(in.now())
                && TimeMath.seconds(departure) <= nowS + (double) n * slotS + 1e-6) {
            p.departsAfter[n - 1] = true;
        }
        p.endValuePerKwh = settings.endValueFactor() * importSum / n;
        return p;
    }

    /**
     * Mobility first keeps the departure target out of V2H's reach; backup first and a storm warning hold the backup
     * energy above the floor in every slot; a scheduled outage holds it at its start and models the grid as lost
     * for the backup hours, so the plan charges beforehand.
     */
    private static void applyReadiness(PlanProblem p, Readiness r, V2xSettings s, double nowS, int slotS) {
        if (r.priority() == PlanPriority.MOBILITY_FIRST) {
            p.floorWh = Math.max(p.floorWh, p.targetWh);
        }
        double holdWh = Math.min(p.capacityWh, p.floorWh + r.backupEnergyWh(s.dischargeEfficiency()));
        if (r.priority() == PlanPriority.BACKUP_FIRST || r.stormWarning()) {
            Arrays.fill(p.holdWh, holdWh);
        }
        Instant start = r.outageStart();
        if (start == null || r.backupHours() <= 0) {
            return;
        }
        double startS = TimeMath.seconds(start);
        double endS = startS + r.backupHours() * TimeMath.SECONDS_PER_HOUR;
        for (int t = 0; t < p.steps; t++) {
            double slotStartS = nowS + (double) t * slotS;
            double slotEndS = slotStartS + slotS;
            if (slotStartS >= startS - 1e-6 && slotStartS < endS && t > 0) {
                // the first slot is what happens now: its grid state is measured, not expected
                p.gridAvailable[t] = false;
                if (r.criticalLoadW() > 0) {
                    p.criticalW[t] = r.criticalLoadW();
                }
            }
            boolean beforeStartEndsAtIt = slotEndS <= startS + 1e-6 && slotEndS > startS - slotS + 1e-6;
            boolean startedNotEnded = startS <= nowS && slotEndS <= endS + slotS;
            if (beforeStartEndsAtIt || startedNotEnded) {
                p.holdWh[t] = Math.max(p.holdWh[t], holdWh);
            }
        }
    }

    /**
     * Surplus at which storing PV pays in slot t: charging at the minimum power from {@code s} W of surplus costs
     * the rest from the grid and the surplus's export value, and gains the value of the energy stored.
     */
    private double solarStartW(SocDynamicProgram dp, int t, double energyWh, double budget) {
        PlanProblem p = dp.problem();
        double minW = p.minChargeW;
        double storedWh = Math.min(p.capacityWh - energyWh, minW * p.chargeEfficiency * p.stepHours);
        if (storedWh <= 1e-6) {
            return Double.POSITIVE_INFINITY;
        }
        double gainPerKwh = (dp.valueAt(t + 1, energyWh, budget) - dp.valueAt(t + 1, energyWh + storedWh, budget))
                / storedWh * 1000;
        double pi = p.priceImport[t];
        double pe = p.priceExport[t];
        double wear = p.wearCostPerKwh;
        double gainPerAcKwh = gainPerKwh * p.chargeEfficiency;
        if (gainPerAcKwh <= pe + wear) {
            return Double.POSITIVE_INFINITY;
        }
        if (pi <= pe) {
            return 0;
        }
        return Math.max(0, Math.min(minW, minW * (pi + wear - gainPerAcKwh) / (pi - pe)));
    }

    /** Lowest SoC from which, going up, every stored kWh is worth less than what it saves at the import price. */
    private double v2hFloorPct(SocDynamicProgram dp, int t, double budget, V2xSettings s) {
        PlanProblem p = dp.problem();
        double worthPerKwh = (p.priceImport[t] - p.wearCostPerKwh) * p.dischargeEfficiency;
        double step = dp.levelWh();
        int top = (int) Math.round(p.capacityWh / step);
        int k = top;
        while (k > 0 && (k - 1) * step >= p.floorWh - 1e-6) {
            double value = (dp.valueAt(t + 1, (k - 1) * step, budget) - dp.valueAt(t + 1, k * step, budget)) / step
                    * 1000;
            // a tie (flat prices: a kWh is worth the same now and later) goes to the home, as the program's own
            // choice does; without the tolerance rounding noise would keep the fast loop from any discharge
            if (value > worthPerKwh + VALUE_TOLERANCE_PER_KWH) {
                break;
            }
            k--;
        }
        double floorPct = k * step / p.capacityWh * 100;
        return k == top ? 100 : Math.max(s.dischargeFloorPct(), floorPct);
    }

    private static double at(double[] values, int t) {
        return values[Math.min(t, values.length - 1)];
    }
}
