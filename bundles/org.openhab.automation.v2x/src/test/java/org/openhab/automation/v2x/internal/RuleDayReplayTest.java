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
package org.openhab.automation.v2x.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * A day replayed through the rule actions in the test host with a hand-moved clock: PV around noon, an evening
 * load, a one-hour outage at 19:00 and a departure at 07:00 the next morning. A small car model turns the
 * commanded setpoint into charger power and SoC.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class RuleDayReplayTest {

    private static final Instant START = Instant.parse("2026-06-01T06:00:00Z");
    private static final Instant DEPARTURE = Instant.parse("2026-06-02T07:00:00Z");
    private static final Instant OUTAGE_START = Instant.parse("2026-06-01T19:00:00Z");
    private static final Instant OUTAGE_END = Instant.parse("2026-06-01T20:00:00Z");
    private static final double CAPACITY_KWH = 60;
    private static final int STEP_S = 300;

    @Test
    void dayWithPvDepartureAndOutage() {
        try (HostFixture site = new HostFixture()) {
            site.clock.set(START);
            Map<String, Object> solar = HostFixture.siteConfig();
            solar.put("mode", "solar-v2h");
            solar.put("departureItem", "Departure");
            solar.put("targetSoc", 80);
            // the day starts at 35 %: V2H down to the reserve, so the evening discharge is part of the day
            solar.put("v2hMinSoc", 30);
            Map<String, Object> backup = HostFixture.siteConfig();
            backup.put("gridAvailableItem", "GridOk");
            backup.put("loadSheddingItems", "Load1, Load2, Load3");
            site.rule(HostFixture.module("v2x.SolarFollow", solar), HostFixture.module("v2x.OutageBackup", backup));
            site.set("Departure", DEPARTURE.toString());

            double soc = 35;
            double chargerW = 0;
            double minSocWhileDischarging = 100;
            Map<String, Double> setpointAt = new HashMap<>();
            Map<String, Double> socAt = new HashMap<>();
            for (Instant now = START; now.isBefore(DEPARTURE); now = now.plusSeconds(STEP_S)) {
                site.clock.set(now);
                int minuteOfDay = (int) (now.getEpochSecond() % 86_400 / 60);
                double pvW = pv(minuteOfDay);
                double loadW = load(minuteOfDay);
                boolean grid = now.isBefore(OUTAGE_START) || !now.isBefore(OUTAGE_END);
                site.set("PvPower", pvW + " W");
                site.set("HomeLoad", loadW + " W");
                site.set("CarSoc", soc + " %");
                site.set("ChargerPower", chargerW + " W");
                site.set("GridOk", grid ? "ON" : "OFF");
                site.run((grid ? loadW - pvW + chargerW : 0) + " W");
                Double setpoint = site.setpointW();
                chargerW = setpoint == null ? 0 : setpoint;
                setpointAt.put(now.toString().substring(11, 16), chargerW);
                socAt.put(now.toString().substring(11, 16), soc);
                double energyKwh = chargerW * STEP_S / 3600 / 1000;
                soc += (chargerW > 0 ? energyKwh * 0.92 : energyKwh / 0.92) / CAPACITY_KWH * 100;
                soc = Math.min(100, soc);
                if (chargerW < 0) {
                    minSocWhileDischarging = Math.min(minSocWhileDischarging, soc);
                }
            }

            assertTrue(setpointAt.get("12:00") > 0, "noon: charging from PV, " + setpointAt.get("12:00"));
            assertTrue(setpointAt.get("18:30") < 0, "evening: V2H discharge, " + setpointAt.get("18:30"));
            assertEquals(-(load(19 * 60 + 5) - pv(19 * 60 + 5)), setpointAt.get("19:05"), 100,
                    "outage: the car powers the home");
            assertTrue(socAt.get("20:00") < 80, "the scenario needs a recharge after the outage");
            assertEquals(7400, setpointAt.get("20:00"), "grid back: recharge at full power");
            assertTrue(minSocWhileDischarging >= 30, "discharged below the reserve: " + minSocWhileDischarging);
            assertTrue(soc >= 80 - 0.5, "departure target missed: " + soc);
            List<String> loadCommands = site.commands.stream().filter(c -> c.startsWith("Load")).toList();
            assertEquals(List.of(), loadCommands, "enough energy in the car: nothing shed");
            assertEquals("IDLE", site.host.ruleStatus(HostFixture.RULE));
        }
    }

    /** PV: a bell from 06:00 to 20:00, 3 kW at 13:00. */
    private static double pv(int minuteOfDay) {
        double hours = minuteOfDay / 60.0;
        if (hours < 6 || hours > 20) {
            return 0;
        }
        return Math.round(3000 * Math.pow(Math.sin(Math.PI * (hours - 6) / 14), 2));
    }

    /** Household load: 400 W base, 2500 W from 17:00 to 22:00. */
    private static double load(int minuteOfDay) {
        return minuteOfDay >= 17 * 60 && minuteOfDay < 22 * 60 ? 2500 : 400;
    }
}
