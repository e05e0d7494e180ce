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
package org.openhab.automation.v2x.internal.control;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Step-by-step behaviour of {@link V2xController} with explicit timestamps.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class V2xControllerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final double CAPACITY = 60.0;

    private static V2xSettings.Builder base() {
        return V2xSettings.builder().zone(ZoneOffset.UTC).departureMargin(Duration.ZERO);
    }

    /** V2H with the floor at reserve + margin (v2hMinSoc below it): the mechanics below the target. */
    private static V2xSettings.Builder v2hDownToReserve() {
        return base().mode(ControlMode.SOLAR_V2H).v2hMinSocPct(0.0);
    }

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private static Measurement car(long seconds, double gridW, double chargerW, double soc) {
        return Measurement.at(at(seconds)).grid(gridW).charger(chargerW).car(soc, CAPACITY).build();
    }

    @Test
    void modeOffAlwaysGivesZero() {
        V2xController c = new V2xController(base().mode(ControlMode.OFF).build());
        Decision d = c.decide(car(0, -5000, 0, 50));
        assertEquals(0, d.setpointW());
        assertTrue(d.write(), "first decision always writes");
        assertEquals(ControlState.OFF, d.state());
        assertFalse(c.decide(car(60, -5000, 0, 50)).write(), "unchanged 0 is not written again");
    }

    @Test
    void solarChargesFromSurplusAimingAtTheGridBias() {
        V2xController c = new V2xController(base().build());
        Decision d = c.decide(car(0, -3000, 0, 50));
        assertEquals(ControlState.SOLAR_CHARGE, d.state());
        assertEquals(3050, d.setpointW(), 1e-9, "surplus 3000 W plus 50 W bias import");
        // charger now at 3050, grid at +50: stays
        d = c.decide(car(60, 50, 3050, 50));
        assertEquals(3050, d.targetW(), 1e-9);
        assertFalse(d.write());
    }

    @Test
    void surplusBelowMinimumDoesNotStartCharging() {
        V2xController c = new V2xController(base().build());
        Decision d = c.decide(car(0, -1000, 0, 50));
        assertEquals(0, d.setpointW());
        assertEquals(ControlState.IDLE, d.state());
    }

    @Test
    void hysteresisAndMinimumOnOffTimesAvoidFlapping() {
        V2xSettings s = base().minOnOffTimes(Duration.ofMinutes(2), Duration.ofMinutes(1))
                .minWriteInterval(Duration.ZERO).build();
        V2xController c = new V2xController(s);
        assertEquals(2050, c.decide(car(0, -2000, 0, 50)).setpointW(), 1e-9);
        // surplus falls: wanted 1300 W, within the 200 W hysteresis below 1400: hold the minimum
        Decision d = c.decide(car(30, 750, 2050, 50));
        assertEquals(1400, d.setpointW(), 1e-9);
        assertEquals(ControlState.SOLAR_CHARGE, d.state());
        // wanted 400 W but still inside the 2 min on-time: hold the minimum
        d = c.decide(car(60, 1050, 1400, 50));
        assertEquals(1400, d.setpointW(), 1e-9);
        // after the on-time: stop
        d = c.decide(car(150, 1050, 1400, 50));
        assertEquals(0, d.setpointW());
        // surplus back at once: minimum off time not over
        d = c.decide(car(170, -2000, 0, 50));
        assertEquals(0, d.setpointW());
        assertEquals(SolarFollower.WAITING_MIN_OFF, d.reason());
        d = c.decide(car(215, -2000, 0, 50));
        assertEquals(2050, d.setpointW(), 1e-9);
    }

    @Test
    void solarModeNeverDischarges() {
        V2xController c = new V2xController(base().mode(ControlMode.SOLAR).build());
        Decision d = c.decide(car(0, 3000, 0, 90));
        assertEquals(0, d.setpointW());
        assertEquals(ControlState.IDLE, d.state());
    }

    @Test
    void v2hCoversTheHouseholdImportLessTheBias() {
        V2xController c = new V2xController(v2hDownToReserve().build());
        Decision d = c.decide(car(0, 3000, 0, 70));
        assertEquals(ControlState.V2H_DISCHARGE, d.state());
        assertEquals(-2950, d.setpointW(), 1e-9);
        assertNotNull(d.timeToReserve());
    }

    @Test
    void v2hNeverDischargesMoreThanTheHomeDrawsWithoutExport() {
        V2xController c = new V2xController(v2hDownToReserve().build());
        // home draws 1300 W: the minimum discharge of 1400 W would export
        Decision d = c.decide(car(0, 1300, 0, 70));
        assertEquals(0, d.setpointW());
        // home draws 2000 W, we discharge; then the home drops to 800 W: urgent reduction to 0
        V2xSettings s = v2hDownToReserve().minOnOffTimes(Duration.ofMinutes(5), Duration.ZERO)
                .build();
        c = new V2xController(s);
        assertEquals(-1950, c.decide(car(0, 2000, 0, 70)).setpointW(), 1e-9);
        d = c.decide(car(5, 800 - 1950, -1950, 70));
        assertEquals(0, d.setpointW(), "within min on-time, but the cap is hard");
        assertTrue(d.write());
        assertTrue(d.urgent(), "reduction of an exporting discharge bypasses the write interval");
    }

    @Test
    void gridExportAllowedPermitsMinimumDischargeAboveDemand() {
        V2xSettings s = v2hDownToReserve().allowGridExport(true)
                .minOnOffTimes(Duration.ofMinutes(5), Duration.ZERO).build();
        V2xController c = new V2xController(s);
        assertEquals(-1950, c.decide(car(0, 2000, 0, 70)).setpointW(), 1e-9);
        Decision d = c.decide(car(40, 800 - 1950, -1950, 70));
        assertEquals(-1400, d.setpointW(), 1e-9, "held at minimum during the on-time, exporting 600 W");
    }

    @Test
    void reserveStopsDischargeWithMarginAndHysteresis() {
        V2xSettings s = v2hDownToReserve().reserveSocPct(30).reserveMarginPct(2)
                .minOnOffTimes(Duration.ZERO, Duration.ZERO).minWriteInterval(Duration.ZERO).build();
        V2xController c = new V2xController(s);
        c.decide(car(-60, 0, 0, 33));
        assertTrue(c.decide(car(0, 2000, 0, 33)).setpointW() < 0);
        Decision d = c.decide(car(60, 50, -1950, 32));
        assertEquals(0, d.setpointW(), "at reserve + margin");
        assertTrue(d.urgent());
        assertEquals(0, c.decide(car(120, 2000, 0, 33)).setpointW(), "not above reserve + 2 x margin yet");
        assertTrue(c.decide(car(180, 2000, 0, 34.5)).setpointW() < 0);
    }

    @Test
    void dischargeNearTheFloorIsLimitedToTheEnergyLeft() {
        V2xSettings s = v2hDownToReserve().minOnOffTimes(Duration.ZERO, Duration.ZERO).build();
        V2xController c = new V2xController(s);
        c.decide(car(0, 0, 0, 60));
        // hourly steps: 1 % of 60 kWh above the floor (32 %) is 600 Wh x 0.92 = 552 Wh: below the minimum power
        Decision d = c.decide(car(3600, 5000, 0, 33));
        assertEquals(0, d.setpointW());
        assertTrue(d.reason().contains("driving reserve"), d.reason());
        d = c.decide(car(7200, 5000, 0, 35));
        assertEquals(-0.03 * 60_000 * 0.92, d.setpointW(), 1e-6);
    }

    @Test
    void v2hWindowIsLocalTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        V2xSettings s = v2hDownToReserve().zone(berlin)
                .v2hWindow(new TimeWindow(LocalTime.of(16, 0), LocalTime.of(23, 0))).build();
        V2xController c = new V2xController(s);
        // 14:30 UTC = 15:30 in Berlin (winter): outside
        Instant before = Instant.parse("2026-01-15T14:30:00Z");
        Decision d = c.decide(Measurement.at(before).grid(2000).car(70.0, CAPACITY).build());
        assertEquals(0, d.setpointW());
        assertTrue(d.reason().contains("V2H window"), d.reason());
        d = c.decide(Measurement.at(before.plus(Duration.ofHours(1))).grid(2000).car(70.0, CAPACITY).build());
        assertEquals(-1950, d.setpointW(), 1e-9);
    }

    @Test
    void dailyDischargeBudgetStopsV2hAndResetsAtLocalMidnight() {
        V2xSettings s = v2hDownToReserve().dailyDischargeBudgetKwh(1.0)
                .minOnOffTimes(Duration.ZERO, Duration.ZERO).build();
        V2xController c = new V2xController(s);
        Instant start = Instant.parse("2026-03-02T23:00:00Z");
        c.decide(Measurement.at(start.minusSeconds(900)).car(80.0, CAPACITY).build());
        Decision d = c.decide(Measurement.at(start).grid(2050).car(80.0, CAPACITY).build());
        assertEquals(-2000, d.setpointW(), 1e-9);
        // trapezoid of 0 W and 2000 W over 15 min = 0.25 kWh
        d = c.decide(Measurement.at(start.plusSeconds(900)).grid(50).charger(-2000).car(79.0, CAPACITY).build());
        assertEquals(0.25, d.dischargedTodayKwh(), 1e-9);
        assertEquals(-2000, d.setpointW(), 1e-9);
        // 0.75 kWh used: the 0.25 kWh left would allow only 1000 W for the next 15 min, below the minimum: stop
        d = c.decide(Measurement.at(start.plusSeconds(1800)).grid(50).charger(-2000).car(78.0, CAPACITY).build());
        assertEquals(0.75, d.dischargedTodayKwh(), 1e-9);
        assertEquals(0, d.setpointW());
        assertTrue(d.reason().contains("budget"), d.reason());
        d = c.decide(Measurement.at(start.plusSeconds(2700)).grid(2050).charger(0).car(78.0, CAPACITY).build());
        assertEquals(1.0, d.dischargedTodayKwh(), 1e-9, "the stop ramp completes the budget exactly");
        assertEquals(0, d.setpointW());
        // next day (after midnight UTC): budget is back; energy is counted from midnight on only
        d = c.decide(Measurement.at(start.plusSeconds(3900)).grid(2050).charger(0).car(78.0, CAPACITY).build());
        assertEquals(0, d.dischargedTodayKwh(), 1e-9);
        assertTrue(d.setpointW() < 0);
    }

    @Test
    void departureForcesChargingAtTheLatestStartAndReportsExpectedSoc() {
        V2xSettings s = base().mode(ControlMode.SOLAR).minWriteInterval(Duration.ZERO).build();
        V2xController c = new V2xController(s);
        Instant departure = T0.plus(Duration.ofHours(6));
        // 50 -> 80 % of 60 kWh = 18 kWh in the battery at 7400 W x 0.92 = 2.644 h
        double chargeS = 18_000 / (7400 * 0.92) * 3600;
        Instant latest = departure.minusMillis(Math.round(chargeS * 1000));
        Decision d = c.decide(Measurement.at(T0).grid(500).car(50.0, CAPACITY).departure(departure).build());
        assertEquals(ControlState.IDLE, d.state());
        assertEquals(latest, d.latestChargeStart());
        assertEquals(80.0, d.expectedDepartureSocPct());
        // measurements every 60 s from here on: lead = 60 s + 0 margin + 0 write interval
        Instant t = T0;
        do {
            t = t.plusSeconds(60);
            d = c.decide(Measurement.at(t).grid(500).car(50.0, CAPACITY).departure(departure).build());
        } while (d.state() == ControlState.IDLE && t.isBefore(departure));
        assertEquals(ControlState.FORCED_CHARGE, d.state());
        assertFalse(t.isBefore(latest.minusSeconds(60)), "not earlier than one interval before the latest start");
        assertTrue(t.isBefore(latest), "started before the latest start");
        assertEquals(7400, d.setpointW(), 1e-9);
        // latched even if the slack looks larger on the next step
        d = c.decide(Measurement.at(t.plusSeconds(60)).grid(7900).charger(7400).car(51.0, CAPACITY)
                .departure(departure).build());
        assertEquals(ControlState.FORCED_CHARGE, d.state());
        // target reached: back to solar follow
        d = c.decide(Measurement.at(t.plusSeconds(120)).grid(7900).charger(7400).car(80.0, CAPACITY)
                .departure(departure).build());
        assertEquals(ControlState.IDLE, d.state());
        assertEquals(0, d.setpointW());
    }

    @Test
    void unreachableTargetChargesAtOnceAndReportsTheShortfall() {
        V2xController c = new V2xController(base().build());
        Instant departure = T0.plus(Duration.ofHours(1));
        Decision d = c.decide(Measurement.at(T0).grid(500).car(20.0, CAPACITY).departure(departure).build());
        // reserve charge comes first (below the 30 % reserve)
        assertEquals(ControlState.RESERVE_CHARGE, d.state());
        d = c.decide(Measurement.at(T0.plusSeconds(60)).grid(500).car(40.0, CAPACITY).departure(departure).build());
        assertEquals(ControlState.FORCED_CHARGE, d.state());
        assertTrue(d.reason().contains("out of reach"), d.reason());
        Double expected = d.expectedDepartureSocPct();
        assertNotNull(expected);
        double reachable = 40 + 7400 * 0.92 * (3540.0 / 3600) / 60_000 * 100;
        assertEquals(reachable, expected, 1e-6);
    }

    @Test
    void v2hDischargeKeepsTheDepartureTargetReachable() {
        V2xSettings s = v2hDownToReserve().build();
        V2xController c = new V2xController(s);
        c.decide(Measurement.at(T0).grid(0).car(60.0, CAPACITY).build());
        // 60 -> 80 % needs 1.76 h; departure in 2 h: only 14 min slack, less than one hourly step
        Decision d = c.decide(Measurement.at(T0.plusSeconds(3600)).grid(3000).car(60.0, CAPACITY)
                .departure(T0.plusSeconds(3600 + 7200)).build());
        assertTrue(d.setpointW() >= 0, "no discharge that would endanger the departure");
        // with 12 h to go the discharge is fine
        d = c.decide(Measurement.at(T0.plusSeconds(7200)).grid(3000).car(60.0, CAPACITY)
                .departure(T0.plusSeconds(7200 + 12 * 3600)).build());
        assertEquals(-2950, d.setpointW(), 1e-9);
    }

    @Test
    void v2hByDefaultStopsAtTheTargetAndUsesOnlyTheEnergyAboveIt() {
        V2xSettings s = base().mode(ControlMode.SOLAR_V2H).minOnOffTimes(Duration.ZERO, Duration.ZERO)
                .minWriteInterval(Duration.ZERO).build();
        assertEquals(80, s.v2hFloorPct(), "default floor: the target");
        V2xController c = new V2xController(s);
        c.decide(car(-900, 0, 0, 85));
        assertEquals(-2950, c.decide(car(0, 3000, 0, 85)).setpointW(), 1e-9);
        // 15 min steps: 1 % of 60 kWh above the floor gives 600 Wh x 0.92 = 552 Wh, i.e. 2208 W for one step
        Decision d = c.decide(car(900, 50, -2950, 81));
        assertEquals(-2208, d.setpointW(), 1e-6);
        assertTrue(d.urgent(), "a discharge above the cap is reduced at once");
        d = c.decide(car(1800, 2258, -2208, 80));
        assertEquals(0, d.setpointW(), "at the V2H floor");
        assertEquals(ControlState.IDLE, d.state());
        assertTrue(d.reason().contains("V2H minimum SoC"), d.reason());
        d = c.decide(car(2700, 3000, 0, 70));
        assertEquals(0, d.setpointW(), "energy below the target is kept for the departure");
    }

    @Test
    void loweredV2hMinSocStopsThereAndNeverBelowTheReserveMargin() {
        V2xSettings s = base().mode(ControlMode.SOLAR_V2H).v2hMinSocPct(50.0)
                .minOnOffTimes(Duration.ZERO, Duration.ZERO).minWriteInterval(Duration.ZERO).build();
        V2xController c = new V2xController(s);
        c.decide(car(-900, 0, 0, 60));
        assertEquals(-2950, c.decide(car(0, 3000, 0, 60)).setpointW(), 1e-9);
        Decision d = c.decide(car(900, 50, -2950, 50));
        assertEquals(0, d.setpointW());
        assertTrue(d.reason().contains("V2H minimum SoC"), d.reason());
        assertEquals(32, base().v2hMinSocPct(10.0).build().v2hFloorPct(), "never below reserve + margin");
    }

    @Test
    void outageBackupGoesBelowTheV2hFloorDownToTheReserve() {
        V2xSettings s = base().mode(ControlMode.SOLAR_V2H).minWriteInterval(Duration.ZERO).build();
        V2xController c = new V2xController(s);
        Decision d = c.decide(car(0, 2000, 0, 60));
        assertEquals(0, d.setpointW(), "grid present: 60 % is below the V2H floor");
        d = c.decide(Measurement.at(at(60)).gridAvailable(false).pv(0.0).homeLoad(2000.0).car(60.0, CAPACITY)
                .build());
        assertEquals(ControlState.BACKUP_DISCHARGE, d.state());
        assertEquals(-2000, d.setpointW(), 1e-9);
        d = c.decide(Measurement.at(at(120)).gridAvailable(false).charger(-2000).pv(0.0).homeLoad(2000.0)
                .car(33.0, CAPACITY).build());
        assertEquals(-2000, d.setpointW(), 1e-9, "above reserve + margin the home is still served");
        d = c.decide(Measurement.at(at(180)).gridAvailable(false).charger(-2000).pv(0.0).homeLoad(2000.0)
                .car(32.0, CAPACITY).build());
        assertEquals(0, d.setpointW(), "stops at reserve + margin");
    }

    @Test
    void solarChargingStoresSurplusAboveTheTargetUpToSolarMaxSoc() {
        V2xSettings s = base().solarMaxSocPct(90).minOnOffTimes(Duration.ZERO, Duration.ZERO)
                .minWriteInterval(Duration.ZERO).build();
        V2xController c = new V2xController(s);
        c.decide(car(-900, 0, 0, 85));
        Decision d = c.decide(car(0, -3000, 0, 85));
        assertEquals(ControlState.SOLAR_CHARGE, d.state());
        assertEquals(3050, d.setpointW(), 1e-9, "above the 80 % target the surplus is still stored");
        // 0.5 % left = 300 Wh / 0.92 in 15 min: 1304 W, below the minimum charge power
        d = c.decide(car(900, 50, 3050, 89.5));
        assertEquals(0, d.setpointW());
        assertEquals(SolarFollower.CHARGE_CAPPED, d.reason());
        d = c.decide(car(1800, -3000, 0, 90));
        assertEquals(0, d.setpointW(), "at solarMaxSoc");
        // default solarMaxSoc 100: charging continues at 95 %
        V2xController full = new V2xController(base().build());
        full.decide(car(-900, 0, 0, 95));
        assertEquals(3050, full.decide(car(0, -3000, 0, 95)).setpointW(), 1e-9);
    }

    @Test
    void v2hAboveTheTargetNeverThreatensTheDeparture() {
        V2xSettings s = base().mode(ControlMode.SOLAR_V2H).minOnOffTimes(Duration.ZERO, Duration.ZERO)
                .minWriteInterval(Duration.ZERO).build();
        V2xController c = new V2xController(s);
        Instant departure = at(1200);
        c.decide(Measurement.at(at(-300)).grid(0).car(85.0, CAPACITY).departure(departure).build());
        // departure in 20 min, 5 % above the target: the surplus goes to the home, no forced charge
        Decision d = c.decide(Measurement.at(at(0)).grid(3000).car(85.0, CAPACITY).departure(departure).build());
        assertEquals(ControlState.V2H_DISCHARGE, d.state());
        assertEquals(-2950, d.setpointW(), 1e-9);
        d = c.decide(Measurement.at(at(600)).grid(3000).charger(-2950).car(80.0, CAPACITY).departure(departure)
                .build());
        assertEquals(0, d.setpointW(), "at the target: neither V2H nor a forced charge");
        assertEquals(ControlState.IDLE, d.state());
    }

    private static Measurement carLeaving(long seconds, double gridW, double chargerW, double soc, Instant departure) {
        return Measurement.at(at(seconds)).grid(gridW).charger(chargerW).car(soc, CAPACITY).departure(departure)
                .build();
    }

    @Test
    void belowTheTargetWithADepartureASmallSurplusStartsTheMinimumCharge() {
        Instant departure = at(12 * 3600);
        V2xSettings s = base().gridBiasW(0).minOnOffTimes(Duration.ZERO, Duration.ZERO)
                .minWriteInterval(Duration.ZERO).build();
        V2xController c = new V2xController(s);
        // 500 W surplus covers more than 30 % of the 1400 W minimum; the departure needs the rest anyway
        Decision d = c.decide(carLeaving(0, -500, 0, 50, departure));
        assertEquals(ControlState.SOLAR_CHARGE, d.state());
        assertEquals(1400, d.setpointW(), 1e-9);
        // charging at 1400 W the house imports 900 W: wanted 500 W is still above 420 - 200 W hysteresis
        d = c.decide(carLeaving(60, 900, 1400, 50, departure));
        assertEquals(1400, d.setpointW(), 1e-9);
        // the surplus is gone (wanted 100 W): stop
        d = c.decide(carLeaving(120, 1300, 1400, 50, departure));
        assertEquals(0, d.setpointW(), 1e-9);

        assertEquals(0, new V2xController(s).decide(carLeaving(0, -300, 0, 50, departure)).setpointW(),
                "300 W is less than 30 % of the minimum");
        assertEquals(0, new V2xController(s).decide(car(0, -500, 0, 50)).setpointW(),
                "no departure: the grid part would not be needed");
        assertEquals(0, new V2xController(s).decide(carLeaving(0, -500, 0, 85, departure)).setpointW(),
                "above the target the grid part would not be needed");
        V2xSettings fullShare = s.toBuilder().minSolarSharePct(100).build();
        assertEquals(0, new V2xController(fullShare).decide(carLeaving(0, -500, 0, 50, departure)).setpointW(),
                "minSolarShare 100: only a surplus of the full minimum starts");
    }

    @Test
    void floorSettingsAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base().targetSocPct(80).solarMaxSocPct(70).build());
        assertTrue(e.getMessage().contains("solarMaxSocPct"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> base().v2hMinSocPct(120.0).build());
        assertTrue(e.getMessage().contains("v2hMinSocPct"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> base().minSolarSharePct(101).build());
        assertTrue(e.getMessage().contains("minSolarSharePct"), e.getMessage());
    }

    @Test
    void fastChargesAtMaximumUntilTarget() {
        V2xController c = new V2xController(base().mode(ControlMode.FAST).build());
        Decision d = c.decide(car(0, 0, 0, 50));
        assertEquals(ControlState.FAST_CHARGE, d.state());
        assertEquals(7400, d.setpointW(), 1e-9);
        d = c.decide(car(60, 0, 7400, 80));
        assertEquals(ControlState.IDLE, d.state());
        assertEquals(0, d.setpointW());
    }

    @Test
    void backupOnlyIgnoresSurplusAndImport() {
        V2xController c = new V2xController(base().mode(ControlMode.BACKUP_ONLY).build());
        assertEquals(0, c.decide(car(0, -5000, 0, 50)).setpointW());
        Decision d = c.decide(car(60, 5000, 0, 90));
        assertEquals(0, d.setpointW());
        assertEquals(ControlState.IDLE, d.state());
    }

    @Test
    void outageBacksUpTheHomeShedsLoadsAndRecoversWithTheGrid() {
        List<LoadShedRule> shed = List.of(LoadShedRule.belowKwh("heatpump", 10), LoadShedRule.belowKwh("sauna", 5));
        V2xSettings s = base().mode(ControlMode.SOLAR).loadShedding(shed).build();
        V2xController c = new V2xController(s);
        Measurement.Builder m = Measurement.at(at(0)).grid(-2000).pv(3000.0).homeLoad(1000.0).car(45.0, CAPACITY);
        assertEquals(ControlState.SOLAR_CHARGE, c.decide(m.build()).state());
        // outage: home load 1500 W, no PV (evening). 45 % -> 13 % above the floor = 7.18 kWh: heatpump shed
        Decision d = c.decide(Measurement.at(at(10)).gridAvailable(false).charger(2050).pv(0.0).homeLoad(1500.0)
                .car(45.0, CAPACITY).build());
        assertEquals(ControlState.BACKUP_DISCHARGE, d.state());
        assertEquals(-1500, d.setpointW(), 1e-9);
        assertTrue(d.write() && d.urgent());
        assertEquals(List.of("heatpump"), d.loadsToShed());
        Duration ttr = d.timeToReserve();
        assertNotNull(ttr);
        assertEquals(0.13 * 60 * 0.92 / 1.5, ttr.toSeconds() / 3600.0, 1e-3);
        // energy low: sauna shed too
        d = c.decide(Measurement.at(at(600)).gridAvailable(false).charger(-1500).pv(0.0).homeLoad(1500.0)
                .car(40.0, CAPACITY).build());
        assertEquals(List.of("sauna"), d.loadsToShed());
        assertEquals(List.of("heatpump", "sauna"), c.shedLoads());
        // floor reached: the car stops
        d = c.decide(Measurement.at(at(1200)).gridAvailable(false).charger(-1500).pv(0.0).homeLoad(1500.0)
                .car(32.0, CAPACITY).build());
        assertEquals(ControlState.BACKUP_HOLD, d.state());
        assertEquals(0, d.setpointW());
        assertTrue(d.urgent());
        // grid back: loads restored (last shed first), recharge toward the target
        d = c.decide(Measurement.at(at(1800)).grid(1500).charger(0).pv(0.0).homeLoad(1500.0).car(32.0, CAPACITY)
                .build());
        assertEquals(List.of("sauna", "heatpump"), d.loadsToRestore());
        assertEquals(ControlState.RECHARGE, d.state());
        assertEquals(7400, d.setpointW(), 1e-9);
        d = c.decide(Measurement.at(at(1900)).grid(8900).charger(7400).pv(0.0).homeLoad(1500.0)
                .car(80.0, CAPACITY).build());
        assertEquals(ControlState.IDLE, d.state());
    }

    @Test
    void outageWithUnknownSocNeverDischargesAndShedsEverything() {
        V2xSettings s = base().loadShedding(List.of(LoadShedRule.belowKwh("a", 1), LoadShedRule.belowKwh("b", 0)))
                .build();
        V2xController c = new V2xController(s);
        Decision d = c.decide(Measurement.at(T0).gridAvailable(false).homeLoad(800.0).car(null, CAPACITY).build());
        assertEquals(0, d.setpointW());
        assertEquals(ControlState.BACKUP_HOLD, d.state());
        assertEquals(List.of("a", "b"), d.loadsToShed());
    }

    @Test
    void unknownSocNeverDischargesButMayChargeFromSurplus() {
        V2xController c = new V2xController(v2hDownToReserve().build());
        Decision d = c.decide(Measurement.at(T0).grid(4000).car(null, null).build());
        assertEquals(0, d.setpointW());
        assertTrue(d.reason().contains("unknown"), d.reason());
        d = c.decide(Measurement.at(T0.plusSeconds(60)).grid(-3000).car(null, null).build());
        assertEquals(3050, d.setpointW(), 1e-9);
    }

    @Test
    void timeGoingBackwardsGivesASafeStop() {
        V2xController c = new V2xController(v2hDownToReserve().build());
        assertTrue(c.decide(car(100, 3000, 0, 70)).setpointW() < 0);
        Decision d = c.decide(car(50, 50, -2950, 70));
        assertEquals(ControlState.SAFE_STOP, d.state());
        assertEquals(0, d.setpointW());
        assertTrue(d.write());
        // continues from the new time
        d = c.decide(car(110, 3000, 0, 70));
        assertEquals(ControlState.V2H_DISCHARGE, d.state());
    }

    @Test
    void carLeavingStopsTheCharger() {
        V2xController c = new V2xController(base().build());
        assertTrue(c.decide(car(0, -3000, 0, 50)).setpointW() > 0);
        Decision d = c.decide(Measurement.at(at(60)).grid(-3000).build());
        assertEquals(ControlState.NOT_PRESENT, d.state());
        assertEquals(0, d.setpointW());
    }

    @Test
    void writesAreRateLimitedAndDeadbanded() {
        V2xSettings s = base().minWriteInterval(Duration.ofSeconds(30)).deadbandW(100).build();
        V2xController c = new V2xController(s);
        assertTrue(c.decide(car(0, -3000, 0, 50)).write());
        // 500 W more surplus after 10 s: held by the interval
        Decision d = c.decide(car(10, -500, 3050, 50));
        assertFalse(d.write());
        assertEquals(3050, d.setpointW(), 1e-9);
        assertEquals(3600, d.targetW(), 1e-9);
        // after the interval it goes out
        d = c.decide(car(31, -500, 3050, 50));
        assertTrue(d.write());
        assertEquals(3600, d.setpointW(), 1e-9);
        // a change within the deadband is not written
        d = c.decide(car(70, -40, 3600, 50));
        assertFalse(d.write());
    }

    @Test
    void settingsUpdateForcesTheNextWrite() {
        V2xController c = new V2xController(base().build());
        assertTrue(c.decide(car(0, -3000, 0, 50)).write());
        c.updateSettings(base().mode(ControlMode.OFF).build());
        Decision d = c.decide(car(1, 50, 3050, 50));
        assertTrue(d.write());
        assertEquals(0, d.setpointW());
    }
}
