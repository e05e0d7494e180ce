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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One snapshot of the site, handed to {@link V2xController#decide(Measurement)}.
 * <p>
 * {@code null} means "unknown" for the optional values. Values that cannot be right (NaN or infinite powers,
 * negative PV or load, SoC outside 0..100, capacity not above 0) are rejected with an
 * {@link IllegalArgumentException} when the record is built, so a caller parsing item states learns at once which
 * value was bad. An unknown SoC or capacity is legal: the controller then never discharges.
 *
 * @param now time of the measurement
 * @param gridPowerW grid power, &gt; 0 = import (read 0 during an outage)
 * @param gridAvailable false during a grid outage
 * @param chargerPowerW measured charger power, &gt; 0 charges the car, &lt; 0 discharges it
 * @param carPresent whether a car is plugged in
 * @param socPct car state of charge in % (0..100), or null if unknown
 * @param capacityKwh usable battery capacity in kWh (&gt; 0), or null if unknown
 * @param pvPowerW PV production in W (&gt;= 0), or null if not measured
 * @param homeLoadW household load without the car in W (&gt;= 0), or null if not measured; during an outage pass
 *            the load that must be served
 * @param departure next departure, or null if none is planned
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public record Measurement(Instant now, double gridPowerW, boolean gridAvailable, double chargerPowerW,
        boolean carPresent, @Nullable Double socPct, @Nullable Double capacityKwh, @Nullable Double pvPowerW,
        @Nullable Double homeLoadW, @Nullable Instant departure) {

    private static final double MAX_POWER_W = 1e7;

    public Measurement {
        requirePower("gridPowerW", gridPowerW);
        requirePower("chargerPowerW", chargerPowerW);
        Double soc = socPct;
        if (soc != null && !(soc >= 0 && soc <= 100)) {
            throw new IllegalArgumentException("socPct must be within 0..100: " + soc);
        }
        Double capacity = capacityKwh;
        if (capacity != null && !(capacity > 0 && capacity < 1e4)) {
            throw new IllegalArgumentException("capacityKwh must be above 0 (and finite): " + capacity);
        }
        Double pv = pvPowerW;
        if (pv != null && !(pv >= 0 && pv <= MAX_POWER_W)) {
            throw new IllegalArgumentException("pvPowerW must be a finite value >= 0: " + pv);
        }
        Double load = homeLoadW;
        if (load != null && !(load >= 0 && load <= MAX_POWER_W)) {
            throw new IllegalArgumentException("homeLoadW must be a finite value >= 0: " + load);
        }
    }

    /** A builder for the given time; grid available, no car, everything else unknown or 0. */
    public static Builder at(Instant now) {
        return new Builder(now);
    }

    /** Whether SoC and capacity are both known, i.e. energy can be reasoned about. */
    public boolean batteryKnown() {
        return socPct != null && capacityKwh != null;
    }

    private static void requirePower(String name, double value) {
        if (!(value >= -MAX_POWER_W && value <= MAX_POWER_W)) {
            throw new IllegalArgumentException(name + " must be a finite power in W: " + value);
        }
    }

    /** Fluent builder, mostly for handlers and tests. */
    public static final class Builder {
        private Instant now;
        private double gridPowerW;
        private boolean gridAvailable = true;
        private double chargerPowerW;
        private boolean carPresent;
        private @Nullable Double socPct;
        private @Nullable Double capacityKwh;
        private @Nullable Double pvPowerW;
        private @Nullable Double homeLoadW;
        private @Nullable Instant departure;

        private Builder(Instant now) {
            this.now = now;
        }

        public Builder grid(double powerW) {
            gridPowerW = powerW;
            return this;
        }

        public Builder gridAvailable(boolean value) {
            gridAvailable = value;
            return this;
        }

        public Builder charger(double powerW) {
            chargerPowerW = powerW;
            return this;
        }

        /** A plugged-in car with the given SoC (% or null) and usable capacity (kWh or null). */
        public Builder car(@Nullable Double soc, @Nullable Double capacityKwh) {
            carPresent = true;
            socPct = soc;
            this.capacityKwh = capacityKwh;
            return this;
        }

        public Builder carPresent(boolean value) {
            carPresent = value;
            return this;
        }

        public Builder pv(@Nullable Double powerW) {
            pvPowerW = powerW;
            return this;
        }

        public Builder homeLoad(@Nullable Double powerW) {
            homeLoadW = powerW;
            return this;
        }

        public Builder departure(@Nullable Instant value) {
            departure = value;
            return this;
        }

        /** @throws IllegalArgumentException for an invalid value */
        public Measurement build() {
            return new Measurement(now, gridPowerW, gridAvailable, chargerPowerW, carPresent, socPct, capacityKwh,
                    pvPowerW, homeLoadW, departure);
        }
    }
}
