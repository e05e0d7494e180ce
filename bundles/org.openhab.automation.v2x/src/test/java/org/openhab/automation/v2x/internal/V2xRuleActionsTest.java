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

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;

/**
 * The V2X rule actions in the test host: item states in, item commands out.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class V2xRuleActionsTest {

    private final HostFixture site = new HostFixture();

    @AfterEach
    void close() {
        site.close();
    }

    private static Map<String, Object> solar(String mode) {
        Map<String, Object> config = HostFixture.siteConfig();
        config.put("mode", mode);
        // these tests exercise V2H at SoCs below the target, so the home may use everything above the reserve
        config.put("v2hMinSoc", 30);
        return config;
    }

    private static Map<String, Object> backup() {
        Map<String, Object> config = HostFixture.siteConfig();
        config.put("gridAvailableItem", "GridOk");
        config.put("loadSheddingItems", List.of("Load1", "Load2", "Load3"));
        return config;
    }

    private void step(String gridPower) {
        site.clock.advance(Duration.ofSeconds(60));
        site.run(gridPower);
    }

    @Test
    void importIsCoveredByDischargeInModeSolarV2h() {
        site.set("HomeLoad", "2500 W");
        site.rule(HostFixture.module("v2x.SolarFollow", solar("solar-v2h")));
        assertEquals("IDLE", site.host.ruleStatus(HostFixture.RULE));

        step("2 kW");

        Double setpoint = site.setpointW();
        assertNotNull(setpoint, "no setpoint command: " + site.commands);
        assertEquals(-2000, setpoint, 50);
        assertEquals(List.of("Setpoint=-2000 W"), site.commandsAndClear());
    }

    @Test
    void theV2hWindowIsInOpenhabsTimeZone() {
        // the fixture's clock says 12:00 UTC, which is 18:00 at UTC+6: inside the evening window
        site.host.setTimeZone(ZoneOffset.ofHours(6));
        site.set("HomeLoad", "2500 W");
        site.rule(HostFixture.module("v2x.SolarFollow", eveningV2h()));
        step("2 kW");
        assertEquals(List.of("Setpoint=-2000 W"), site.commandsAndClear(), "18:00 local: the car powers the home");
    }

    @Test
    void outsideTheV2hWindowInOpenhabsTimeZoneNothingIsDischarged() {
        // 12:00 UTC is 06:00 at UTC-6: outside the evening window, though the clock's own zone would say 12:00
        site.host.setTimeZone(ZoneOffset.ofHours(-6));
        site.set("HomeLoad", "2500 W");
        site.rule(HostFixture.module("v2x.SolarFollow", eveningV2h()));
        step("2 kW");
        assertNotEquals(List.of("Setpoint=-2000 W"), site.commandsAndClear(), "06:00 local: no discharge");
        Double setpoint = site.setpointW();
        assertTrue(setpoint == null || setpoint >= 0, "no discharge, setpoint " + setpoint);
    }

    private static Map<String, Object> eveningV2h() {
        Map<String, Object> config = solar("solar-v2h");
        config.put("v2hWindow", "17:00-23:00");
        return config;
    }

    @Test
    void byDefaultV2hGivesTheHomeOnlyTheEnergyAboveTheTarget() {
        Map<String, Object> config = HostFixture.siteConfig();
        config.put("mode", "solar-v2h");
        config.put("solarMaxSoc", 90);
        site.set("HomeLoad", "2500 W");
        site.rule(HostFixture.module("v2x.SolarFollow", config));
        step("2000 W");
        Double setpoint = site.setpointW();
        assertTrue(setpoint == null || setpoint >= 0, "60 % is below the 80 % target: no V2H, got " + setpoint);
        site.set("CarSoc", "85 %");
        site.clock.advance(Duration.ofMinutes(5));
        step("2000 W");
        assertEquals(-2000, site.setpointW(), 50, "85 % is above the target: V2H");
        site.set("CarSoc", "90 %");
        site.set("HomeLoad", "500 W");
        site.clock.advance(Duration.ofMinutes(5));
        step("-3000 W");
        site.clock.advance(Duration.ofMinutes(5));
        step("-3000 W");
        assertEquals(0, site.setpointW(), "solar charging stops at solarMaxSoc");
        site.set("CarSoc", "88 %");
        site.clock.advance(Duration.ofMinutes(5));
        step("-3000 W");
        assertEquals(3000, site.setpointW(), 1, "below solarMaxSoc the surplus is stored above the target");
    }

    @Test
    void minSolarShareComesFromTheRuleConfiguration() {
        Map<String, Object> config = solar("solar");
        config.put("departureItem", "Departure");
        config.put("minSolarShare", 50);
        site.set("Departure", site.clock.instant().plus(Duration.ofHours(12)).toString());
        site.rule(HostFixture.module("v2x.SolarFollow", config));
        step("-600 W");
        assertEquals(0, site.setpointW(), "600 W is less than 50 % of the 1400 W minimum");
        site.clock.advance(Duration.ofMinutes(5));
        step("-800 W");
        assertEquals(1400, site.setpointW(), 1, "800 W covers more than half of the minimum");
    }

    @Test
    void modeSolarDoesNotDischargeAndSurplusCharges() {
        site.rule(HostFixture.module("v2x.SolarFollow", solar("solar")));
        step("2000 W");
        assertEquals(0, site.setpointW());
        site.clock.advance(Duration.ofMinutes(5));
        step("-3000 W");
        assertEquals(3000, site.setpointW(), 1);
    }

    @Test
    void neverDischargesAtTheReserve() {
        site.set("CarSoc", "32 %");
        site.rule(HostFixture.module("v2x.SolarFollow", solar("solar-v2h")));
        for (int i = 0; i < 10; i++) {
            step((2000 + 300 * i) + " W");
            Double setpoint = site.setpointW();
            assertTrue(setpoint == null || setpoint >= 0, "discharge " + setpoint + " at the reserve");
        }
        site.set("CarSoc", "25 %");
        step("3000 W");
        assertEquals(7400, site.setpointW(), "below the reserve the car charges at full power");
    }

    @Test
    void unknownSocNeverDischargesAndDoesNotBreakTheRule() {
        site.set("CarSoc", "UNDEF");
        site.set("CarPresent", "ON");
        site.rule(HostFixture.module("v2x.SolarFollow", solar("solar-v2h")));
        step("3000 W");
        step("3000 W");
        Double setpoint = site.setpointW();
        assertTrue(setpoint == null || setpoint >= 0, "discharge with unknown SoC: " + setpoint);
        assertEquals("IDLE", site.host.ruleStatus(HostFixture.RULE));
        site.set("CarSoc", "70 %");
        site.clock.advance(Duration.ofMinutes(5));
        step("3000 W");
        assertTrue(site.setpointW() < -1000, "discharge resumes once the SoC is known: " + site.setpointW());
    }

    @Test
    void unknownGridPowerStopsTheDischarge() {
        site.rule(HostFixture.module("v2x.SolarFollow", solar("solar-v2h")));
        step("1500 W");
        assertTrue(site.setpointW() < 0);
        site.clock.advance(Duration.ofMinutes(5));
        step("UNDEF");
        assertEquals(0, site.setpointW(), "no discharge while the grid meter is unknown");
    }

    @Test
    void gridLossStartsBackupAndShedsLoadsInOrderThenRestores() {
        // 36 % of 60 kWh with the floor at 32 %: 2.2 kWh left, below the 6 and 4 kWh thresholds of Load1 and Load2
        site.set("CarSoc", "36 %");
        site.set("HomeLoad", "1500 W");
        site.rule(HostFixture.module("v2x.SolarFollow", solar("solar")),
                HostFixture.module("v2x.OutageBackup", backup()));
        step("1500 W");
        assertEquals(List.of("Setpoint=0 W"), site.commandsAndClear());

        site.set("GridOk", "OFF");
        step("0 W");
        assertEquals(List.of("Setpoint=-1500 W", "Load1=OFF", "Load2=OFF"), site.commandsAndClear());

        site.set("GridOk", "ON");
        step("1500 W");
        assertEquals(List.of("Setpoint=7400 W", "Load2=ON", "Load1=ON"), site.commandsAndClear(),
                "grid back: recharge toward the target and loads back, last shed first");
    }

    @Test
    void outageBackupWorksAlone() {
        site.set("CarSoc", "80 %");
        site.set("HomeLoad", "2000 W");
        site.set("PvPower", "500 W");
        site.rule(HostFixture.module("v2x.OutageBackup", backup()));
        step("2000 W");
        assertEquals(0, site.setpointW(), "backup only idles with the grid present");
        site.set("GridOk", "OFF");
        step("0 W");
        assertEquals(-1500, site.setpointW(), 1, "the car covers load minus PV");
        assertFalse(site.commands.stream().anyMatch(c -> c.startsWith("Load")), "plenty of energy: nothing shed");
    }

    @Test
    void solarFollowWithoutOutageActionHoldsDuringAnOutage() {
        Map<String, Object> config = solar("solar-v2h");
        config.put("gridAvailableItem", "GridOk");
        site.rule(HostFixture.module("v2x.SolarFollow", config));
        step("1500 W");
        assertTrue(site.setpointW() < 0);
        site.set("GridOk", "OFF");
        step("0 W");
        assertEquals(0, site.setpointW(), "no backup configured: the car stops discharging in an outage");
    }

    @Test
    void kilowattsAndPlainNumbersAreConverted() {
        site.item("GridPlain", "Number", "2500");
        site.item("SocRatio", "Number:Dimensionless", null);
        site.host.postUpdate("SocRatio", new QuantityType<>(0.6, Units.ONE));
        Map<String, Object> config = solar("solar-v2h");
        config.put("socItem", "SocRatio");
        config.put("homeLoadItem", "GridPlain");
        site.set("HomeLoad", "0 W");
        site.set("ChargerPower", "-0.5 kW");
        site.rule(HostFixture.module("v2x.SolarFollow", config));
        step("1.5 kW");
        assertEquals(-2000, site.setpointW(), 50, "charger -500 W plus 1.5 kW import, load 2500 W from a plain Number");
    }

    @Test
    void modeItemOverridesTheConfiguredMode() {
        Map<String, Object> config = solar("solar-v2h");
        config.put("modeItem", "V2xMode");
        site.set("V2xMode", "off");
        site.rule(HostFixture.module("v2x.SolarFollow", config));
        step("2000 W");
        assertEquals(0, site.setpointW());
        site.set("V2xMode", "fast");
        step("2000 W");
        assertEquals(7400, site.setpointW());
    }

    @Test
    void writesAreRateLimited() {
        Map<String, Object> config = solar("solar-v2h");
        config.put("writeInterval", 300);
        site.rule(HostFixture.module("v2x.SolarFollow", config));
        site.run("2000 W");
        for (int i = 0; i < 4; i++) {
            site.clock.advance(Duration.ofSeconds(60));
            site.run((2000 + 200 * (i + 1)) + " W");
        }
        assertEquals(List.of("Setpoint=-2000 W"), site.commandsAndClear(), "one write within the interval");
        site.clock.advance(Duration.ofSeconds(300));
        site.run("3000 W");
        assertEquals(1, site.commandsAndClear().size());
    }

    @Test
    void missingItemLeavesTheRuleUninitializedNamingTheItem() {
        Map<String, Object> config = solar("solar-v2h");
        config.put("socItem", "NoSuchSoc");
        site.rule(HostFixture.module("v2x.SolarFollow", config));
        String status = site.host.ruleStatus(HostFixture.RULE);
        assertTrue(status.startsWith("UNINITIALIZED"), status);
        assertTrue(status.contains("NoSuchSoc") && status.contains("socItem"), status);
    }

    @Test
    void wrongItemTypeIsReported() {
        Map<String, Object> config = solar("solar-v2h");
        config.put("setpointItem", "CarPresent");
        site.rule(HostFixture.module("v2x.SolarFollow", config));
        String status = site.host.ruleStatus(HostFixture.RULE);
        assertTrue(status.contains("CarPresent") && status.contains("Switch"), status);
    }

    @Test
    void badParametersAreReported() {
        Map<String, Object> config = solar("turbo");
        site.rule(HostFixture.module("v2x.SolarFollow", config));
        assertTrue(site.host.ruleStatus(HostFixture.RULE).contains("turbo"), site.host.ruleStatus(HostFixture.RULE));

        Map<String, Object> reserve = solar("solar");
        reserve.put("reserveSoc", 90);
        site.rule(HostFixture.module("v2x.SolarFollow", reserve));
        assertTrue(site.host.ruleStatus(HostFixture.RULE).contains("reserveSocPct"),
                site.host.ruleStatus(HostFixture.RULE));

        Map<String, Object> noGrid = backup();
        noGrid.remove("gridAvailableItem");
        site.rule(HostFixture.module("v2x.OutageBackup", noGrid));
        assertTrue(site.host.ruleStatus(HostFixture.RULE).contains("gridAvailableItem"),
                site.host.ruleStatus(HostFixture.RULE));
    }

    @Test
    void removingTheRuleStopsADischarge() {
        site.rule(HostFixture.module("v2x.SolarFollow", solar("solar-v2h")));
        step("2000 W");
        assertTrue(site.setpointW() < 0);
        site.host.removeModuleHandlerFactory(site.factory);
        assertEquals(0, site.setpointW(), "control ends: the setpoint goes back to 0");
    }
}
