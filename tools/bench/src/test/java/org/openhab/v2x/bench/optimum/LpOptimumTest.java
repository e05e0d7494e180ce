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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openhab.v2x.bench.Bench;
import org.openhab.v2x.bench.TestScenarios;
import org.openhab.v2x.bench.scenario.EvSessions;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.scenario.ScenarioBuilder;
import org.openhab.v2x.bench.sim.Metrics;
import org.openhab.v2x.bench.sim.Simulator.Result;

/**
 * The optimum is never worse than any strategy on small scenarios (one LP window covers them, so it is exact),
 * counting the penalised quantities the LP trades against cost (departure shortfall, unserved load, trip shortfall).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class LpOptimumTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    static double objective(Metrics m) {
        return m.cost + LpOptimum.MISS_PENALTY * m.departureShortfallKwh
                + LpOptimum.UNSERVED_PENALTY * m.outageUnservedKwh + LpOptimum.TRIP_PENALTY * m.tripShortfallKwh;
    }

    private static void assertOptimumBest(Scenario s, Params p) throws Exception {
        Bench.Report report = new Bench(s, p, ZoneId.of("Europe/Berlin"), QUIET).windows(1000, 0).run();
        assertTrue(report.lpBound().windows() <= 1, "one window: exact");
        double best = objective(report.result(LpOptimum.NAME).metrics());
        for (Result r : report.results()) {
            if (r.metrics().reserveViolations > 0) {
                continue;
            }
            assertTrue(best <= objective(r.metrics()) + 1e-3,
                    "optimum " + best + " worse than " + r.strategy() + " " + objective(r.metrics()));
        }
        assertEquals(0, report.result(LpOptimum.NAME).metrics().reserveViolations);
    }

    @ParameterizedTest
    @CsvSource({ "2026-06-10T00:00, 4, 15, 0, false", "2026-01-12T00:00, 3, 60, 0, false",
            "2026-07-01T00:00, 3, 30, 3, false", "2026-04-01T00:00, 3, 15, 2, true" })
    void neverWorseOnDataSlices(String start, int days, int stepMin, int outages, boolean export) throws Exception {
        Path data = TestScenarios.dataDir();
        Scenario s = ScenarioBuilder.build(new ScenarioBuilder.Options(data, LocalDateTime.parse(start), days,
                stepMin, ZoneId.of("Europe/Berlin"), 4000, 8, List.of(EvSessions.DEFAULT_USER), List.of(), outages, 5,
                null, null, List.of(new ScenarioBuilder.PriceBand(0, 6, 0.2), new ScenarioBuilder.PriceBand(17, 21, 0.4)),
                0.5));
        assertOptimumBest(s, Params.defaults().withAllowGridExport(export));
    }

    @Test
    void neverWorseOnAHandMadeEvening() throws Exception {
        // evening import 2 kW with the car at 70 %, departure next morning; the LP discharges, then recharges
        double[] evening = { 2000, 0, 1, 1, 0 };
        double[] night = { 300, 0, 1, 1, 0 };
        double[] gone = { 300, 0, 1, 0, 0 };
        Scenario s = TestScenarios.hourly(evening, evening, evening, night, night, night, night, night, night, gone);
        Params p = new Params(60, 70, 30, 80, 7400, 7400, 1400, 0.92, 0.92, 0.30, 0.08, false);
        assertOptimumBest(s, p);
    }
}
