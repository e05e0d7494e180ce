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
package org.openhab.v2x.sandbox;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.v2x.sandbox.internal.HomeScenarios;
import org.openhab.v2x.simulator.home.DefaultDay;
import org.openhab.v2x.simulator.home.HomeModel;
import org.openhab.v2x.simulator.home.HomeSample;
import org.openhab.v2x.simulator.home.Scenario;

/**
 * The simulated home on its own: meter balance, islanding, shedding and the built-in day.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class HomeModelTest {

    private static final String CSV = """
            timestamp,load_w,pv_w,grid_available,ev_present,ev_trip_kwh,critical_load_w
            2026-06-19T19:00:00+02:00,2000,1000,1,1,0,1000
            2026-06-19T19:15:00+02:00,2000,500,0,1,0,1000
            2026-06-19T19:30:00+02:00,2000,500,1,0,0,1000
            """;

    @Test
    void gridBalancesLoadCarAndPvAndAnIslandServesOnlyWhatItHas() throws Exception {
        Scenario scenario = HomeScenarios.read(new StringReader(CSV), "test");
        HomeModel home = new HomeModel(scenario, List.of("A", "B"));
        Instant start = scenario.start();

        HomeSample connected = home.step(start, Duration.ofMinutes(15), 3000);
        assertEquals(2000 + 3000 - 1000, connected.gridW(), 1e-9);

        home.setLoadOn("A", false);
        HomeSample island = home.step(start.plus(Duration.ofMinutes(15)), Duration.ofMinutes(15), -1000);
        assertEquals(0, island.gridW(), 1e-9);
        assertEquals(500, island.shedW(), 1e-9, "half of the 1000 W sheddable load is off");
        assertEquals(1500 - 500 - 1000, island.unservedW(), 1e-9, "PV 500 + car 1000 cannot supply 1500");

        home.step(start.plus(Duration.ofMinutes(30)), Duration.ofMinutes(15), 0);
        assertEquals(0, home.totals().balanceErrorWh(), 1e-6);
        // 4000 W for 15 min, then the island, then 2000 - 500 shed - 500 PV = 1000 W for 15 min
        assertEquals(1.25, home.totals().importKwh(), 1e-9);
        assertEquals(1.0, home.totals().outageServedFraction(), 1e-9, "the critical 1000 W were served");
        assertEquals(start.plus(Duration.ofMinutes(30)), scenario.nextDeparture(start));
    }

    @Test
    void defaultDayHasDepartureSolarEveningLoadAndOneHourOutage() {
        Scenario day = DefaultDay.scenario();
        assertEquals(Duration.ofDays(1), Duration.between(day.start(), day.end()));
        long outageSteps = day.steps().stream().filter(s -> !s.gridAvailable()).count();
        assertEquals(Duration.ofHours(1), DefaultDay.STEP.multipliedBy(outageSteps));
        assertTrue(day.steps().stream().anyMatch(s -> s.pvW() > 6000));
        assertTrue(day.steps().stream().anyMatch(s -> !s.evPresent()));
        assertEquals(DefaultDay.TRIP_KWH, day.steps().stream().mapToDouble(s -> s.evTripKwh()).sum(), 1e-9);
    }
}
