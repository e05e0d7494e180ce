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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.sim.Simulator;

/**
 * Perfect-foresight optimum as a linear program (ojAlgo), solved over rolling windows of whole plugged-in sessions.
 * <p>
 * Per present step: charge {@code c} and discharge {@code d} (AC W), stored energy {@code E}, grid import/export,
 * and {@code v}, how far E may sit below the reserve; a step below the reserve can discharge at most
 * {@code dmax x (1 - v/R)}, a linear relaxation of "no discharge below the reserve" (exact, E &gt;= R, for the
 * first session of a window when it arrives at or above the reserve). The same physics as the
 * simulator: efficiencies, power limits (the minimum power is relaxed: LP), 0..100 %, no export of car energy when
 * export is not allowed, in an outage only PV and the car serve the critical load. Soft constraints with penalties:
 * departure target ({@link #MISS_PENALTY} per kWh), unserved critical load ({@link #UNSERVED_PENALTY}), a trip
 * that the battery cannot supply ({@link #TRIP_PENALTY}).
 * <p>
 * Windows: the sessions starting within {@code commitDays} are fixed, the ones starting within the following
 * {@code lookaheadDays} (at least one) only inform the decision; energy left at the window's end is valued at the
 * export price. The car's state couples the windows only through the energy at departure. A window that covers the
 * whole scenario is exact.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class LpOptimum {

    public static final String NAME = "lp_bound";
    static final double MISS_PENALTY = 5.0;
    static final double UNSERVED_PENALTY = 2.0;
    static final double TRIP_PENALTY = 10.0;

    /** A solved schedule and how it was obtained. */
    public record Solution(double[] setpointW, int windows, int sessions, int maxVariables, double objective,
            long solveMs, String description) {
    }

    /** A run of present steps {@code [from, to]}. */
    record Session(int from, int to) {
    }

    private final Scenario s;
    private final Params p;
    private final double commitDays;
    private final double lookaheadDays;

    public LpOptimum(Scenario scenario, Params params, double commitDays, double lookaheadDays) {
        this.s = scenario;
        this.p = params;
        this.commitDays = commitDays;
        this.lookaheadDays = lookaheadDays;
    }

    static List<Session> sessions(Scenario s) {
        List<Session> sessions = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!s.evPresent(i)) {
                i++;
                continue;
            }
            int from = i;
            while (i + 1 < s.size() && s.evPresent(i + 1)) {
                i++;
            }
            sessions.add(new Session(from, i));
            i++;
        }
        return sessions;
    }

    public Solution solve(Simulator.Progress progress) {
        long started = System.nanoTime();
        double[] setpoint = new double[s.size()];
        List<Session> sessions = sessions(s);
        double energyWh = p.evInitialSocPct() / 100 * p.capacityWh();
        int windows = 0;
        int maxVars = 0;
        double objective = 0;
        int j = 0;
        // energy after the last committed departure, before the next trip
        while (j < sessions.size()) {
            long windowStart = s.startS(sessions.get(j).from());
            int commitEnd = j;
            while (commitEnd + 1 < sessions.size()
                    && s.startS(sessions.get(commitEnd + 1).from()) < windowStart + commitDays * 86_400) {
                commitEnd++;
            }
            int lookEnd = Math.min(sessions.size() - 1, commitEnd + 1);
            while (lookEnd + 1 < sessions.size()
                    && s.startS(sessions.get(lookEnd + 1).from()) < windowStart + (commitDays + lookaheadDays) * 86_400) {
                lookEnd++;
            }
            boolean last = lookEnd == sessions.size() - 1;
            Window w = new Window(sessions.subList(j, lookEnd + 1), energyWh, !last);
            w.solve();
            windows++;
            maxVars = Math.max(maxVars, w.variableCount);
            for (int k = j; k <= commitEnd; k++) {
                Session session = sessions.get(k);
                for (int t = session.from(); t <= session.to(); t++) {
                    setpoint[t] = w.powerW(t);
                }
                objective += w.sessionObjective(k - j);
            }
            energyWh = w.energyAfter(commitEnd - j);
            j = commitEnd + 1;
            progress.update((double) j / sessions.size());
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        String description = String.format(java.util.Locale.ROOT,
                "LP (ojAlgo ExpressionsBasedModel) over %d rolling windows of whole plugged-in sessions "
                        + "(%d sessions; commit %.1f d, look ahead %.1f d, at least one session; end energy valued at "
                        + "the export price), at most %d variables per window, %d ms; minimum power relaxed",
                windows, sessions.size(), commitDays, lookaheadDays, maxVars, ms);
        return new Solution(setpoint, windows, sessions.size(), maxVars, objective, ms, description);
    }

    /** One LP over consecutive sessions. */
    private final class Window {
        private final List<Session> sessions;
        private final double startEnergyWh;
        private final boolean valueEnd;
        private final ExpressionsBasedModel model = new ExpressionsBasedModel();
        private final List<int[]> charge = new ArrayList<>();
        private final List<int[]> discharge = new ArrayList<>();
        private final List<int[]> energy = new ArrayList<>();
        private final List<double[]> constantCost = new ArrayList<>();
        int variableCount;
        private double[] values = new double[0];

        Window(List<Session> sessions, double startEnergyWh, boolean valueEnd) {
            this.sessions = sessions;
            this.startEnergyWh = startEnergyWh;
            this.valueEnd = valueEnd;
        }

        private Variable var(double lower, double upper, double weight) {
            variableCount++;
            return model.addVariable().lower(lower).upper(upper).weight(weight);
        }

        void solve() {
            double dtH = s.stepHours();
            double cap = p.capacityWh();
            double reserveWh = p.reserveSocPct() / 100 * cap;
            double targetWh = p.targetSocPct() / 100 * cap;
            List<Variable> all = new ArrayList<>();
            Variable previousEnd = null;
            for (int k = 0; k < sessions.size(); k++) {
                Session session = sessions.get(k);
                int n = session.to() - session.from() + 1;
                int[] c = new int[n];
                int[] d = new int[n];
                int[] e = new int[n];
                double[] constant = new double[1];
                // arrival: the trip is taken from the energy left at the previous departure
                double trip = s.tripKwh(session.from()) * 1000;
                Variable arrival = null;
                double arrivalConst = 0;
                if (previousEnd == null) {
                    arrivalConst = Math.max(0, startEnergyWh - trip);
                } else {
                    arrival = var(0, cap, 0);
                    all.add(arrival);
                    Variable shortfall = var(0, trip, TRIP_PENALTY / 1000);
                    all.add(shortfall);
                    model.addExpression().level(-trip).set(arrival, 1).set(previousEnd, -1).set(shortfall, -1);
                }
                Variable previous = arrival;
                for (int t = session.from(); t <= session.to(); t++) {
                    int idx = t - session.from();
                    boolean grid = s.gridAvailable(t);
                    double load = s.loadW(t);
                    double pv = s.pvW(t);
                    double crit = s.criticalLoadW(t);
                    double cmax = grid ? p.maxChargeW() : Math.min(p.maxChargeW(), Math.max(0, pv - crit));
                    double dmax;
                    if (grid) {
                        dmax = p.allowGridExport() ? p.maxDischargeW() : Math.min(p.maxDischargeW(), Math.max(0, load - pv));
                    } else {
                        dmax = Math.min(p.maxDischargeW(), Math.max(0, crit - pv));
                    }
                    Variable cv = var(0, cmax, 0);
                    Variable dv = var(0, dmax, grid ? 0 : -UNSERVED_PENALTY * dtH / 1000);
                    // a known arrival at or above the reserve: E never has to go below it, so the bound is exact
                    boolean exactReserve = k == 0 && arrivalConst >= reserveWh;
                    Variable ev = var(exactReserve ? reserveWh : 0, cap, 0);
                    c[idx] = all.size();
                    all.add(cv);
                    d[idx] = all.size();
                    all.add(dv);
                    e[idx] = all.size();
                    all.add(ev);
                    if (!grid) {
                        constant[0] += UNSERVED_PENALTY * Math.max(0, crit - pv) * dtH / 1000;
                    }
                    Expression balance = model.addExpression().set(ev, 1).set(cv, -p.chargeEfficiency() * dtH)
                            .set(dv, dtH / p.dischargeEfficiency());
                    if (previous == null) {
                        balance.level(arrivalConst);
                    } else {
                        balance.level(0).set(previous, -1);
                    }
                    if (reserveWh > 0 && dmax > 0 && !exactReserve) {
                        Variable below = var(0, reserveWh, 0);
                        all.add(below);
                        model.addExpression().lower(reserveWh).set(ev, 1).set(below, 1);
                        model.addExpression().upper(dmax).set(dv, 1).set(below, dmax / reserveWh);
                    }
                    if (grid) {
                        double pi = s.priceImport(t, p.priceImport());
                        double pe = s.priceExport(t, p.priceExport());
                        Variable imp = var(0, 1e7, pi * dtH / 1000);
                        Variable exp = var(0, 1e7, -pe * dtH / 1000);
                        all.add(imp);
                        all.add(exp);
                        model.addExpression().level(load - pv).set(imp, 1).set(exp, -1).set(cv, -1).set(dv, 1);
                    }
                    previous = ev;
                }
                boolean departs = session.to() + 1 < s.size();
                if (departs) {
                    Variable miss = var(0, targetWh, MISS_PENALTY / 1000);
                    all.add(miss);
                    model.addExpression().lower(targetWh).set(previous, 1).set(miss, 1);
                }
                previousEnd = previous;
                charge.add(c);
                discharge.add(d);
                energy.add(e);
                constantCost.add(constant);
            }
            if (valueEnd && previousEnd != null) {
                previousEnd.weight(-p.priceExport() / 1000);
            }
            Optimisation.Result result = model.minimise();
            if (!result.getState().isFeasible()) {
                throw new IllegalStateException("optimum: LP window starting at step " + sessions.get(0).from()
                        + " is " + result.getState());
            }
            values = new double[all.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = result.doubleValue(i);
            }
        }

        double powerW(int t) {
            for (int k = 0; k < sessions.size(); k++) {
                Session session = sessions.get(k);
                if (t >= session.from() && t <= session.to()) {
                    int idx = t - session.from();
                    double w = values[charge.get(k)[idx]] - values[discharge.get(k)[idx]];
                    return Math.abs(w) < 1e-6 ? 0 : w;
                }
            }
            return 0;
        }

        double energyAfter(int k) {
            int[] e = energy.get(k);
            return values[e[e.length - 1]];
        }

        /** Not the full cost (steps without the car are constant); only used for the printout. */
        double sessionObjective(int k) {
            return constantCost.get(k)[0];
        }
    }
}
