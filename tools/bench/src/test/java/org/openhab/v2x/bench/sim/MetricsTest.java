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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.v2x.bench.TestScenarios;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.scenario.ScenarioCsv;
import org.openhab.v2x.bench.strategy.BaselineStrategy;

/**
 * Each metric on small scenarios whose results are worked out by hand (defaults: 60 kWh, 60 %, reserve 30 %,
 * target 80 %, 7.4 kW, min 1.4 kW, efficiencies 0.92, 0.30 / 0.08 per kWh, no export).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class MetricsTest {

    private static final double EPS = 1e-6;
    private final Params p = Params.defaults();

    /** Always asks for the same power. */
    private static Strategy constant(double w) {
        return fixed(w);
    }

    private static Strategy fixed(double... perStep) {
        return new Strategy() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public double loopSeconds() {
                return 0;
            }

            @Override
            public double setpoint(SiteView view) {
                return perStep[Math.min(view.step, perStep.length - 1)];
            }
        };
    }

    private Metrics run(Scenario s, Params params, Strategy strategy) {
        return new Simulator(s, params).run(strategy, f -> {
        }).metrics();
    }

    @Test
    void importCostAndShares() {
        // 2 h import of 1 kW, 2 h with 3 kW PV and 1 kW load: 4 kWh export
        Scenario s = TestScenarios.hourly(new double[] { 1000, 0, 1, 0, 0 }, new double[] { 1000, 0, 1, 0, 0 },
                new double[] { 1000, 3000, 1, 0, 0 }, new double[] { 1000, 3000, 1, 0, 0 });
        Metrics m = run(s, p, constant(0));
        assertEquals(2.0, m.importKwh, EPS);
        assertEquals(4.0, m.exportKwh, EPS);
        assertEquals(2 * 0.30 - 4 * 0.08, m.cost, EPS);
        assertEquals((6.0 - 4.0) / 6.0, m.selfConsumption(), EPS);
        assertEquals((4.0 - 2.0) / 4.0, m.selfSufficiency(), EPS);
        assertEquals(0, m.setpointChanges);
    }

    @Test
    void baselineChargesToTargetAndCountsCycles() {
        // 12 kWh stored needed (60 -> 80 % of 60 kWh) = 13.043 kWh AC: 7.4 kWh in hour 1, 5.643 kWh in hour 2
        Scenario s = TestScenarios.hourly(new double[] { 500, 0, 1, 1, 0 }, new double[] { 500, 0, 1, 1, 0 },
                new double[] { 500, 0, 1, 1, 0 }, new double[] { 500, 0, 1, 0, 0 });
        Metrics m = run(s, p, new BaselineStrategy(p));
        double ac = 12.0 / 0.92;
        assertEquals(ac, m.evChargeKwh, EPS);
        assertEquals(2.0 + ac, m.importKwh, EPS);
        assertEquals((2.0 + ac) * 0.30, m.cost, EPS);
        assertEquals(ac / 120, m.equivalentFullCycles(), EPS);
        assertEquals(1, m.departures);
        assertEquals(0, m.departureMisses);
        assertEquals(0, m.departureShortfallKwh, EPS);
        assertEquals(3, m.setpointChanges, "7400 W, the 5643 W that are missing, then 0 at the target");
        assertEquals(48.0, m.batteryEndKwh, EPS);
    }

    @Test
    void unavoidableDepartureMissAndShortfall() {
        // one hour at 7.4 kW stores 6.808 kWh: 36 + 6.808 < 48 kWh target
        Scenario s = TestScenarios.hourly(new double[] { 0, 0, 1, 1, 0 }, new double[] { 0, 0, 1, 0, 0 });
        Metrics m = run(s, p, new BaselineStrategy(p));
        assertEquals(1, m.departureMisses);
        assertEquals(48 - 36 - 7.4 * 0.92, m.departureShortfallKwh, EPS);
        assertEquals(0, m.avoidableDepartureMisses);
    }

    @Test
    void avoidableDepartureMiss() {
        Scenario s = TestScenarios.hourly(new double[] { 0, 0, 1, 1, 0 }, new double[] { 0, 0, 1, 1, 0 },
                new double[] { 0, 0, 1, 0, 0 });
        Metrics m = run(s, p, constant(0));
        assertEquals(1, m.departureMisses);
        assertEquals(12.0, m.departureShortfallKwh, EPS);
        assertEquals(1, m.avoidableDepartureMisses);
    }

    @Test
    void costInclShortfallPricesTheMissingEnergyAtTheDepartureStep() throws Exception {
        // car present in the first two hours, leaves 12 kWh short of the 80 % target; import 0.40 at the last step
        String csv = """
                timestamp,load_w,pv_w,grid_available,ev_present,ev_trip_kwh,price_import,price_export
                2026-06-01T00:00:00Z,1000,0,1,1,0,0.20,0.05
                2026-06-01T01:00:00Z,0,0,1,1,0,0.40,0.05
                2026-06-01T02:00:00Z,0,0,1,0,0,0.25,0.05
                """;
        Scenario s = ScenarioCsv.read(new StringReader(csv), "test");
        Metrics m = run(s, p, constant(0));
        assertEquals(0.20, m.cost, EPS, "CONTROL.md cost: 1 kWh import at 0.20, the shortfall not in it");
        assertEquals(12.0, m.departureShortfallKwh, EPS);
        assertEquals(0.20 + 12.0 * 0.40, m.costInclShortfall(), EPS);
        Map<String, Object> map = m.toMap();
        assertEquals(Metrics.NAMES, List.copyOf(map.keySet()).subList(0, Metrics.NAMES.size()),
                "the CONTROL.md metrics come first, unchanged");
        assertEquals(m.costInclShortfall(), (double) map.get("cost_incl_shortfall"), EPS);
        assertEquals(m.cost, (double) map.get("cost"), EPS);
    }

    @Test
    void reserveViolationAndDischargeEnergy() {
        // 31 % = 18.6 kWh; 7.4 kW for 1 h takes 8.043 kWh from the battery: 17.6 % < 30 %
        Params params = new Params(60, 31, 30, 80, 7400, 7400, 1400, 0.92, 0.92, 0.30, 0.08, true);
        Scenario s = TestScenarios.hourly(new double[] { 1000, 0, 1, 1, 0 }, new double[] { 1000, 0, 1, 1, 0 });
        Metrics m = run(s, params, fixed(-7400, 0));
        assertEquals(1, m.reserveViolations);
        assertEquals(7.4, m.evDischargeKwh, EPS);
        assertEquals(6.4, m.exportKwh, EPS, "V2G export allowed");
        assertEquals(1.0, m.importKwh, EPS);
        assertEquals(7.4 / 120, m.equivalentFullCycles(), EPS);
    }

    @Test
    void noExportCurtailsTheDischarge() {
        Scenario s = TestScenarios.hourly(new double[] { 1500, 0, 1, 1, 0 }, new double[] { 1500, 0, 1, 1, 0 });
        Metrics m = run(s, p, constant(-3000));
        assertEquals(3.0, m.evDischargeKwh, EPS);
        assertEquals(3.0, m.curtailedDischargeKwh, EPS);
        assertEquals(0, m.exportKwh, EPS);
        assertEquals(0, m.importKwh, EPS);
        assertEquals(1.0, m.selfSufficiency(), EPS);
        assertEquals(0, m.reserveViolations);
    }

    @Test
    void minimumPowerGivesZero() {
        Scenario s = TestScenarios.hourly(new double[] { 1000, 0, 1, 1, 0 }, new double[] { 1000, 0, 1, 1, 0 });
        Metrics m = run(s, p, constant(1000));
        assertEquals(0, m.evChargeKwh, EPS);
        assertEquals(2.0, m.importKwh, EPS);
    }

    @Test
    void outageServedByCarAndUnservedWithout() {
        // load 2 kW of which 1.5 kW critical, PV 0.5 kW: the car has to give 1 kW
        double[] outage = { 2000, 500, 0, 1, 0, 1500 };
        Scenario s = TestScenarios.hourly(outage, outage.clone());
        // a DC charger: 1 kW is above its minimum (with 1400 W it would deliver nothing)
        Metrics withCar = run(s, p.withMinPower(300), constant(-5000));
        assertEquals(3.0, withCar.outageDemandKwh, EPS);
        assertEquals(0, withCar.outageUnservedKwh, EPS);
        assertEquals(1.0, withCar.outageServedFraction(), EPS);
        assertEquals(2.0, withCar.evDischargeKwh, EPS);
        assertEquals(1.0, withCar.loadShedKwh, EPS);
        assertEquals(0, withCar.importKwh, EPS);
        Metrics without = run(s, p, constant(0));
        assertEquals(2.0, without.outageUnservedKwh, EPS);
        assertEquals(1.0 / 3.0, without.outageServedFraction(), EPS);
    }

    @Test
    void outageSurplusChargesTheCarAndIsCurtailedWhenFull() {
        // PV 5 kW, critical 1 kW: the car may take 4 kW at most, the rest is curtailed
        double[] sunny = { 1000, 5000, 0, 1, 0, 1000 };
        Scenario s = TestScenarios.hourly(sunny, sunny.clone());
        Metrics charging = run(s, p, constant(7400));
        assertEquals(8.0, charging.evChargeKwh, EPS);
        assertEquals(0, charging.pvCurtailedKwh, EPS);
        Metrics idle = run(s, p, constant(0));
        assertEquals(8.0, idle.pvCurtailedKwh, EPS);
        assertEquals(2.0, idle.pvKwh, EPS);
    }

    @Test
    void tripTakesEnergyOnReturn() {
        Scenario s = TestScenarios.hourly(new double[] { 0, 0, 1, 0, 0 }, new double[] { 0, 0, 1, 1, 6 },
                new double[] { 0, 0, 1, 1, 0 });
        Metrics m = run(s, p, constant(0));
        assertEquals(6.0, m.tripKwh, EPS);
        assertEquals(30.0, m.batteryEndKwh, EPS);
    }

    @Test
    void setpointChangesCountDifferentWrites() {
        Scenario s = TestScenarios.hourly(new double[] { 0, 0, 1, 1, 0 }, new double[] { 0, 0, 1, 1, 0 },
                new double[] { 0, 0, 1, 1, 0 }, new double[] { 0, 0, 1, 1, 0 });
        assertEquals(2, run(s, p, fixed(0, 2000, 2000, 3000)).setpointChanges);
    }

    @Test
    void subSteppingCallsAtTheLoopPeriod() {
        int[] calls = { 0 };
        Strategy counting = new Strategy() {
            @Override
            public String name() {
                return "count";
            }

            @Override
            public double loopSeconds() {
                return 10;
            }

            @Override
            public double setpoint(SiteView view) {
                calls[0]++;
                return 0;
            }
        };
        run(TestScenarios.steps(15, new double[] { 0, 0, 1, 1, 0 }, new double[] { 0, 0, 1, 1, 0 }), p, counting);
        assertEquals(2 * 90, calls[0]);
    }
}
