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
package org.openhab.v2x.bench.optimum;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.automation.v2x.internal.control.PlanProblem;
import org.openhab.automation.v2x.internal.control.SocDynamicProgram;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.sim.SiteView;
import org.openhab.v2x.bench.sim.Strategy;

/**
 * The physically feasible perfect-foresight optimum: a dynamic program over the car's stored energy (250 Wh levels,
 * interpolated between them) over the whole scenario with the simulator's physics - a power is 0 or between the
 * minimum and the maximum, also after the no-export rule; efficiencies; 0..100 %; no export unless allowed; the
 * reserve hard; in an outage only PV and the car serve the critical load. Soft, with penalties: the departure
 * target ({@link #MISS_PENALTY} per kWh), unserved critical load ({@link #UNSERVED_PENALTY}) and a trip the battery
 * cannot supply ({@link #TRIP_PENALTY}). Energy left at the end is worth the period's mean import price times the
 * discharge efficiency, as in {@code cost_incl_end_value}.
 * <p>
 * As a {@link Strategy} it replays the solution closed-loop through the simulator: each step it picks the best
 * power from the energy the car really holds, so the cost it reports is one a charger can reach.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class FeasibleOptimum implements Strategy {

    public static final String NAME = "optimum";
    static final double MISS_PENALTY = 10.0;
    static final double UNSERVED_PENALTY = 2.0;
    static final double TRIP_PENALTY = 10.0;

    private final Scenario s;
    private final Params p;
    private final SocDynamicProgram dp;
    private final long solveMs;

    public FeasibleOptimum(Scenario scenario, Params params) {
        this.s = scenario;
        this.p = params;
        long started = System.nanoTime();
        dp = SocDynamicProgram.solve(problem(scenario, params));
        solveMs = (System.nanoTime() - started) / 1_000_000;
    }

    /** The scenario as a problem for the dynamic program, with perfect foresight. */
    static PlanProblem problem(Scenario s, Params p) {
        int n = s.size();
        PlanProblem q = new PlanProblem(n, s.stepHours());
        double importSum = 0;
        for (int i = 0; i < n; i++) {
            q.loadW[i] = s.loadW(i);
            q.pvW[i] = s.pvW(i);
            q.criticalW[i] = s.criticalLoadW(i);
            q.priceImport[i] = s.priceImport(i, p.priceImport());
            q.priceExport[i] = s.priceExport(i, p.priceExport());
            q.present[i] = s.evPresent(i);
            q.gridAvailable[i] = s.gridAvailable(i);
            q.departsAfter[i] = s.isLastBeforeDeparture(i);
            boolean arrival = s.evPresent(i) && (i == 0 || !s.evPresent(i - 1));
            q.tripWh[i] = arrival ? s.tripKwh(i) * 1000 : 0;
            importSum += q.priceImport[i];
        }
        double min = Math.max(1e-3, p.minPowerW());
        q.capacityWh = p.capacityWh();
        q.floorWh = p.reserveSocPct() / 100 * p.capacityWh();
        q.targetWh = p.targetSocPct() / 100 * p.capacityWh();
        q.minChargeW = min;
        q.maxChargeW = p.maxChargeW();
        q.minDischargeW = min;
        q.maxDischargeW = p.maxDischargeW();
        q.chargeEfficiency = p.chargeEfficiency();
        q.dischargeEfficiency = p.dischargeEfficiency();
        q.allowGridExport = p.allowGridExport();
        q.shortfallPenaltyPerKwh = MISS_PENALTY;
        q.unservedPenaltyPerKwh = UNSERVED_PENALTY;
        q.tripShortfallPenaltyPerKwh = TRIP_PENALTY;
        q.endValuePerKwh = importSum / n * p.dischargeEfficiency();
        return q;
    }

    /** Expected objective from the initial SoC (grid cost, penalties, less the end value). */
    public double objective() {
        return dp.valueAt(0, p.evInitialSocPct() / 100 * p.capacityWh(), 0);
    }

    public String description() {
        return String.format(Locale.ROOT,
                "dynamic program over SoC (%.0f Wh levels, minimum power %.0f W enforced) over %d steps, "
                        + "objective %.2f, solved in %d ms",
                dp.levelWh(), p.minPowerW(), s.size(), objective(), solveMs);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double loopSeconds() {
        return 0;
    }

    @Override
    public double setpoint(SiteView v) {
        if (!v.carPresent) {
            return 0;
        }
        double energyWh = v.socPct / 100 * p.capacityWh();
        // the simulator took the trip before this call, the program takes it at the start of the step
        double tripWh = dp.problem().tripWh[v.step];
        return dp.best(v.step, energyWh + tripWh, 0).powerW();
    }
}
