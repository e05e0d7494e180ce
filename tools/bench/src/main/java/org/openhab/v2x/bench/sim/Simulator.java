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
package org.openhab.v2x.bench.sim;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;

/**
 * Steps a scenario with a physical model of the house and the car and calls a strategy at its own cadence.
 * <ul>
 * <li>Car: energy stored {@code P x chargeEfficiency}, taken {@code |P| / dischargeEfficiency} (P on the AC side);
 * powers are clamped to the maxima, a power below the minimum gives 0, also when the no-export rule or an outage
 * cut it below the minimum; the battery stops at 0 % and 100 %
 * exactly inside a step. A trip subtracts its energy when the car returns (never below 0 %; the rest is counted).</li>
 * <li>House with grid: {@code grid = load + car - PV}; without grid export a discharge beyond the load not covered
 * by PV is curtailed (and counted).</li>
 * <li>Outage: only PV and the car serve the critical load; non-critical load is shed; the car can only charge from
 * the PV surplus; unserved critical load and surplus PV are counted.</li>
 * <li>Reserve: a step that discharged and ended below the reserve is a violation. Departure: the SoC at the end of
 * the last present step is checked against the target; a miss is avoidable when full power from the arrival SoC
 * would have reached the target; a miss in a session with an outage is also counted apart.</li>
 * </ul>
 * Load and PV are constant within a step.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class Simulator {

    /** SoC tolerance (%) for the departure check, to ignore rounding. */
    static final double DEPARTURE_TOLERANCE_PCT = 0.1;
    private static final double EPS_WH = 1e-6;

    /** Called with the fraction done; may print. */
    @FunctionalInterface
    public interface Progress {
        void update(double fraction);
    }

    /** A finished run. */
    public record Result(String strategy, Metrics metrics, StepSeries series, long runtimeMs) {
    }

    private final Scenario scenario;
    private final Params params;

    // state of the run
    private double energyWh;
    private double carW;
    private Metrics m = new Metrics();

    public Simulator(Scenario scenario, Params params) {
        this.scenario = scenario;
        this.params = params;
    }

    public Result run(Strategy strategy, Progress progress) {
        long started = System.nanoTime();
        Scenario s = scenario;
        Params p = params;
        int n = s.size();
        int stepS = s.stepSeconds();
        double loop = strategy.loopSeconds();
        int subSteps = loop <= 0 || loop >= stepS ? 1 : (int) Math.ceil(stepS / loop);
        double dtS = (double) stepS / subSteps;
        double dtH = dtS / 3600;
        double capacityWh = p.capacityWh();

        m = new Metrics();
        m.capacityKwh = p.evCapacityKwh();
        energyWh = p.evInitialSocPct() / 100 * capacityWh;
        m.batteryStartKwh = energyWh / 1000;
        carW = 0;
        double lastSetpoint = 0;
        double arrivalWh = energyWh;
        double reachableWh = 0;
        boolean outageInSession = false;
        double importPriceSum = 0;
        StepSeries series = new StepSeries(n);
        SiteView view = new SiteView();
        view.capacityKwh = p.evCapacityKwh();
        int reportEvery = Math.max(1, n / 20);

        for (int i = 0; i < n; i++) {
            boolean present = s.evPresent(i);
            boolean grid = s.gridAvailable(i);
            double load = s.loadW(i);
            double pv = s.pvW(i);
            double critical = grid ? load : s.criticalLoadW(i);
            double priceImport = s.priceImport(i, p.priceImport());
            double priceExport = s.priceExport(i, p.priceExport());
            if (!present) {
                carW = 0;
            } else if (i == 0 || !s.evPresent(i - 1)) {
                double trip = s.tripKwh(i) * 1000;
                m.tripKwh += trip / 1000;
                energyWh -= trip;
                if (energyWh < 0) {
                    m.tripShortfallKwh += -energyWh / 1000;
                    energyWh = 0;
                }
                arrivalWh = energyWh;
                reachableWh = 0;
                outageInSession = false;
            }
            importPriceSum += priceImport;
            outageInSession |= present && !grid;
            if (present) {
                double chargeRoomW = grid ? p.maxChargeW() : Math.min(p.maxChargeW(), Math.max(0, pv - critical));
                reachableWh += chargeRoomW * p.chargeEfficiency() * s.stepHours();
            }
            double gridSum = 0;
            double carSum = 0;
            boolean discharged = false;
            for (int k = 0; k < subSteps; k++) {
                view.step = i;
                view.nowS = s.startS(i) + k * dtS;
                view.gridAvailable = grid;
                view.carPresent = present;
                view.carW = carW;
                view.socPct = Math.max(0, Math.min(100, energyWh / capacityWh * 100));
                view.pvW = pv;
                view.loadW = load;
                view.gridW = grid ? load + carW - pv : 0;
                view.departureS = present ? s.departureS(i) : -1;
                view.intervalS = dtS;
                double setpoint = strategy.setpoint(view);
                if (!Double.isFinite(setpoint)) {
                    throw new IllegalStateException(strategy.name() + " returned setpoint " + setpoint);
                }
                if (Math.round(setpoint) != Math.round(lastSetpoint)) {
                    m.setpointChanges++;
                    lastSetpoint = setpoint;
                }
                series.setpointW[i] = setpoint;
                carW = present ? applyCar(setpoint, grid, load, pv, critical, dtH, capacityWh) : 0;
                discharged |= carW < 0;
                double gridW = account(carW, grid, load, pv, critical, dtH, priceImport, priceExport);
                gridSum += gridW;
                carSum += carW;
            }
            double soc = energyWh / capacityWh * 100;
            if (discharged && soc < p.reserveSocPct() - 1e-9) {
                m.reserveViolations++;
            }
            if (s.isLastBeforeDeparture(i)) {
                m.departures++;
                if (soc < p.targetSocPct() - DEPARTURE_TOLERANCE_PCT) {
                    double targetWh = p.targetSocPct() / 100 * capacityWh;
                    m.departureMisses++;
                    m.departureShortfallKwh += (targetWh - energyWh) / 1000;
                    m.departureShortfallCost += (targetWh - energyWh) / 1000 * priceImport;
                    if (outageInSession) {
                        m.outageDepartureMisses++;
                    }
                    if (Math.min(capacityWh, arrivalWh + reachableWh) >= targetWh
                            - DEPARTURE_TOLERANCE_PCT / 100 * capacityWh) {
                        m.avoidableDepartureMisses++;
                    }
                }
            }
            series.gridW[i] = gridSum / subSteps;
            series.carW[i] = carSum / subSteps;
            series.socPct[i] = soc;
            if (i % reportEvery == reportEvery - 1) {
                progress.update((i + 1.0) / n);
            }
        }
        m.batteryEndKwh = energyWh / 1000;
        m.meanImportPrice = importPriceSum / n;
        m.dischargeEfficiency = p.dischargeEfficiency();
        m.batteryLossKwh = m.evChargeKwh * (1 - p.chargeEfficiency())
                + m.evDischargeKwh * (1 / p.dischargeEfficiency() - 1);
        return new Result(strategy.name(), m, series, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Applies the setpoint to the car for one sub-step; returns the actual AC power. The minimum power applies to
     * what the car really delivers: a request below it gives 0, and so does a discharge (or an outage charge) cut
     * below it by the no-export rule or the outage balance.
     */
    private double applyCar(double setpoint, boolean grid, double load, double pv, double critical, double dtH,
            double capacityWh) {
        Params p = params;
        double w = setpoint;
        if (w > 0) {
            w = Math.min(w, p.maxChargeW());
        } else if (w < 0) {
            w = Math.max(w, -p.maxDischargeW());
        }
        if (Math.abs(w) < p.minPowerW()) {
            w = 0;
        }
        if (grid) {
            if (w < 0 && !p.allowGridExport()) {
                double allowed = Math.max(0, load - pv);
                if (-w > allowed) {
                    double delivered = allowed < p.minPowerW() ? 0 : allowed;
                    m.curtailedDischargeKwh += (-w - delivered) * dtH / 1000;
                    w = -delivered;
                }
            }
        } else if (w < 0) {
            w = -Math.min(-w, Math.max(0, critical - pv));
        } else if (w > 0) {
            w = Math.min(w, Math.max(0, pv - critical));
        }
        if (Math.abs(w) < p.minPowerW()) {
            w = 0;
        }
        if (w > 0) {
            double room = capacityWh - energyWh;
            if (w * p.chargeEfficiency() * dtH > room) {
                w = Math.max(0, room) / (p.chargeEfficiency() * dtH);
            }
            energyWh = Math.min(capacityWh, energyWh + w * p.chargeEfficiency() * dtH);
            m.evChargeKwh += w * dtH / 1000;
        } else if (w < 0) {
            double available = Math.max(0, energyWh);
            if (-w / p.dischargeEfficiency() * dtH > available) {
                w = -available * p.dischargeEfficiency() / dtH;
            }
            energyWh = Math.max(0, energyWh + w / p.dischargeEfficiency() * dtH);
            m.evDischargeKwh += -w * dtH / 1000;
        }
        return Math.abs(w) < EPS_WH ? 0 : w;
    }

    /** Books one sub-step of the house; returns the grid power. */
    private double account(double car, boolean grid, double load, double pv, double critical, double dtH,
            double priceImport, double priceExport) {
        if (grid) {
            double g = load + car - pv;
            double importKwh = Math.max(0, g) * dtH / 1000;
            double exportKwh = Math.max(0, -g) * dtH / 1000;
            m.importKwh += importKwh;
            m.exportKwh += exportKwh;
            m.cost += importKwh * priceImport - exportKwh * priceExport;
            m.pvKwh += pv * dtH / 1000;
            m.loadServedKwh += load * dtH / 1000;
            return g;
        }
        double supply = pv + Math.max(0, -car);
        double demand = critical + Math.max(0, car);
        double served = Math.min(critical, supply - Math.max(0, car));
        served = Math.max(0, served);
        double curtailed = Math.max(0, supply - demand);
        m.outageDemandKwh += critical * dtH / 1000;
        m.outageUnservedKwh += (critical - served) * dtH / 1000;
        m.loadShedKwh += (load - critical) * dtH / 1000;
        m.loadServedKwh += served * dtH / 1000;
        m.pvCurtailedKwh += curtailed * dtH / 1000;
        m.pvKwh += (pv - curtailed) * dtH / 1000;
        return 0;
    }
}
