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
package org.openhab.v2x.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.v2x.bench.TestScenarios;

/**
 * The builder against the shared data: sizes, annual energy, presence, outages, determinism.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class ScenarioBuilderTest {

    private Path data = Path.of("");

    @BeforeEach
    void data() {
        data = TestScenarios.dataDir();
    }

    private ScenarioBuilder.Options options(int days, int stepMin, int randomOutages, long seed,
            List<ScenarioBuilder.Outage> outages) {
        return new ScenarioBuilder.Options(data, LocalDateTime.of(2026, 1, 1, 0, 0), days, stepMin,
                ZoneId.of("Europe/Berlin"), 4000, 8, List.of(EvSessions.DEFAULT_USER), outages, randomOutages, seed,
                null, null, List.of(), null);
    }

    private static String csv(Scenario s) throws Exception {
        StringWriter out = new StringWriter();
        ScenarioCsv.write(s, out);
        return out.toString();
    }

    @Test
    void yearHasTheAnnualConsumptionAndPlausiblePv() throws Exception {
        Scenario s = ScenarioBuilder.build(options(365, 15, 0, 1, List.of()));
        assertEquals(35_040, s.size());
        double load = 0;
        double pv = 0;
        int present = 0;
        for (int i = 0; i < s.size(); i++) {
            load += s.loadW(i) * s.stepHours() / 1000;
            pv += s.pvW(i) * s.stepHours() / 1000;
            present += s.evPresent(i) ? 1 : 0;
        }
        assertEquals(4000, load, 4000 * 0.01);
        assertTrue(pv > 8 * 900 && pv < 8 * 1500, "PV " + pv + " kWh for 8 kWp at 45 N");
        assertTrue(present > s.size() / 5 && present < s.size(), "car present in " + present + " steps");
    }

    @Test
    void sameSeedSameScenarioOtherSeedOther() throws Exception {
        String a = csv(ScenarioBuilder.build(options(30, 10, 3, 7, List.of())));
        String b = csv(ScenarioBuilder.build(options(30, 10, 3, 7, List.of())));
        String c = csv(ScenarioBuilder.build(options(30, 10, 3, 8, List.of())));
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertTrue(a.contains(",0,"), "random outages appear");
    }

    @Test
    void explicitOutageCoversItsSteps() throws Exception {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Scenario s = ScenarioBuilder.build(options(2, 15, 0, 1,
                List.of(ScenarioBuilder.Outage.parse("2026-01-01T19:00/PT1H", zone))));
        int outage = 0;
        for (int i = 0; i < s.size(); i++) {
            outage += s.gridAvailable(i) ? 0 : 1;
        }
        assertEquals(4, outage);
        assertTrue(!s.gridAvailable(76) && s.gridAvailable(75) && s.gridAvailable(80));
    }

    @Test
    void badOptionsAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> options(1, 61, 0, 1, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> ScenarioBuilder.Outage.parse("2026-01-01T19:00", ZoneId.of("UTC")));
        assertThrows(IllegalArgumentException.class, () -> ScenarioBuilder.build(new ScenarioBuilder.Options(data,
                LocalDateTime.of(2026, 1, 1, 0, 0), 1, 15, ZoneId.of("UTC"), 4000, 8, List.of("nobody"), List.of(), 0,
                1, null, null, List.of(), null)));
    }
}
