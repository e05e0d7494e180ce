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
import java.time.ZoneOffset;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The planner holding energy for an expected outage and honouring the user's priority.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class ReadinessPlanTest {

    /** 14:00 UTC; no departure, so the plan runs 36 h. */
    private static final Instant NOW = Instant.parse("2026-03-02T14:00:00Z");
    private static final Instant OUTAGE = Instant.parse("2026-03-02T20:00:00Z");
    /** Slot 24 starts at 20:00; slot 23 ends there. */
    private static final int BEFORE_OUTAGE = 23;
    private static final double CAPACITY_KWH = 60;

    private final ChargePlanner planner = new ChargePlanner(PlannerSettings.defaults());

    private static V2xSettings settings() {
        // V2H allowed down to reserve + margin (32 %), flat prices: nothing else asks for energy in the car
        return V2xSettings.builder().mode(ControlMode.SOLAR_V2H).zone(ZoneOffset.UTC).reserveSocPct(30)
                .targetSocPct(80).v2hMinSocPct(30.0).build();
    }

    /** Home 1500 W all day, no PV, flat 0.30 / 0.08. */
    private static ChargePlanner.Input input(double socPct) {
        return new ChargePlanner.Input(NOW, socPct, CAPACITY_KWH, null, true, new double[] { 1500 },
                new double[] { 0 }, new double[] { 0.30 }, new double[] { 0.08 }, 0);
    }

    @Test
    void aPlannedOutageHoldsTheBackupEnergyAtItsStartChargingBeforehand() {
        // 6 h of a 1000 W critical load: 6 kWh / 0.92 = 6.52 kWh above reserve + margin (32 %) = 42.9 %
        Readiness outage = new Readiness(PlanPriority.BALANCED, OUTAGE, false, 6, 1000);
        ChargePlan plan = planner.plan(input(35), settings(), outage);
        double holdPct = 32 + 6000 / 0.92 / (CAPACITY_KWH * 1000) * 100;

        assertTrue(plan.socAfterPct(BEFORE_OUTAGE) >= holdPct - 0.5,
                "at 20:00 the car holds " + plan.socAfterPct(BEFORE_OUTAGE) + " %, needs " + holdPct);
        double gridChargeWh = 0;
        for (int t = 0; t <= BEFORE_OUTAGE; t++) {
            gridChargeWh += plan.gridChargeW(t) * 0.25;
            assertTrue(plan.plannedW(t) >= 0, "no V2H into the backup energy, slot " + t);
        }
        assertTrue(gridChargeWh > 4000, "charges from the grid before the outage: " + gridChargeWh + " Wh");

        ChargePlan none = planner.plan(input(35), settings(), Readiness.none());
        assertTrue(none.socAfterPct(BEFORE_OUTAGE) < 35, "without the outage the car serves the home instead");
    }

    @Test
    void aStormWarningHoldsTheBackupEnergyFromNowOn() {
        Readiness storm = new Readiness(PlanPriority.BALANCED, null, true, 4, 1500);
        ChargePlan plan = planner.plan(input(60), settings(), storm);
        double holdPct = 32 + 6000 / 0.92 / (CAPACITY_KWH * 1000) * 100;
        for (int t = 0; t < plan.slots(); t++) {
            assertTrue(plan.socAfterPct(t) >= holdPct - 0.5, "slot " + t + ": " + plan.socAfterPct(t));
            assertTrue(plan.v2hFloorPct(t) >= holdPct - 1e-6, "the fast loop's floor, slot " + t);
        }
        assertTrue(plan.plannedW(0) < 0, "the energy above the hold still serves the home");
    }

    @Test
    void mobilityFirstKeepsTheTargetOutOfV2hAndBackupFirstKeepsTheBackup() {
        ChargePlan balanced = planner.plan(input(70), settings(), Readiness.none());
        assertTrue(balanced.socAfterPct(20) < 60, "balanced: V2H below the target at flat prices is allowed here");
        assertTrue(balanced.plannedW(0) < 0);
        assertTrue(balanced.v2hFloorPct(0) < 70,
                "flat prices: a kWh is worth as much now as later, so the fast loop may discharge now as planned, "
                        + balanced.v2hFloorPct(0));

        ChargePlan mobility = planner.plan(input(70), settings(),
                new Readiness(PlanPriority.MOBILITY_FIRST, null, false, 4, 1000));
        ChargePlan backup = planner.plan(input(70), settings(),
                new Readiness(PlanPriority.BACKUP_FIRST, null, false, 10, 1500));
        double backupPct = 32 + 15_000 / 0.92 / (CAPACITY_KWH * 1000) * 100;
        for (int t = 0; t < mobility.slots(); t++) {
            assertTrue(mobility.socAfterPct(t) >= 70 - 1e-6 || mobility.plannedW(t) >= 0, "slot " + t);
            assertTrue(mobility.v2hFloorPct(t) >= 80 - 1e-6, "mobility: V2H only above the target, slot " + t);
            assertTrue(backup.socAfterPct(t) >= backupPct - 0.5, "backup first, slot " + t);
        }
    }
}
