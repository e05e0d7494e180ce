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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Replays one summer day in 15-minute steps: a morning departure, PV, an evening with V2H and a one-hour outage.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class DayReplayTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    private static final int STEP_S = 900;

    private static double pvW(double hour) {
        return hour < 6 || hour > 20 ? 0 : 7000 * Math.sin(Math.PI * (hour - 6) / 14);
    }

    private static double loadW(double hour) {
        return hour >= 18 && hour < 22 ? 3500 : 400;
    }

    @Test
    void replayOfADay() {
        // the car returns at 65 %: V2H down to the reserve, so the evening discharge is part of the day
        V2xSettings s = V2xSettings.builder().mode(ControlMode.SOLAR_V2H).zone(ZONE).v2hMinSocPct(0.0)
                .v2hWindow(TimeWindow.parse("17:00-23:00"))
                .loadShedding(List.of(LoadShedRule.belowKwh("sauna", 30), LoadShedRule.belowKwh("heatpump", 2)))
                .build();
        SiteSim sim = new SiteSim(s, 60, 45);
        Instant departure = at(8, 0);
        Map<LocalTime, Decision> log = new LinkedHashMap<>();
        Map<LocalTime, Double> socLog = new LinkedHashMap<>();
        double socAtDeparture = Double.NaN;
        for (int k = 0; k < 96; k++) {
            Instant now = at(0, 0).plusSeconds((long) k * STEP_S);
            LocalTime local = now.atZone(ZONE).toLocalTime();
            double hour = local.toSecondOfDay() / 3600.0;
            boolean present = hour < 8 || hour >= 17;
            boolean grid = hour < 20 || hour >= 21;
            if (local.equals(LocalTime.of(8, 0))) {
                socAtDeparture = sim.socPct;
            }
            if (local.equals(LocalTime.of(17, 0))) {
                sim.drive(15);
            }
            @Nullable
            Instant plannedDeparture = hour < 8 ? departure : null;
            socLog.put(local, sim.socPct);
            log.put(local, sim.step(now, loadW(hour), pvW(hour), grid, present, plannedDeparture));
            sim.advance(STEP_S);
        }

        // night: importing, but outside the V2H window and below target before the departure
        Decision night = decision(log, 3, 0);
        assertEquals(ControlState.IDLE, night.state());
        assertEquals(0, night.setpointW());
        assertEquals(80.0, night.expectedDepartureSocPct());
        assertNotNull(night.latestChargeStart());
        // departure guarantee: forced charging before the latest start, target met at 08:00
        Instant latest = night.latestChargeStart();
        assertEquals(ControlState.FORCED_CHARGE, decision(log, 5, 0).state());
        assertTrue(firstTime(log, ControlState.FORCED_CHARGE).isBefore(latest.atZone(ZONE).toLocalTime()));
        assertTrue(socAtDeparture >= 80, "SoC at departure " + socAtDeparture);
        // away
        assertEquals(ControlState.NOT_PRESENT, decision(log, 12, 0).state());
        // back at 17:00 with PV surplus
        Decision back = decision(log, 17, 0);
        assertEquals(ControlState.SOLAR_CHARGE, back.state());
        assertTrue(back.setpointW() > 0);
        // evening: the home imports, the car covers it within the window (no export)
        Decision evening = decision(log, 19, 0);
        assertEquals(ControlState.V2H_DISCHARGE, evening.state());
        double demand = loadW(19) - pvW(19);
        assertEquals(-(demand - s.gridBiasW()), evening.setpointW(), 1e-6);
        // outage at 20:00: backup at once, sauna shed
        Decision outage = decision(log, 20, 0);
        assertEquals(ControlState.BACKUP_DISCHARGE, outage.state());
        assertEquals(-3500, outage.setpointW(), 1e-6);
        assertTrue(outage.write() && outage.urgent());
        assertEquals(List.of("sauna"), outage.loadsToShed());
        assertNotNull(outage.timeToReserve());
        assertEquals(ControlState.BACKUP_DISCHARGE, decision(log, 20, 45).state());
        // grid back at 21:00: sauna restored, recharge toward the target
        Decision recovered = decision(log, 21, 0);
        assertEquals(List.of("sauna"), recovered.loadsToRestore());
        assertEquals(ControlState.RECHARGE, recovered.state());
        assertEquals(s.maxChargeW(), recovered.setpointW(), 1e-6);
        // recharged by the end of the day, then idle
        Decision late = decision(log, 23, 45);
        assertEquals(ControlState.IDLE, late.state());
        assertTrue(socLog.get(LocalTime.of(23, 45)) >= 80);
        // the reserve was never touched
        assertTrue(sim.minSocWhileDischarging >= s.reserveSocPct());
    }

    private static Instant at(int hour, int minute) {
        return ZonedDateTime.of(DAY, LocalTime.of(hour, minute), ZONE).toInstant();
    }

    private static Decision decision(Map<LocalTime, Decision> log, int hour, int minute) {
        Decision d = log.get(LocalTime.of(hour, minute));
        assertNotNull(d);
        return d;
    }

    private static LocalTime firstTime(Map<LocalTime, Decision> log, ControlState state) {
        return log.entrySet().stream().filter(e -> e.getValue().state() == state).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }
}
