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
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.persistence.HistoricItem;
import org.openhab.core.types.UnDefType;

/**
 * The {@code v2x.Optimize} action in the test host: its planner reads prices and the PV forecast ahead from the
 * values a price binding or the Solar Forecast binding persisted with future times, and the solar follow action of
 * the same rule follows the plan.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class OptimizeRuleTest {

    private static final Instant EVENING = Instant.parse("2026-06-01T18:00:00Z");
    private static final Instant NIGHT = Instant.parse("2026-06-01T23:30:00Z");
    private static final Instant MORNING = Instant.parse("2026-06-02T07:00:00Z");

    @Test
    void waitsForTheCheapHoursPersistedAhead() {
        try (HostFixture site = site(true)) {
            site.clock.set(EVENING);
            site.run("500 W");
            assertEquals(0, setpoint(site), "18:00 at 0.40: the plan waits for the cheap night");

            // the plan published as time series, persisted as openHAB persists forecasts: 52 slots to 07:00
            List<HistoricItem> power = site.host.persistence().all("PlannedPower");
            List<HistoricItem> soc = site.host.persistence().all("PlannedSoc");
            assertEquals(52, power.size());
            assertEquals(EVENING, power.get(0).getInstant());
            assertEquals(new QuantityType<>(0, Units.WATT), power.get(0).getState());
            assertTrue(power.stream().filter(h -> h.getInstant().isBefore(Instant.parse("2026-06-01T23:00:00Z")))
                    .allMatch(h -> ((QuantityType<?>) h.getState()).doubleValue() == 0), "nothing bought at 0.40");
            assertTrue(power.stream().anyMatch(h -> ((QuantityType<?>) h.getState()).doubleValue() > 0));
            assertEquals(MORNING, soc.get(soc.size() - 1).getInstant());
            assertTrue(((QuantityType<?>) soc.get(soc.size() - 1).getState()).doubleValue() >= 80 - 0.5,
                    "the target (or more, bought at 0.10) at the departure");

            site.clock.set(NIGHT);
            site.set("ImportPrice", "0.10");
            site.run("500 W");
            assertTrue(setpoint(site) > 0, "23:30 at 0.10: the plan charges from the grid, " + setpoint(site));
        }
    }

    @Test
    void withoutPricesAheadThePresentPriceHolds() {
        try (HostFixture site = site(false)) {
            site.clock.set(EVENING);
            site.run("500 W");
            assertTrue(setpoint(site) > 0,
                    "no future prices: the price is flat, so the plan charges at once, " + setpoint(site));
        }
    }

    @Test
    void noGridChargeWhenThePersistedPvForecastFillsTheCarTomorrow() {
        try (HostFixture site = pvSite(true)) {
            site.clock.set(EVENING);
            site.run("500 W");
            assertEquals(0, setpoint(site), "PV tomorrow covers the departure target: nothing bought tonight");
        }
        try (HostFixture site = pvSite(false)) {
            site.clock.set(EVENING);
            site.run("500 W");
            assertTrue(setpoint(site) > 0, "without the forecast the plan buys the energy, " + setpoint(site));
        }
    }

    @Test
    void aPlannedOutageIsMetWithTheBackupEnergyWhichTheOutageBackupThenUses() {
        try (HostFixture site = new HostFixture()) {
            Instant start = Instant.parse("2026-06-01T14:00:00Z");
            Instant outage = Instant.parse("2026-06-01T20:00:00Z");
            site.item("PlannedOutage", "DateTime", outage.toString());
            site.item("CriticalLoad", "Number:Power", "1000 W");
            site.item("BackupHours", "Number:Time", null);
            site.set("HomeLoad", "1500 W");
            Map<String, Object> solar = HostFixture.siteConfig();
            solar.put("mode", "solar-v2h");
            solar.put("v2hMinSoc", 30);
            solar.put("writeInterval", 0);
            Map<String, Object> backup = HostFixture.siteConfig();
            backup.put("gridAvailableItem", "GridOk");
            Map<String, Object> plan = Map.of("setpointItem", "Setpoint", "plannedOutageItem", "PlannedOutage",
                    "backupHours", 6, "criticalLoadItem", "CriticalLoad", "backupHoursItem", "BackupHours");
            site.rule(HostFixture.module("v2x.Optimize", plan), HostFixture.module("v2x.SolarFollow", solar),
                    HostFixture.module("v2x.OutageBackup", backup));

            double soc = 35;
            for (Instant now = start; now.isBefore(outage); now = now.plusSeconds(900)) {
                site.clock.set(now);
                site.set("CarSoc", soc + " %");
                double chargerW = setpoint(site);
                site.set("ChargerPower", chargerW + " W");
                site.run((1500 + chargerW) + " W");
                soc += setpoint(site) * 0.25 * (setpoint(site) > 0 ? 0.92 : 1 / 0.92) / 60_000 * 100;
            }
            // 6 h x 1000 W / 0.92 above reserve + margin (32 %)
            double holdPct = 32 + 6000 / 0.92 / 60_000 * 100;
            assertTrue(soc >= holdPct - 0.5, "at 20:00 the car holds " + soc + " %, needs " + holdPct);

            site.clock.set(outage);
            site.set("CarSoc", soc + " %");
            site.set("GridOk", "OFF");
            site.run("0 W");
            assertEquals(-1500, setpoint(site), 1, "the outage backup powers the home from the held energy");
            double hours = ((QuantityType<?>) site.host.getItemState("BackupHours")).doubleValue();
            // (SoC - 30 %) x 60 kWh x 0.92 / 1 kW: at least the 6 h held above reserve + margin
            assertEquals((soc - 30) / 100 * 60 * 0.92, hours, 0.06);
            assertTrue(hours >= 6, "backup hours shown: " + hours);
        }
    }

    @Test
    void theUsersPriorityIsHonouredAndTheRangeShown() {
        try (HostFixture site = new HostFixture()) {
            site.item("CarPriority", "String", "balanced");
            site.item("CarRange", "Number:Length", null);
            site.item("BackupHours", "Number:Time", null);
            site.set("HomeLoad", "2500 W");
            site.set("CarSoc", "70 %");
            Map<String, Object> solar = HostFixture.siteConfig();
            solar.put("mode", "solar-v2h");
            solar.put("v2hMinSoc", 30);
            solar.put("writeInterval", 0);
            solar.put("minOffTime", 0);
            Map<String, Object> plan = Map.of("setpointItem", "Setpoint", "priorityItem", "CarPriority",
                    "rangeItem", "CarRange", "consumption", 18, "backupHoursItem", "BackupHours");
            site.rule(HostFixture.module("v2x.SolarFollow", solar), HostFixture.module("v2x.Optimize", plan));

            site.clock.set(EVENING);
            site.run("2500 W");
            assertTrue(setpoint(site) < 0, "balanced: the car serves the home, " + setpoint(site));
            assertEquals(new QuantityType<>("233 km"), site.host.getItemState("CarRange"),
                    "70 % of 60 kWh at 18 kWh/100 km");
            assertEquals(new QuantityType<>(8.8, Units.HOUR), site.host.getItemState("BackupHours"),
                    "(70 - 30) % of 60 kWh x 0.92 at 2500 W");

            site.set("CarPriority", "mobility");
            site.clock.set(EVENING.plusSeconds(60));
            site.run("0 W");
            assertEquals(0, setpoint(site), "mobility first: the energy below the target stays in the car");

            site.set("CarPresent", "OFF");
            site.clock.set(EVENING.plusSeconds(120));
            site.run("2500 W");
            assertEquals(UnDefType.UNDEF, site.host.getItemState("CarRange"), "no car, no range");
        }
    }

    /** Car at 40 %, target 80 % by 07:00; import 0.40 now, 0.10 from 23:00 to 05:00 when persisted ahead. */
    private static HostFixture site(boolean persistPricesAhead) {
        HostFixture site = new HostFixture();
        site.item("ImportPrice", "Number", "0.40");
        if (persistPricesAhead) {
            var persistence = site.host.persistence();
            persistence.store("ImportPrice", Instant.parse("2026-06-01T23:00:00Z"), new DecimalType(0.10));
            persistence.store("ImportPrice", Instant.parse("2026-06-02T05:00:00Z"), new DecimalType(0.40));
        }
        site.set("CarSoc", "40 %");
        site.set("HomeLoad", "500 W");
        site.set("Departure", MORNING.toString());
        site.item("PlannedPower", "Number:Power", null);
        site.item("PlannedSoc", "Number:Dimensionless", null);
        rule(site, Map.of("importPriceItem", "ImportPrice", "plannedPowerItem", "PlannedPower", "plannedSocItem",
                "PlannedSoc"), MORNING);
        return site;
    }

    /** Car at 60 %, target 80 % by 16:00 tomorrow; 6 kW of PV forecast from 09:00 to 15:00 when persisted. */
    private static HostFixture pvSite(boolean persistForecast) {
        HostFixture site = new HostFixture();
        site.item("PvForecast", "Number:Power", "0 W");
        if (persistForecast) {
            var persistence = site.host.persistence();
            persistence.store("PvForecast", Instant.parse("2026-06-02T09:00:00Z"),
                    new QuantityType<>(6000, Units.WATT));
            persistence.store("PvForecast", Instant.parse("2026-06-02T15:00:00Z"), new QuantityType<>(0, Units.WATT));
        }
        site.set("CarSoc", "60 %");
        site.set("HomeLoad", "500 W");
        Instant departure = Instant.parse("2026-06-02T16:00:00Z");
        site.set("Departure", departure.toString());
        rule(site, Map.of("pvForecastItem", "PvForecast"), departure);
        return site;
    }

    private static void rule(HostFixture site, Map<String, Object> optimize, Instant departure) {
        Map<String, Object> solar = HostFixture.siteConfig();
        solar.put("mode", "solar");
        solar.put("departureItem", "Departure");
        solar.put("targetSoc", 80);
        solar.put("writeInterval", 0);
        Map<String, Object> plan = new java.util.HashMap<>(optimize);
        plan.put("setpointItem", "Setpoint");
        site.rule(HostFixture.module("v2x.SolarFollow", solar), HostFixture.module("v2x.Optimize", plan));
    }

    private static double setpoint(HostFixture site) {
        Double w = site.setpointW();
        return w == null ? 0 : w;
    }
}
