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
package org.openhab.binding.v2x.internal.ev;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Figures derived from a car's state of charge and its configuration.
 *
 * @param capacityKwh usable capacity
 * @param reserveSocPct driving reserve, never discharged below
 * @param targetSocPct state of charge wanted at departure
 * @param consumptionKwhPer100Km energy used per 100 km
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record EvBattery(double capacityKwh, double reserveSocPct, double targetSocPct,
        double consumptionKwhPer100Km) {

    public EvBattery {
        if (!(capacityKwh > 0)) {
            throw new IllegalArgumentException("capacity must be greater than zero");
        }
        if (!(reserveSocPct >= 0 && reserveSocPct <= 100 && targetSocPct >= 0 && targetSocPct <= 100)) {
            throw new IllegalArgumentException("reserve and target must be between 0 and 100 %");
        }
        if (reserveSocPct > targetSocPct) {
            throw new IllegalArgumentException("the driving reserve must not be above the target");
        }
        if (!(consumptionKwhPer100Km > 0)) {
            throw new IllegalArgumentException("consumption must be greater than zero");
        }
    }

    public double rangeKm(double socPct) {
        return storedKwh(socPct) / consumptionKwhPer100Km * 100;
    }

    /** Energy the home may take from the car without touching the driving reserve. */
    public double energyAboveReserveKwh(double socPct) {
        return Math.max(0, (socPct - reserveSocPct) / 100 * capacityKwh);
    }

    /**
     * Time to reach the target at the given charge power, counting charging losses; zero when the target is
     * reached.
     */
    public Duration timeToTarget(double socPct, double chargePowerW, double chargeEfficiency) {
        double missingKwh = Math.max(0, (targetSocPct - socPct) / 100 * capacityKwh);
        if (missingKwh == 0) {
            return Duration.ZERO;
        }
        if (!(chargePowerW > 0 && chargeEfficiency > 0)) {
            throw new IllegalArgumentException("charge power and efficiency must be greater than zero");
        }
        double hours = missingKwh * 1000 / (chargePowerW * chargeEfficiency);
        return Duration.ofSeconds(Math.round(hours * 3600));
    }

    private double storedKwh(double socPct) {
        return Math.max(0, Math.min(100, socPct)) / 100 * capacityKwh;
    }
}
