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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Small problems whose optimum is known by hand: 10 kWh car, 1 h steps, lossless unless said, 1000..2000 W.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class SocDynamicProgramTest {

    private static PlanProblem problem(int steps) {
        PlanProblem p = new PlanProblem(steps, 1);
        p.capacityWh = 10_000;
        p.minChargeW = 1000;
        p.maxChargeW = 2000;
        p.minDischargeW = 1000;
        p.maxDischargeW = 2000;
        p.chargeEfficiency = 1;
        p.dischargeEfficiency = 1;
        for (int t = 0; t < steps; t++) {
            p.priceImport[t] = 0.30;
            p.priceExport[t] = 0.08;
        }
        return p;
    }

    @Test
    void theMinimumPowerForcesAFullKwhWhereARelaxedProgramWouldStoreOnlyTheSurplus() {
        // 600 W of surplus for an hour, 0.6 kWh missing at the departure after the second hour: a relaxed program
        // stores the 600 W for free; a real charger must take 1000 W, 400 W of it from the grid (0.12)
        PlanProblem p = problem(2);
        p.pvW[0] = 600;
        p.targetWh = 5_600;
        p.departsAfter[1] = true;
        SocDynamicProgram dp = SocDynamicProgram.solve(p);

        assertEquals(0.12, dp.valueAt(0, 5_000, 0), 1e-9);
        SocDynamicProgram.Choice first = dp.best(0, 5_000, 0);
        assertEquals(1000, first.powerW(), 1e-9);
        assertEquals(6_000, first.energyAfterWh(), 1e-9);
    }

    @Test
    void aHomeDemandBelowTheMinimumIsNotServedWithoutExport() {
        PlanProblem p = problem(1);
        p.loadW[0] = 500;
        p.endValuePerKwh = 0;
        SocDynamicProgram dp = SocDynamicProgram.solve(p);
        assertEquals(0, dp.best(0, 8_000, 0).powerW());
        assertEquals(0.15, dp.valueAt(0, 8_000, 0), 1e-9);

        // with export allowed, the car may discharge its maximum and export the rest
        p.allowGridExport = true;
        SocDynamicProgram export = SocDynamicProgram.solve(p);
        assertEquals(-2000, export.best(0, 8_000, 0).powerW(), 1e-9);
        assertEquals(-1500 * 0.08 / 1000, export.valueAt(0, 8_000, 0), 1e-9);
    }

    @Test
    void chargesInTheCheapHourForTheDeparture() {
        PlanProblem p = problem(2);
        p.priceImport[0] = 0.10;
        p.priceImport[1] = 0.40;
        p.targetWh = 6_000;
        p.departsAfter[1] = true;
        SocDynamicProgram dp = SocDynamicProgram.solve(p);
        assertEquals(2000, dp.best(0, 4_000, 0).powerW(), 1e-9);
        assertEquals(0.2, dp.valueAt(0, 4_000, 0), 1e-9);
    }

    @Test
    void neverDischargesBelowTheFloorAndServesTheHomeDownToIt() {
        PlanProblem p = problem(1);
        p.loadW[0] = 1500;
        p.floorWh = 3_000;
        SocDynamicProgram dp = SocDynamicProgram.solve(p);
        assertEquals(0, dp.best(0, 3_000, 0).powerW());
        assertEquals(0, dp.best(0, 3_900, 0).powerW(), "0.9 kWh above the floor is less than the minimum power");
        assertEquals(-1500, dp.best(0, 6_000, 0).powerW(), 1e-9);
    }

    @Test
    void efficienciesAndTheEndValueDecideWhetherStoringPays() {
        // storing grid energy at 0.30 with 0.9 efficiency costs 0.333 per stored kWh: not worth an end value of 0.32
        PlanProblem p = problem(1);
        p.chargeEfficiency = 0.9;
        p.endValuePerKwh = 0.32;
        assertEquals(0, SocDynamicProgram.solve(p).best(0, 5_000, 0).powerW());
        p.endValuePerKwh = 0.34;
        SocDynamicProgram.Choice c = SocDynamicProgram.solve(p).best(0, 5_000, 0);
        assertEquals(2000, c.powerW(), 1e-9);
        assertEquals(6_800, c.energyAfterWh(), 1e-9);
    }

    @Test
    void aWearCostStopsACycleThatEarnsLessThanIt() {
        // discharge at the 0.40 peak what was charged at 0.10: 0.30 per kWh gained, 2 x wear per kWh lost
        PlanProblem p = problem(2);
        p.priceImport[0] = 0.10;
        p.priceImport[1] = 0.40;
        p.loadW[1] = 2000;
        p.floorWh = 5_000;
        SocDynamicProgram cycling = SocDynamicProgram.solve(p);
        assertEquals(2000, cycling.best(0, 5_000, 0).powerW(), 1e-9);
        p.wearCostPerKwh = 0.2;
        SocDynamicProgram careful = SocDynamicProgram.solve(p);
        assertEquals(0, careful.best(0, 5_000, 0).powerW());
    }

    @Test
    void theV2hWindowAndTheDailyBudgetAreHardLimits() {
        PlanProblem p = problem(3);
        for (int t = 0; t < 3; t++) {
            p.loadW[t] = 2000;
        }
        p.v2hAllowed[0] = false;
        SocDynamicProgram window = SocDynamicProgram.solve(p);
        assertEquals(0, window.best(0, 8_000, 0).powerW());
        assertEquals(-2000, window.best(1, 8_000, 0).powerW(), 1e-9);

        p.v2hAllowed[0] = true;
        p.dailyDischargeBudgetWh = 3000;
        SocDynamicProgram budget = SocDynamicProgram.solve(p);
        double e = 8_000;
        double b = 0;
        double discharged = 0;
        for (int t = 0; t < 3; t++) {
            SocDynamicProgram.Choice c = budget.best(t, e, b);
            discharged += -Math.min(0, c.powerW());
            e = c.energyAfterWh();
            b = c.budgetAfterWh();
        }
        assertEquals(3000, discharged, 1e-6);
    }

    @Test
    void aTripIsTakenOnArrivalAndAnUnsuppliedTripIsPenalised() {
        PlanProblem p = problem(2);
        p.present[0] = false;
        p.tripWh[1] = 7_000;
        p.tripShortfallPenaltyPerKwh = 10;
        SocDynamicProgram dp = SocDynamicProgram.solve(p);
        assertEquals(20, dp.valueAt(0, 5_000, 0), 1e-9);
        assertEquals(0, dp.valueAt(0, 9_000, 0), 1e-9);
    }

    @Test
    void anInvalidProblemIsRejectedWithItsName() {
        PlanProblem p = problem(1);
        p.minChargeW = 3000;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SocDynamicProgram.solve(p));
        assertTrue(e.getMessage().contains("maxChargeW"), e.getMessage());
    }
}
