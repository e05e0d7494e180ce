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
import java.time.ZoneOffset;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The planner on a day with a cheap night and an expensive evening, and the fast loop following its plan.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class ChargePlannerTest {

    /** 18:00 UTC; the departure 13 h later, at 07:00. */
    private static final Instant NOW = Instant.parse("2026-03-02T18:00:00Z");
    private static final int SLOTS = 52;

    private static V2xSettings.Builder settings() {
        return V2xSettings.builder().mode(ControlMode.SOLAR_V2H).zone(ZoneOffset.UTC).powerLimits(300, 7400);
    }

    /** Home 2 kW until 22:00, then 400 W; import 0.38 until 21:00, 0.30 until midnight, 0.22 after; no PV. */
    private static ChargePlanner.Input evening(double socPct) {
        double[] load = new double[SLOTS];
        double[] price = new double[SLOTS];
        for (int t = 0; t < SLOTS; t++) {
            double hour = 18 + t * 0.25;
            load[t] = hour < 22 ? 2000 : 400;
            price[t] = hour < 21 ? 0.38 : hour < 24 ? 0.30 : 0.22;
        }
        return new ChargePlanner.Input(NOW, socPct, 60, NOW.plus(Duration.ofHours(13)), true, load, new double[] { 0 },
                price, new double[] { 0.08 }, 0);
    }

    @Test
    void thePlanEndsAtTheDepartureOrAfterTheHorizon() {
        ChargePlanner planner = new ChargePlanner(PlannerSettings.defaults());
        assertEquals(SLOTS, planner.slotsFor(NOW, NOW.plus(Duration.ofHours(13))));
        assertEquals(144, planner.slotsFor(NOW, null));
        assertEquals(7 * 96, planner.slotsFor(NOW, NOW.plus(Duration.ofDays(10))));
    }

    @Test
    void givesTheEveningPeakFromTheCarAndRechargesInTheCheapNight() {
        ChargePlan plan = new ChargePlanner(PlannerSettings.defaults()).plan(evening(70), settings().build());
        assertEquals(SLOTS, plan.slots());
        // 18:00: V2H allowed below the target (80 %), as the night refills the car at 0.22
        assertTrue(plan.v2hFloorPct(0) < 70, "floor " + plan.v2hFloorPct(0));
        assertTrue(plan.plannedW(0) < 0, "discharges in the peak: " + plan.plannedW(0));
        // no grid charge before midnight, some after, and the target is reached at the departure
        for (int t = 0; t < 24; t++) {
            assertEquals(0, plan.gridChargeW(t), "slot " + t);
        }
        assertTrue(Arrays.stream(new int[] { 24, 30, 40, 51 }).anyMatch(t -> plan.gridChargeW(t) > 0)
                || sumGridCharge(plan, 24, SLOTS) > 0);
        assertEquals(80, plan.socAfterPct(SLOTS - 1), 0.5);
        assertTrue(plan.socAfterPct(23) >= 32 - 1e-6, "never below reserve + margin");
    }

    @Test
    void aWearCostKeepsTheCarOutOfACycleThatEarnsLessThanItCosts() {
        V2xSettings s = settings().build();
        ChargePlan free = new ChargePlanner(PlannerSettings.defaults()).plan(evening(70), s);
        ChargePlan careful = new ChargePlanner(PlannerSettings.defaults().withWearCostPerKwh(0.2)).plan(evening(70), s);
        assertTrue(discharged(free) > 5, "cycles without a wear cost: " + discharged(free));
        assertEquals(0, discharged(careful), 1e-9);
        assertEquals(100, careful.v2hFloorPct(0));
    }

    @Test
    void theV2hWindowAndTheDailyBudgetLimitThePlannedDischarge() {
        V2xSettings window = settings().v2hWindow(new TimeWindow(LocalTime.of(20, 0), LocalTime.of(22, 0))).build();
        ChargePlan plan = new ChargePlanner(PlannerSettings.defaults()).plan(evening(70), window);
        for (int t = 0; t < 8; t++) {
            assertTrue(plan.plannedW(t) >= 0, "no discharge before 20:00, slot " + t);
        }
        assertTrue(plan.plannedW(8) < 0);

        V2xSettings budget = settings().dailyDischargeBudgetKwh(3).build();
        ChargePlan limited = new ChargePlanner(PlannerSettings.defaults()).plan(evening(70), budget);
        assertEquals(3, discharged(limited), 0.01);
    }

    @Test
    void theFastLoopChargesFromTheGridInAPlannedSlotAndServesTheHomeDownToThePlannedFloor() {
        V2xSettings s = settings().minOnOffTimes(Duration.ZERO, Duration.ZERO).minWriteInterval(Duration.ZERO)
                .departureMargin(Duration.ZERO).build();
        ChargePlan plan = new ChargePlanner(PlannerSettings.defaults()).plan(evening(70), s);
        V2xController followed = new V2xController(s);
        followed.followPlan(plan);
        V2xController unplanned = new V2xController(s);
        Instant departure = NOW.plus(Duration.ofHours(13));

        // 18:00, home imports 2 kW: with the plan the car covers it although it is below the target
        Measurement peak = Measurement.at(NOW).grid(2000).charger(0).car(70.0, 60.0).departure(departure).build();
        assertEquals(-1950, followed.decide(peak).setpointW(), 1e-6);
        assertEquals(0, unplanned.decide(peak).setpointW(), "the default V2H floor is the target");

        // the first slot after midnight with a planned grid charge: the fast loop charges at its power
        int slot = 24;
        while (plan.gridChargeW(slot) == 0) {
            slot++;
        }
        Instant night = plan.slotStart(slot);
        double socThen = plan.socAfterPct(slot - 1);
        Measurement quiet = Measurement.at(night).grid(400).charger(0).car(socThen, 60.0).departure(departure)
                .build();
        V2xController atNight = new V2xController(s);
        atNight.followPlan(plan);
        Decision d = atNight.decide(quiet);
        assertEquals(ControlState.PLANNED_CHARGE, d.state());
        assertEquals(plan.gridChargeW(slot), d.setpointW(), 1e-6);
    }

    private static double discharged(ChargePlan plan) {
        double kwh = 0;
        for (int t = 0; t < plan.slots(); t++) {
            kwh += Math.max(0, -plan.plannedW(t)) * 0.25 / 1000;
        }
        return kwh;
    }

    private static double sumGridCharge(ChargePlan plan, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += plan.gridChargeW(t);
        }
        return sum;
    }
}
