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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.v2x.bench.TestScenarios;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.sim.Metrics;
import org.openhab.v2x.bench.sim.Simulator;
import org.openhab.v2x.bench.sim.SiteView;

/**
 * The documented behaviour of the {@code pv-surplus} and {@code zero-point-bidi} baselines, call by call and over
 * small scenarios (defaults: 60 kWh, reserve 30 %, target 80 %, 7.4 kW, min 1.4 kW, efficiency 0.92).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class BaselineStrategiesTest {

    private static final double EPS = 1e-6;
    private static final long FAR_DEPARTURE_S = 1_000_000;
    private final Params p = Params.defaults();

    /** A present, grid-connected car with the charger idle. */
    private static SiteView view(double nowS, double gridW, double socPct, long departureS) {
        SiteView v = new SiteView();
        v.nowS = nowS;
        v.gridW = gridW;
        v.gridAvailable = true;
        v.carPresent = true;
        v.socPct = socPct;
        v.capacityKwh = 60;
        v.departureS = departureS;
        return v;
    }

    /** Seconds at full power from 60 % to the 80 % target: 12 kWh stored at 7.4 kW x 0.92. */
    private static double fullPowerSecondsFrom60() {
        return 12.0 / (7.4 * 0.92) * 3600;
    }

    @Test
    void zeroPointBidiDischargesOnImportOnlyAboveThePlanTarget() {
        ZeroPointBidiStrategy above = new ZeroPointBidiStrategy(p);
        assertEquals(-(2000 - ZeroPointBidiStrategy.TARGET_GRID_W), above.setpoint(view(0, 2000, 85, FAR_DEPARTURE_S)),
                EPS);
        ZeroPointBidiStrategy atTarget = new ZeroPointBidiStrategy(p);
        assertEquals(0, atTarget.setpoint(view(0, 2000, 80, FAR_DEPARTURE_S)), EPS);
        ZeroPointBidiStrategy below = new ZeroPointBidiStrategy(p);
        assertEquals(0, below.setpoint(view(0, 2000, 50, FAR_DEPARTURE_S)), EPS, "no discharge below the target");
    }

    @Test
    void zeroPointBidiFollowsSurplusAboveTargetAtOnceAndIgnoresSmallRequests() {
        ZeroPointBidiStrategy s = new ZeroPointBidiStrategy(p);
        assertEquals(3000 + ZeroPointBidiStrategy.TARGET_GRID_W, s.setpoint(view(0, -3000, 85, FAR_DEPARTURE_S)), EPS);
        assertEquals(0, s.setpoint(view(10, 1000, 85, FAR_DEPARTURE_S)), EPS, "885 W is below the minimum power");
        assertEquals(0, s.setpoint(view(20, -3000, 100, FAR_DEPARTURE_S)), EPS, "full");
    }

    @Test
    void zeroPointBidiChargesFromPvBelowTargetAfterTheSwitchOnDelay() {
        ZeroPointBidiStrategy s = new ZeroPointBidiStrategy(p);
        for (int t = 0; t <= 60; t += 10) {
            assertEquals(0, s.setpoint(view(t, -1450, 60, FAR_DEPARTURE_S)), EPS, "1450 W is below the 1500 W threshold");
        }
        assertEquals(0, s.setpoint(view(100, -2000, 60, FAR_DEPARTURE_S)), EPS);
        assertEquals(0, s.setpoint(view(120, -2000, 60, FAR_DEPARTURE_S)), EPS);
        assertEquals(2000 + ZeroPointBidiStrategy.TARGET_GRID_W, s.setpoint(view(130, -2000, 60, FAR_DEPARTURE_S)), EPS);
        // a cloud: at the minimum power the house imports; the minimum is held for 60 s, then charging stops
        SiteView cloudy = view(140, 600, 60, FAR_DEPARTURE_S);
        cloudy.carW = 1400;
        assertEquals(1400, s.setpoint(cloudy), EPS);
        cloudy.nowS = 190;
        assertEquals(1400, s.setpoint(cloudy), EPS);
        cloudy.nowS = 200;
        assertEquals(0, s.setpoint(cloudy), EPS);
    }

    @Test
    void zeroPointBidiStartsTheDeparturePlanFiveMinutesBeforeTheLatestStart() {
        double latestStartS = 10_000;
        long departureS = Math.round(latestStartS + fullPowerSecondsFrom60());
        ZeroPointBidiStrategy s = new ZeroPointBidiStrategy(p);
        assertEquals(0, s.setpoint(view(latestStartS - 320, 0, 60, departureS)), EPS);
        assertEquals(7400, s.setpoint(view(latestStartS - 300, 0, 60, departureS)), EPS);
        // once started the plan holds until the target, even when the house imports
        assertEquals(7400, s.setpoint(view(latestStartS, 5000, 70, departureS)), EPS);
        assertEquals(0, s.setpoint(view(latestStartS + 10, 5000, 80, departureS)), EPS);
    }

    @Test
    void zeroPointBidiDoesNothingWithoutGridOrCar() {
        ZeroPointBidiStrategy s = new ZeroPointBidiStrategy(p);
        SiteView outage = view(0, 0, 90, FAR_DEPARTURE_S);
        outage.gridAvailable = false;
        assertEquals(0, s.setpoint(outage), EPS, "openWB does not island");
        SiteView away = view(10, 2000, 90, -1);
        away.carPresent = false;
        assertEquals(0, s.setpoint(away), EPS);
    }

    @Test
    void pvSurplusEnablesAfterOneMinuteAndHoldsTheMinimumForThreeMinutes() {
        PvSurplusStrategy s = new PvSurplusStrategy(p);
        assertEquals(0, s.setpoint(view(0, -2000, 60, FAR_DEPARTURE_S)), EPS);
        assertEquals(0, s.setpoint(view(30, -2000, 60, FAR_DEPARTURE_S)), EPS);
        assertEquals(2000, s.setpoint(view(60, -2000, 60, FAR_DEPARTURE_S)), EPS);
        SiteView cloudy = view(90, 600, 60, FAR_DEPARTURE_S);
        cloudy.carW = 1400;
        for (int t = 90; t < 270; t += 30) {
            cloudy.nowS = t;
            assertEquals(1400, s.setpoint(cloudy), EPS, "holding the minimum at t=" + t);
        }
        cloudy.nowS = 270;
        assertEquals(0, s.setpoint(cloudy), EPS);
    }

    @Test
    void pvSurplusPlanStartsOneLoopBeforeTheLatestStart() {
        double latestStartS = 10_000;
        long departureS = Math.round(latestStartS + fullPowerSecondsFrom60());
        PvSurplusStrategy s = new PvSurplusStrategy(p);
        assertEquals(0, s.setpoint(view(latestStartS - 40, 0, 60, departureS)), EPS);
        assertEquals(7400, s.setpoint(view(latestStartS - 30, 0, 60, departureS)), EPS);
    }

    @Test
    void surplusSwitchRestartsItsTimerWhenTheConditionLapses() {
        SurplusSwitch sw = new SurplusSwitch(30, 60);
        assertEquals(false, sw.update(0, true, false));
        assertEquals(false, sw.update(20, false, false));
        assertEquals(false, sw.update(40, true, false));
        assertEquals(false, sw.update(60, true, false));
        assertEquals(true, sw.update(70, true, false));
        assertEquals(true, sw.update(80, false, true));
        assertEquals(true, sw.update(139, false, true));
        assertEquals(false, sw.update(140, false, true));
    }

    @Test
    void zeroPointBidiKeepsEveryDepartureTargetWithoutPv() {
        // three nights at home without PV, 10 kWh trips: only grid energy can meet the targets
        double[] home = { 500, 0, 1, 1, 0 };
        double[] away = { 0, 0, 1, 0, 0 };
        double[] back = { 500, 0, 1, 1, 10 };
        Scenario s = TestScenarios.hourly(home, home, home, home, home, home, away, away, back, home, home, home, home,
                home, away, away, back, home, home, home, home, home, away);
        Metrics m = new Simulator(s, p).run(new ZeroPointBidiStrategy(p), f -> {
        }).metrics();
        assertEquals(3, m.departures);
        assertEquals(0, m.departureMisses);
        assertEquals(0, m.departureShortfallKwh, EPS);
        assertTrue(m.evChargeKwh > 20, "charged from the grid: " + m.evChargeKwh);
        assertEquals(0, m.evDischargeKwh, EPS, "never above the target, so never discharging");
    }
}
