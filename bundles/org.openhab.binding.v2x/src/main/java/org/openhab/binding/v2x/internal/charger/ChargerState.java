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
package org.openhab.binding.v2x.internal.charger;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Protocol-neutral snapshot of a bidirectional charger and the car on it. A {@code null} field means the device
 * has not reported that value (yet); handlers leave the matching channel untouched.
 * Power is signed: above zero charges the car, below zero discharges it.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record ChargerState(boolean connected, @Nullable OperatingState operatingState, @Nullable Double activePowerW,
        @Nullable Double importPowerW, @Nullable Double exportPowerW, @Nullable Double importEnergyWh,
        @Nullable Double exportEnergyWh, @Nullable Double socPct, @Nullable Double capacityWh,
        @Nullable Double setpointW, @Nullable ChargerMode mode, @Nullable Double minChargeW,
        @Nullable Double maxChargeW, @Nullable Double minDischargeW, @Nullable Double maxDischargeW,
        @Nullable Instant departureTime, @Nullable Double targetSocPct, @Nullable String lastError) {

    public static final ChargerState DISCONNECTED = new Builder().build();

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Accumulates what a device reports over several messages. */
    public static final class Builder {
        private boolean connected;
        private @Nullable OperatingState operatingState;
        private @Nullable Double activePowerW;
        private @Nullable Double importPowerW;
        private @Nullable Double exportPowerW;
        private @Nullable Double importEnergyWh;
        private @Nullable Double exportEnergyWh;
        private @Nullable Double socPct;
        private @Nullable Double capacityWh;
        private @Nullable Double setpointW;
        private @Nullable ChargerMode mode;
        private @Nullable Double minChargeW;
        private @Nullable Double maxChargeW;
        private @Nullable Double minDischargeW;
        private @Nullable Double maxDischargeW;
        private @Nullable Instant departureTime;
        private @Nullable Double targetSocPct;
        private @Nullable String lastError;

        public Builder() {
        }

        private Builder(ChargerState s) {
            connected = s.connected;
            operatingState = s.operatingState;
            activePowerW = s.activePowerW;
            importPowerW = s.importPowerW;
            exportPowerW = s.exportPowerW;
            importEnergyWh = s.importEnergyWh;
            exportEnergyWh = s.exportEnergyWh;
            socPct = s.socPct;
            capacityWh = s.capacityWh;
            setpointW = s.setpointW;
            mode = s.mode;
            minChargeW = s.minChargeW;
            maxChargeW = s.maxChargeW;
            minDischargeW = s.minDischargeW;
            maxDischargeW = s.maxDischargeW;
            departureTime = s.departureTime;
            targetSocPct = s.targetSocPct;
            lastError = s.lastError;
        }

        public Builder connected(boolean value) {
            connected = value;
            return this;
        }

        public Builder operatingState(@Nullable OperatingState value) {
            operatingState = value;
            return this;
        }

        /**
         * Sets the signed active power and, unless they are reported separately, derives import and export power
         * from it.
         */
        public Builder activePowerW(@Nullable Double value) {
            activePowerW = value;
            if (value != null) {
                importPowerW = Math.max(0, value);
                exportPowerW = Math.max(0, -value);
            }
            return this;
        }

        public Builder importPowerW(@Nullable Double value) {
            importPowerW = value;
            return this;
        }

        public Builder exportPowerW(@Nullable Double value) {
            exportPowerW = value;
            return this;
        }

        public Builder importEnergyWh(@Nullable Double value) {
            importEnergyWh = value;
            return this;
        }

        public Builder exportEnergyWh(@Nullable Double value) {
            exportEnergyWh = value;
            return this;
        }

        public Builder socPct(@Nullable Double value) {
            socPct = value;
            return this;
        }

        public Builder capacityWh(@Nullable Double value) {
            capacityWh = value;
            return this;
        }

        public Builder setpointW(@Nullable Double value) {
            setpointW = value;
            return this;
        }

        public Builder mode(@Nullable ChargerMode value) {
            mode = value;
            return this;
        }

        public Builder minChargeW(@Nullable Double value) {
            minChargeW = value;
            return this;
        }

        public Builder maxChargeW(@Nullable Double value) {
            maxChargeW = value;
            return this;
        }

        public Builder minDischargeW(@Nullable Double value) {
            minDischargeW = value;
            return this;
        }

        public Builder maxDischargeW(@Nullable Double value) {
            maxDischargeW = value;
            return this;
        }

        public Builder departureTime(@Nullable Instant value) {
            departureTime = value;
            return this;
        }

        public Builder targetSocPct(@Nullable Double value) {
            targetSocPct = value;
            return this;
        }

        public Builder lastError(@Nullable String value) {
            lastError = value;
            return this;
        }

        public ChargerState build() {
            return new ChargerState(connected, operatingState, activePowerW, importPowerW, exportPowerW,
                    importEnergyWh, exportEnergyWh, socPct, capacityWh, setpointW, mode, minChargeW, maxChargeW,
                    minDischargeW, maxDischargeW, departureTime, targetSocPct, lastError);
        }
    }
}
