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
package org.openhab.v2x.simulator.ocpp;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A car battery seen from the charger. Power is measured on the grid side of the charger (what the meter
 * registers count); the battery stores {@code power * chargeEfficiency} while charging and gives
 * {@code |power| / dischargeEfficiency} while discharging. The car protects itself: it stops charging at
 * 100 % and stops discharging at its SoC floor, and it never exceeds its own power limits.
 * <p>
 * Thread-safe: the simulator advances it on its own thread while tests read it.
 */
@NonNullByDefault
public class SimulatedCar {

    private static final double SECONDS_PER_HOUR = 3600.0;

    private final double capacityWh;
    private double storedWh;
    private double maxChargeW = 7400;
    private double maxDischargeW = 7400;
    private double minPowerW = 0;
    private double chargeEfficiency = 1.0;
    private double dischargeEfficiency = 1.0;
    private double socFloorPercent = 10;
    private double targetSocPercent = 80;

    private double requestedW;
    private double importedWh;
    private double exportedWh;

    /**
     * @param capacityWh usable battery capacity, &gt; 0
     * @param socPercent initial state of charge, 0..100
     */
    public SimulatedCar(double capacityWh, double socPercent) {
        if (!(capacityWh > 0) || Double.isInfinite(capacityWh)) {
            throw new IllegalArgumentException("capacity must be a positive number of Wh, got " + capacityWh);
        }
        checkPercent("soc", socPercent);
        this.capacityWh = capacityWh;
        this.storedWh = capacityWh * socPercent / 100.0;
    }

    public synchronized SimulatedCar withMaxChargeW(double watts) {
        this.maxChargeW = nonNegative("max charge power", watts);
        return this;
    }

    public synchronized SimulatedCar withMaxDischargeW(double watts) {
        this.maxDischargeW = nonNegative("max discharge power", watts);
        return this;
    }

    /** Below this magnitude the car cannot transfer power at all, so smaller requests give 0 W. */
    public synchronized SimulatedCar withMinPowerW(double watts) {
        this.minPowerW = nonNegative("min power", watts);
        return this;
    }

    public synchronized SimulatedCar withChargeEfficiency(double efficiency) {
        this.chargeEfficiency = efficiency("charge efficiency", efficiency);
        return this;
    }

    public synchronized SimulatedCar withDischargeEfficiency(double efficiency) {
        this.dischargeEfficiency = efficiency("discharge efficiency", efficiency);
        return this;
    }

    /** The car's own protection: it refuses to discharge at or below this SoC. */
    public synchronized SimulatedCar withSocFloorPercent(double percent) {
        this.socFloorPercent = checkPercent("soc floor", percent);
        return this;
    }

    /** The SoC the driver wants at departure (reported in NotifyEVChargingNeeds). */
    public synchronized SimulatedCar withTargetSocPercent(double percent) {
        this.targetSocPercent = checkPercent("target soc", percent);
        return this;
    }

    /** Sets the power the charger asks for (signed, W); the car applies it clamped to its limits. */
    public synchronized void request(double watts) {
        if (Double.isNaN(watts)) {
            throw new IllegalArgumentException("requested power is NaN");
        }
        this.requestedW = watts;
    }

    public synchronized double getRequestedW() {
        return requestedW;
    }

    /** The power actually flowing now (signed, W, grid side), after the car's limits and protection. */
    public synchronized double getPowerW() {
        return effectivePowerW();
    }

    /** Whether the car refuses power the charger offers (full, at its floor, or below its minimum power). */
    public synchronized boolean isRefusing() {
        return requestedW != 0 && effectivePowerW() == 0;
    }

    public synchronized double getSocPercent() {
        return storedWh / capacityWh * 100.0;
    }

    public synchronized double getStoredWh() {
        return storedWh;
    }

    public double getCapacityWh() {
        return capacityWh;
    }

    public synchronized double getMaxChargeW() {
        return maxChargeW;
    }

    public synchronized double getMaxDischargeW() {
        return maxDischargeW;
    }

    public synchronized double getMinPowerW() {
        return minPowerW;
    }

    public synchronized double getSocFloorPercent() {
        return socFloorPercent;
    }

    public synchronized double getTargetSocPercent() {
        return targetSocPercent;
    }

    /** Energy drawn from the grid so far (Wh), the Energy.Active.Import.Register. */
    public synchronized double getImportedWh() {
        return importedWh;
    }

    /** Energy fed back to the grid so far (Wh), the Energy.Active.Export.Register. */
    public synchronized double getExportedWh() {
        return exportedWh;
    }

    /**
     * Lets simulated time pass at the current request. When the battery reaches 100 % or its floor inside
     * the step, energy flows only until that moment.
     */
    public synchronized void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("time cannot run backwards: " + step);
        }
        double seconds = step.toNanos() / 1e9;
        double power = effectivePowerW();
        if (power > 0) {
            double roomWh = capacityWh - storedWh;
            double hours = Math.min(seconds / SECONDS_PER_HOUR, roomWh / (power * chargeEfficiency));
            storedWh = Math.min(capacityWh, storedWh + power * chargeEfficiency * hours);
            importedWh += power * hours;
        } else if (power < 0) {
            double availableWh = storedWh - floorWh();
            double hours = Math.min(seconds / SECONDS_PER_HOUR, availableWh * dischargeEfficiency / -power);
            storedWh = Math.max(floorWh(), storedWh + power / dischargeEfficiency * hours);
            exportedWh += -power * hours;
        }
    }

    private double effectivePowerW() {
        double power;
        if (requestedW > 0) {
            power = storedWh >= capacityWh ? 0 : Math.min(requestedW, maxChargeW);
        } else if (requestedW < 0) {
            power = storedWh <= floorWh() ? 0 : Math.max(requestedW, -maxDischargeW);
        } else {
            power = 0;
        }
        return Math.abs(power) < minPowerW ? 0 : power;
    }

    private double floorWh() {
        return capacityWh * socFloorPercent / 100.0;
    }

    private static double nonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    private static double efficiency(String what, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be in (0, 1], got " + value);
        }
        return value;
    }

    private static double checkPercent(String what, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(what + " must be in 0..100 %, got " + value);
        }
        return value;
    }
}
