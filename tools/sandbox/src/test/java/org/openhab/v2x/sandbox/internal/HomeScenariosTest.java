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
package org.openhab.v2x.sandbox.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.v2x.bench.scenario.ScenarioFormatException;
import org.openhab.v2x.simulator.home.Scenario;
import org.openhab.v2x.simulator.home.ScenarioStep;

/**
 * Scenario files as the simulated home sees them: the bench's reader, then the steps with the home's defaults.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class HomeScenariosTest {

    private static final String HEADER = "timestamp,load_w,pv_w,grid_available,ev_present,ev_trip_kwh";

    @Test
    void withoutOptionalColumnsPricesAreTheDefaultsAndAllTheLoadIsCritical() throws Exception {
        Scenario scenario = HomeScenarios.read(new StringReader(HEADER + "\n" //
                + "2026-06-19T07:15:00+02:00,800,0,1,1,0\n" //
                + "2026-06-19T07:20:00+02:00,900,120.5,0,0,0\n" //
                + "2026-06-19T07:25:00+02:00,700,150,1,1,14\n"), "day.csv");
        assertEquals("day.csv", scenario.name());
        assertEquals(Duration.ofMinutes(5), scenario.step());
        assertEquals(ZoneOffset.ofHours(2), scenario.offset());
        assertEquals(Instant.parse("2026-06-19T05:15:00Z"), scenario.start());
        assertEquals(Instant.parse("2026-06-19T05:30:00Z"), scenario.end());
        assertEquals(new ScenarioStep(Instant.parse("2026-06-19T05:20:00Z"), 900, 120.5, false, false, 0, 900, 0.30,
                0.08), scenario.steps().get(1));
        assertEquals(14, scenario.steps().get(2).evTripKwh());
        assertEquals(0, scenario.steps().get(2).sheddableW());
    }

    @Test
    void givenPricesAndCriticalLoadArePerStep() throws Exception {
        Scenario scenario = HomeScenarios.read(new StringReader(HEADER + ",critical_load_w,price_export,price_import\n"
                + "2026-06-19T19:00:00+02:00,2000,1000,1,1,0,1000,0.05,0.41\n"
                + "2026-06-19T19:15:00+02:00,2000,500,0,1,0,0,0.04,0.35\n"), "prices.csv");
        ScenarioStep first = scenario.steps().get(0);
        assertEquals(1000, first.criticalLoadW());
        assertEquals(1000, first.sheddableW());
        assertEquals(0.41, first.priceImport());
        assertEquals(0.05, first.priceExport());
        assertEquals(0, scenario.steps().get(1).criticalLoadW());
        assertEquals(0.35, scenario.steps().get(1).priceImport());
    }

    @Test
    void timesShowInTheOffsetOfTheFirstRow() throws Exception {
        // the night summer time ends: the same 15-minute steps, written in two offsets
        Scenario scenario = HomeScenarios.read(new StringReader(HEADER + "\n" //
                + "2026-10-25T02:45:00+02:00,300,0,1,1,0\n" //
                + "2026-10-25T02:00:00+01:00,300,0,1,1,0\n"), "dst.csv");
        assertEquals(ZoneOffset.ofHours(2), scenario.offset());
        assertEquals(Duration.ofMinutes(15), scenario.step());
    }

    @Test
    void aBadFileNamesTheFileAndTheLine(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, HEADER + "\n2026-06-19T07:15:00+02:00,800,0,1,1,0\nnoon,1,2,1,1,0\n",
                StandardCharsets.UTF_8);
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> HomeScenarios.read(file));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("bad.csv:3: timestamp 'noon'"), e.getMessage());
    }

    @Test
    void aCriticalLoadAboveTheLoadIsRefused() {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class,
                () -> HomeScenarios.read(new StringReader(HEADER + ",critical_load_w\n"
                        + "2026-06-19T19:00:00+02:00,2000,1000,1,1,0,2500\n"), "critical.csv"));
        assertEquals("critical.csv:2: critical_load_w (2500) must not exceed load_w (2000)", e.getMessage());
    }
}
