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
package org.openhab.v2x.bench.strategy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.control.ChargePlan;
import org.openhab.automation.v2x.internal.control.ChargePlanner;
import org.openhab.automation.v2x.internal.control.ControlMode;
import org.openhab.automation.v2x.internal.control.Decision;
import org.openhab.automation.v2x.internal.control.Measurement;
import org.openhab.automation.v2x.internal.control.V2xController;
import org.openhab.automation.v2x.internal.control.PlannerSettings;
import org.openhab.automation.v2x.internal.control.ReplanTrigger;
import org.openhab.automation.v2x.internal.control.SameSlotForecast;
import org.openhab.automation.v2x.internal.control.V2xSettings;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.sim.SiteView;
import org.openhab.v2x.bench.sim.Strategy;

/**
 * Our controller, called exactly as the openHAB module handler calls it: one {@link Measurement} per scenario step,
 * {@link Decision#setpointW()} to the charger. The minimum charge and discharge power is {@code min_power_w}: a home
 * demand below it is not served while export is not allowed (the controller never pulses the charger).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class V2xStrategy implements Strategy {

    public static final String NAME = "v2x";
    /** Days averaged by the forecasts from the past: the home's load and PV. */
    static final int LOAD_DAYS = 7;
    static final int PV_DAYS = 3;

    private final V2xController controller;
    private final double capacityKwh;
    private final @Nullable PlanningInputs planning;
    private double dischargedTodayWh;

    /**
     * What the planner gets, all from what a real controller may know: forecasts from the past measurements
     * (same-slot means), the tariff's prices (published ahead), the departure and the target.
     */
    private record PlanningInputs(ChargePlanner planner, ReplanTrigger trigger, SameSlotForecast load,
            SameSlotForecast pv, Scenario prices, Params params) {
    }

    public V2xStrategy(Params params, ZoneId zone) {
        this(settings(params, zone), params.evCapacityKwh());
    }

    /**
     * With the V2H floor at {@code v2hMinSocPct} instead of the controller's default (the target) and, when not
     * null, another minimum solar share.
     */
    public V2xStrategy(Params params, ZoneId zone, @Nullable Double v2hMinSocPct, @Nullable Double minSolarSharePct) {
        this(tuned(settings(params, zone), v2hMinSocPct, minSolarSharePct), params.evCapacityKwh());
    }

    private static V2xSettings tuned(V2xSettings settings, @Nullable Double v2hMinSocPct,
            @Nullable Double minSolarSharePct) {
        V2xSettings.Builder builder = settings.toBuilder().v2hMinSocPct(v2hMinSocPct);
        if (minSolarSharePct != null) {
            builder.minSolarSharePct(minSolarSharePct);
        }
        return builder.build();
    }

    public V2xStrategy(V2xSettings settings, double capacityKwh) {
        this.controller = new V2xController(settings);
        this.capacityKwh = capacityKwh;
        this.planning = null;
    }

    /**
     * The controller with its planner: replans every slot while the car is present (and on plug-in, a new departure,
     * grid return), from 7-day same-slot load means and 3-day PV means of the steps seen so far (never a future row),
     * the scenario's prices over the plan (a tariff's prices are published) and the departure.
     */
    public V2xStrategy(Params params, ZoneId zone, @Nullable Double v2hMinSocPct, @Nullable Double minSolarSharePct,
            Scenario scenario, PlannerSettings plannerSettings) {
        V2xSettings settings = tuned(settings(params, zone), v2hMinSocPct, minSolarSharePct);
        this.controller = new V2xController(settings);
        this.capacityKwh = params.evCapacityKwh();
        int slotS = scenario.stepSeconds();
        PlannerSettings planner = new PlannerSettings(plannerSettings.wearCostPerKwh(), plannerSettings.horizon(),
                plannerSettings.maxHorizon(), Duration.ofSeconds(Math.max(slotS, 60)), Duration.ofSeconds(slotS),
                plannerSettings.energyStepWh(), plannerSettings.endValueFactor());
        this.planning = new PlanningInputs(new ChargePlanner(planner), new ReplanTrigger(planner.replanInterval()),
                new SameSlotForecast(slotS, LOAD_DAYS, zone), new SameSlotForecast(slotS, PV_DAYS, zone), scenario,
                params);
    }

    /**
     * The scenario parameters as controller settings, mode solar-v2h, everything else at its default (V2H floor at
     * the target, solar charging up to 100 %).
     */
    public static V2xSettings settings(Params p, ZoneId zone) {
        double min = Math.max(1, p.minPowerW());
        return V2xSettings.builder().mode(ControlMode.SOLAR_V2H).reserveSocPct(p.reserveSocPct())
                .targetSocPct(p.targetSocPct()).chargePower(Math.min(min, p.maxChargeW()), p.maxChargeW())
                .dischargePower(Math.min(min, p.maxDischargeW()), p.maxDischargeW())
                .efficiencies(p.chargeEfficiency(), p.dischargeEfficiency()).allowGridExport(p.allowGridExport())
                .zone(zone).build();
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
        PlanningInputs inputs = planning;
        if (inputs != null) {
            plan(inputs, v);
        }
        Decision decision = controller.decide(measurement(v, capacityKwh));
        dischargedTodayWh = decision.dischargedTodayKwh() * 1000;
        return decision.setpointW();
    }

    private void plan(PlanningInputs in, SiteView v) {
        Instant now = Instant.ofEpochMilli(Math.round(v.nowS * 1000));
        in.load().record(now, v.loadW);
        in.pv().record(now, v.pvW);
        Instant departure = v.carPresent && v.departureS > 0 ? Instant.ofEpochSecond(v.departureS) : null;
        V2xSettings s = controller.settings();
        String reason = in.trigger().due(now, v.carPresent, departure, s.targetSocPct(), 0, v.gridAvailable);
        if (!v.carPresent) {
            controller.followPlan(null);
            return;
        }
        if (reason == null) {
            return;
        }
        int n = in.planner().slotsFor(now, departure);
        double[] load = in.load().forecast(now, n);
        double[] pv = in.pv().forecast(now, n);
        load[0] = v.loadW;
        pv[0] = v.pvW;
        Scenario sc = in.prices();
        Params p = in.params();
        int last = Math.min(sc.size(), v.step + n);
        double[] priceImport = new double[last - v.step];
        double[] priceExport = new double[last - v.step];
        for (int i = v.step; i < last; i++) {
            priceImport[i - v.step] = sc.priceImport(i, p.priceImport());
            priceExport[i - v.step] = sc.priceExport(i, p.priceExport());
        }
        ChargePlan plan = in.planner().plan(new ChargePlanner.Input(now, v.socPct, capacityKwh, departure,
                v.gridAvailable, load, pv, priceImport, priceExport, dischargedTodayWh), s);
        controller.followPlan(plan);
        in.trigger().planned(now);
    }

    /** The measurement the handler would build from the items at this moment. */
    public static Measurement measurement(SiteView v, double capacityKwh) {
        return new Measurement(Instant.ofEpochMilli(Math.round(v.nowS * 1000)), v.gridAvailable ? v.gridW : 0,
                v.gridAvailable, v.carW, v.carPresent, v.carPresent ? v.socPct : null, capacityKwh, v.pvW, v.loadW,
                v.carPresent && v.departureS > 0 ? Instant.ofEpochSecond(v.departureS) : null);
    }
}
