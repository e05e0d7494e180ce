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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Settings of the {@link ChargePlanner}.
 *
 * @param wearCostPerKwh battery care: cost per kWh charged or discharged (AC side) added to the objective; 0 (the
 *            default) weighs only the grid cost, about 0.02 per kWh reflects a battery of 100 per kWh lasting 2500
 *            equivalent full cycles
 * @param horizon length of a plan when no departure is known (with a departure the plan ends there: nothing is
 *            known about the car after it)
 * @param maxHorizon longest plan (a departure further away is planned up to this far)
 * @param replanInterval a plan is made again at least this often
 * @param slot length of a plan slot
 * @param energyStepWh step of the SoC grid of the dynamic program, at most 250 Wh
 * @param endValueFactor energy left at the end of the plan is worth this share of the mean import price per kWh
 *            (below 1: part of the future charging will come from PV; energy that must be bought back is then
 *            not given to the home, stored PV surplus is)
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public record PlannerSettings(double wearCostPerKwh, Duration horizon, Duration maxHorizon, Duration replanInterval,
        Duration slot, double energyStepWh, double endValueFactor) {

    public PlannerSettings {
        if (!(wearCostPerKwh >= 0 && wearCostPerKwh <= 10)) {
            throw new IllegalArgumentException("wearCostPerKwh must be within 0..10: " + wearCostPerKwh);
        }
        if (slot.isNegative() || slot.toSeconds() < 60 || slot.toSeconds() > 3600) {
            throw new IllegalArgumentException("slot must be 1..60 min: " + slot);
        }
        if (horizon.compareTo(slot) < 0 || maxHorizon.compareTo(horizon) < 0 || maxHorizon.toDays() > 14) {
            throw new IllegalArgumentException(
                    "need slot <= horizon <= maxHorizon <= 14 days: " + horizon + ", " + maxHorizon);
        }
        if (replanInterval.isNegative() || replanInterval.isZero()) {
            throw new IllegalArgumentException("replanInterval must be positive: " + replanInterval);
        }
        if (!(energyStepWh >= 1 && energyStepWh <= PlanProblem.MAX_ENERGY_STEP_WH)) {
            throw new IllegalArgumentException("energyStepWh must be within 1..250: " + energyStepWh);
        }
        if (!(endValueFactor >= 0 && endValueFactor <= 2)) {
            throw new IllegalArgumentException("endValueFactor must be within 0..2: " + endValueFactor);
        }
    }

    /** No wear cost, 36 h horizon (up to 7 days to a departure), replan every 15 min, 15 min slots, 250 Wh. */
    public static PlannerSettings defaults() {
        return new PlannerSettings(0, Duration.ofHours(36), Duration.ofDays(7), Duration.ofMinutes(15),
                Duration.ofMinutes(15), PlanProblem.MAX_ENERGY_STEP_WH, 0.85);
    }

    public PlannerSettings withWearCostPerKwh(double value) {
        return new PlannerSettings(value, horizon, maxHorizon, replanInterval, slot, energyStepWh, endValueFactor);
    }

    public PlannerSettings withEndValueFactor(double value) {
        return new PlannerSettings(wearCostPerKwh, horizon, maxHorizon, replanInterval, slot, energyStepWh, value);
    }
}
