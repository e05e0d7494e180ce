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

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.v2x.bench.Bench;
import org.openhab.v2x.bench.TestScenarios;
import org.openhab.v2x.bench.scenario.EvSessions;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.scenario.ScenarioBuilder;
import org.openhab.v2x.bench.sim.Metrics;

/**
 * The benchmark's claim on two-week slices of the shared data (summer, spring, autumn; flat tariff, CONTROL.md
 * defaults): {@code v2x} costs less than every baseline, with no reserve violation and no avoidable departure miss,
 * and every baseline meets its departures too (so the costs compare the same mobility).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class V2xAgainstBaselinesTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @ParameterizedTest
    @CsvSource({ "2026-06-01T00:00", "2026-03-01T00:00", "2026-11-01T00:00" })
    void v2xIsCheapestOfTheControllersAndSafe(String start) throws Exception {
        Path data = TestScenarios.dataDir();
        Scenario s = ScenarioBuilder.build(new ScenarioBuilder.Options(data, LocalDateTime.parse(start), 14, 15,
                ZoneId.of("Europe/Berlin"), 4000, 8, List.of(EvSessions.DEFAULT_USER), List.of(), 0, 1, null, null,
                List.of(), null));
        Bench.Report report = new Bench(s, Params.defaults(), ZoneId.of("Europe/Berlin"), QUIET).run();
        Metrics v2x = report.result(V2xStrategy.NAME).metrics();
        assertEquals(0, v2x.reserveViolations);
        assertEquals(0, v2x.avoidableDepartureMisses);
        for (String baseline : List.of(BaselineStrategy.NAME, PvSurplusStrategy.NAME, ZeroPointBidiStrategy.NAME)) {
            Metrics other = report.result(baseline).metrics();
            assertEquals(0, other.departureMisses, baseline + " misses a departure");
            assertTrue(v2x.cost < other.cost, "v2x " + v2x.cost + " vs " + baseline + " " + other.cost);
        }
    }
}
