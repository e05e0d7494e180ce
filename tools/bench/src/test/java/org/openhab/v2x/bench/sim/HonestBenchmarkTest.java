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

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.v2x.bench.TestScenarios;
import org.openhab.v2x.bench.optimum.FeasibleOptimum;
import org.openhab.v2x.bench.optimum.LpOptimum;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.scenario.ScenarioCsv;
import org.openhab.v2x.bench.scenario.ScenarioZone;

/**
 * The rules that keep the comparison honest: minimum power after the no-export cut, the feasible optimum against
 * the relaxed LP, the end value, outage-caused misses, the scenario's own zone.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class HonestBenchmarkTest {

    private static final double EPS = 1e-6;
    private final Params p = Params.defaults();

    private static Strategy constant(double w) {
        return new Strategy() {
            @Override
            public String name() {
                return "constant";
            }

            @Override
            public double loopSeconds() {
                return 0;
            }

            @Override
            public double setpoint(SiteView view) {
                return w;
            }
        };
    }

    private static Metrics run(Scenario s, Params params, Strategy strategy) {
        return new Simulator(s, params).run(strategy, f -> {
        }).metrics();
    }

    @Test
    void aDischargeCutBelowTheMinimumByTheNoExportRuleDeliversNothing() {
        // -1400 W into a 600 W home: the charger cannot deliver 600 W at a 1400 W minimum
        Scenario s = TestScenarios.hourly(new double[] { 600, 0, 1, 1, 0 }, new double[] { 600, 0, 1, 1, 0 });
        Metrics m = run(s, p, constant(-1400));
        assertEquals(0, m.evDischargeKwh, EPS);
        assertEquals(1.2, m.importKwh, EPS);
        assertEquals(2.8, m.curtailedDischargeKwh, EPS);
        // at or above the minimum the cut discharge is delivered
        Metrics enough = run(TestScenarios.hourly(new double[] { 1500, 0, 1, 1, 0 }, new double[] { 1500, 0, 1, 1, 0 }),
                p, constant(-3000));
        assertEquals(3.0, enough.evDischargeKwh, EPS);
    }

    @Test
    void theFeasibleOptimumPaysForTheMinimumPowerWhichTheLpIgnores() {
        // 600 W of surplus for an hour, the car 1 % (0.6 kWh) below the target before leaving after the second
        // hour: the LP stores the surplus (cost -0.0 instead of exporting it), a real charger must take 1400 W
        Params params = new Params(60, 79, 30, 80, 7400, 7400, 1400, 0.9, 1, 0.30, 0.08, false);
        Scenario s = TestScenarios.hourly(new double[] { 0, 600, 1, 1, 0 }, new double[] { 0, 0, 1, 1, 0 },
                new double[] { 0, 0, 1, 0, 0 });
        Metrics optimum = run(s, params, new FeasibleOptimum(s, params));
        assertEquals(0, optimum.departureMisses);
        // 1400 W in the first hour: 800 W from the grid at 0.30 (charging in the second hour would cost 0.42)
        assertEquals(0.24, optimum.cost, EPS);
        LpOptimum.Solution lp = new LpOptimum(s, params, 10, 10).solve(f -> {
        });
        Metrics relaxed = run(s, params.withMinPower(0),
                new org.openhab.v2x.bench.strategy.ScheduleStrategy("lp", lp.setpointW(), params));
        assertTrue(relaxed.cost < 0.05, "the LP buys only the 0.07 kWh the surplus misses: " + relaxed.cost);
    }

    @Test
    void costInclEndValueCreditsTheEnergyLeftAtTheMeanImportPrice() {
        Scenario s = TestScenarios.hourly(new double[] { 1000, 0, 1, 1, 0 }, new double[] { 1000, 0, 1, 1, 0 });
        Metrics m = run(s, p, constant(0));
        assertEquals(0.6, m.cost, EPS);
        assertEquals(36, m.batteryEndKwh, EPS);
        assertEquals(0.6 - 36 * 0.30 * 0.92, m.costInclEndValue(), EPS);
        assertEquals(m.costInclEndValue(), (double) m.toMap().get("cost_incl_end_value"), EPS);
    }

    @Test
    void aMissInASessionWithAnOutageIsCountedApartAndStillCounts() {
        Params params = new Params(60, 50, 30, 80, 7400, 7400, 1400, 0.92, 0.92, 0.30, 0.08, false);
        Scenario s = TestScenarios.hourly(new double[] { 500, 0, 0, 1, 0 }, new double[] { 500, 0, 1, 1, 0 },
                new double[] { 500, 0, 1, 0, 0 });
        Metrics m = run(s, params, constant(0));
        assertEquals(1, m.departureMisses);
        assertEquals(1, m.outageDepartureMisses);
        Metrics noOutage = run(TestScenarios.hourly(new double[] { 500, 0, 1, 1, 0 },
                new double[] { 500, 0, 1, 1, 0 }, new double[] { 500, 0, 1, 0, 0 }), params, constant(0));
        assertEquals(1, noOutage.departureMisses);
        assertEquals(0, noOutage.outageDepartureMisses);
    }

    @Test
    void theZoneComesFromTheScenarioOffsets() throws Exception {
        assertEquals(ZoneOffset.UTC, ScenarioZone.of(TestScenarios.hourly(new double[] { 0, 0, 1, 1, 0 })));
        // Central European summer time starts on 2026-03-29 at 01:00 UTC; New York's offsets differ
        String csv = "timestamp,load_w,pv_w,grid_available,ev_present,ev_trip_kwh\n"
                + "2026-03-29T01:00+01:00,0,0,1,1,0\n2026-03-29T03:00+02:00,0,0,1,1,0\n";
        ZoneId zone = ScenarioZone.of(ScenarioCsv.read(new StringReader(csv), "dst"));
        assertTrue(zone.getId().startsWith("Europe/"), zone.getId());
        assertEquals(ZoneOffset.ofHours(2), zone.getRules().getOffset(java.time.Instant.parse("2026-03-29T01:00:00Z")));
    }
}
