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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Validated, immutable settings of one controller. Build them with {@link #builder()}; every value has a default
 * (see {@link Builder}). The constructor throws {@link IllegalArgumentException} naming the first invalid value.
 *
 * @param mode operating mode
 * @param reserveSocPct driving reserve in %: never discharged below
 * @param targetSocPct SoC to reach by departure (and the limit of {@code fast} and recharge)
 * @param reserveMarginPct discharging stops at reserve + margin and resumes above reserve + 2 x margin
 * @param minChargeW smallest charge power the charger accepts (W)
 * @param maxChargeW largest charge power (W)
 * @param minDischargeW smallest discharge power the charger accepts (W, positive)
 * @param maxDischargeW largest discharge power allowed (device or local rule, W, positive)
 * @param chargeEfficiency share of AC charge energy that reaches the battery (0..1]
 * @param dischargeEfficiency share of battery energy that reaches the AC side when discharging (0..1]
 * @param gridBiasW grid import (W) that solar follow aims at instead of exactly zero
 * @param powerHysteresisW band below/above the minimum power that avoids start/stop flapping (W)
 * @param minOnTime solar follow keeps charging/discharging at least this long after a start
 * @param minOffTime solar follow stays off at least this long after a stop
 * @param deadbandW setpoint changes smaller than this are not written
 * @param minWriteInterval at most one regular setpoint write per interval (safety reductions are exempt)
 * @param departureMargin extra time the departure planner keeps in hand
 * @param v2hWindow local time window in which V2H discharge is allowed
 * @param zone local time zone (V2H window, midnight reset of the discharge budget)
 * @param dailyDischargeBudgetKwh V2H discharge energy allowed per local day (AC side); infinite = no limit
 * @param allowGridExport whether a discharge may exceed the home's demand (V2G export)
 * @param outageBackup whether the car powers the home during a grid outage
 * @param rechargeAfterOutage whether to charge at maximum power toward the target once the grid returns
 * @param loadShedding non-critical loads in shedding order, kWh thresholds not increasing (a rule that
 *            triggers also sheds every rule before it)
 * @param shedRestoreHysteresisKwh a load shed during an outage comes back only when the energy is this much
 *            above its threshold
 * @param v2hMinSocPct V2H discharge with the grid present uses only energy above this SoC (and above reserve +
 *            margin); {@code null} = the target SoC, so the home gets only what is stored above the departure
 *            need (PV surplus). Outage backup ignores it and goes down to reserve + margin.
 * @param solarMaxSocPct solar charging stops at this SoC (not below the target); the surplus stored above the
 *            target is what V2H gives back to the home
 * @param minSolarSharePct below the target SoC, with a departure set, solar charging starts at the minimum charge
 *            power once the surplus covers this share of it (%); the rest comes from the grid, energy the
 *            departure would buy anyway. 100 = start only on a surplus of the full minimum power
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public record V2xSettings(ControlMode mode, double reserveSocPct, double targetSocPct, double reserveMarginPct,
        double minChargeW, double maxChargeW, double minDischargeW, double maxDischargeW, double chargeEfficiency,
        double dischargeEfficiency, double gridBiasW, double powerHysteresisW, Duration minOnTime,
        Duration minOffTime, double deadbandW, Duration minWriteInterval, Duration departureMargin,
        TimeWindow v2hWindow, ZoneId zone, double dailyDischargeBudgetKwh, boolean allowGridExport,
        boolean outageBackup, boolean rechargeAfterOutage, List<LoadShedRule> loadShedding,
        double shedRestoreHysteresisKwh, @Nullable Double v2hMinSocPct, double solarMaxSocPct,
        double minSolarSharePct) {

    public V2xSettings {
        requireRange("reserveSocPct", reserveSocPct, 0, 100);
        requireRange("targetSocPct", targetSocPct, 0, 100);
        requireRange("reserveMarginPct", reserveMarginPct, 0, 100);
        if (reserveSocPct > targetSocPct) {
            throw new IllegalArgumentException(
                    "reserveSocPct (" + reserveSocPct + ") must not exceed targetSocPct (" + targetSocPct + ")");
        }
        if (reserveSocPct + reserveMarginPct > 100) {
            throw new IllegalArgumentException("reserveSocPct + reserveMarginPct must not exceed 100");
        }
        requireRange("minChargeW", minChargeW, Double.MIN_VALUE, 1e6);
        requireRange("maxChargeW", maxChargeW, minChargeW, 1e6);
        requireRange("minDischargeW", minDischargeW, Double.MIN_VALUE, 1e6);
        requireRange("maxDischargeW", maxDischargeW, minDischargeW, 1e6);
        requireRange("chargeEfficiency", chargeEfficiency, Double.MIN_VALUE, 1);
        requireRange("dischargeEfficiency", dischargeEfficiency, Double.MIN_VALUE, 1);
        requireRange("gridBiasW", gridBiasW, -1000, 1000);
        requireRange("powerHysteresisW", powerHysteresisW, 0, 1e5);
        requireRange("deadbandW", deadbandW, 0, 1e5);
        requireNotNegative("minOnTime", minOnTime);
        requireNotNegative("minOffTime", minOffTime);
        requireNotNegative("minWriteInterval", minWriteInterval);
        requireNotNegative("departureMargin", departureMargin);
        if (!(dailyDischargeBudgetKwh >= 0)) {
            throw new IllegalArgumentException(
                    "dailyDischargeBudgetKwh must be >= 0 (infinite = no limit): " + dailyDischargeBudgetKwh);
        }
        requireRange("shedRestoreHysteresisKwh", shedRestoreHysteresisKwh, 0, 1e4);
        Double v2hMin = v2hMinSocPct;
        if (v2hMin != null) {
            requireRange("v2hMinSocPct", v2hMin, 0, 100);
        }
        requireRange("solarMaxSocPct", solarMaxSocPct, 0, 100);
        if (solarMaxSocPct < targetSocPct) {
            throw new IllegalArgumentException("solarMaxSocPct (" + solarMaxSocPct + ") must not be below targetSocPct ("
                    + targetSocPct + ")");
        }
        requireRange("minSolarSharePct", minSolarSharePct, 0, 100);
        loadShedding = List.copyOf(loadShedding);
        validateShedOrder(loadShedding);
    }

    /** The defaults (see {@link Builder}). */
    public static V2xSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** SoC at which discharging stops (outage backup; the hard floor of every discharge). */
    public double dischargeFloorPct() {
        return reserveSocPct + reserveMarginPct;
    }

    /** SoC at which V2H discharge stops while the grid is present: {@code max(reserve + margin, v2hMinSoc)}. */
    public double v2hFloorPct() {
        Double v2hMin = v2hMinSocPct;
        return Math.max(dischargeFloorPct(), v2hMin == null ? targetSocPct : v2hMin);
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ": " + value);
        }
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }

    private static void validateShedOrder(List<LoadShedRule> rules) {
        Set<String> names = new HashSet<>();
        @Nullable
        LoadShedRule previous = null;
        for (LoadShedRule rule : rules) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("Load '" + rule.name() + "' is listed twice for shedding");
            }
            if (previous != null && rule.shedBelowKwh() > previous.shedBelowKwh()) {
                throw new IllegalArgumentException("Load '" + rule.name()
                        + "' has a higher shedding threshold than '" + previous.name()
                        + "' listed before it; list loads in shedding order with kWh thresholds not increasing");
            }
            previous = rule;
        }
    }

    /**
     * Builder with the defaults: mode {@code solar}, reserve 30 %, target 80 %, margin 2 %, charge 1400..7400 W,
     * discharge 1400..7400 W, efficiencies 0.92, grid bias 50 W, power hysteresis 200 W, min on 2 min, min off
     * 1 min, deadband 100 W, write interval 30 s, departure margin 15 min, V2H window all day, UTC (callers set the local zone),
     * no daily discharge budget, no grid export, outage backup on, recharge after outage on, no load shedding,
     * restore hysteresis 0.5 kWh, V2H minimum SoC = the target, solar charging up to 100 %.
     */
    public static final class Builder {
        private ControlMode mode = ControlMode.SOLAR;
        private double reserveSocPct = 30;
        private double targetSocPct = 80;
        private double reserveMarginPct = 2;
        private double minChargeW = 1400;
        private double maxChargeW = 7400;
        private double minDischargeW = 1400;
        private double maxDischargeW = 7400;
        private double chargeEfficiency = 0.92;
        private double dischargeEfficiency = 0.92;
        private double gridBiasW = 50;
        private double powerHysteresisW = 200;
        private Duration minOnTime = Duration.ofMinutes(2);
        private Duration minOffTime = Duration.ofMinutes(1);
        private double deadbandW = 100;
        private Duration minWriteInterval = Duration.ofSeconds(30);
        private Duration departureMargin = Duration.ofMinutes(15);
        private TimeWindow v2hWindow = TimeWindow.ALWAYS;
        // never the JVM's zone: in openHAB the local zone is the user's regional setting, which callers pass in
        private ZoneId zone = ZoneOffset.UTC;
        private double dailyDischargeBudgetKwh = Double.POSITIVE_INFINITY;
        private boolean allowGridExport = false;
        private boolean outageBackup = true;
        private boolean rechargeAfterOutage = true;
        private List<LoadShedRule> loadShedding = List.of();
        private double shedRestoreHysteresisKwh = 0.5;
        private @Nullable Double v2hMinSocPct;
        private double solarMaxSocPct = 100;
        private double minSolarSharePct = 30;

        private Builder() {
        }

        private Builder(V2xSettings s) {
            mode = s.mode;
            reserveSocPct = s.reserveSocPct;
            targetSocPct = s.targetSocPct;
            reserveMarginPct = s.reserveMarginPct;
            minChargeW = s.minChargeW;
            maxChargeW = s.maxChargeW;
            minDischargeW = s.minDischargeW;
            maxDischargeW = s.maxDischargeW;
            chargeEfficiency = s.chargeEfficiency;
            dischargeEfficiency = s.dischargeEfficiency;
            gridBiasW = s.gridBiasW;
            powerHysteresisW = s.powerHysteresisW;
            minOnTime = s.minOnTime;
            minOffTime = s.minOffTime;
            deadbandW = s.deadbandW;
            minWriteInterval = s.minWriteInterval;
            departureMargin = s.departureMargin;
            v2hWindow = s.v2hWindow;
            zone = s.zone;
            dailyDischargeBudgetKwh = s.dailyDischargeBudgetKwh;
            allowGridExport = s.allowGridExport;
            outageBackup = s.outageBackup;
            rechargeAfterOutage = s.rechargeAfterOutage;
            loadShedding = s.loadShedding;
            shedRestoreHysteresisKwh = s.shedRestoreHysteresisKwh;
            v2hMinSocPct = s.v2hMinSocPct;
            solarMaxSocPct = s.solarMaxSocPct;
            minSolarSharePct = s.minSolarSharePct;
        }

        public Builder mode(ControlMode value) {
            mode = value;
            return this;
        }

        public Builder reserveSocPct(double value) {
            reserveSocPct = value;
            return this;
        }

        public Builder targetSocPct(double value) {
            targetSocPct = value;
            return this;
        }

        public Builder reserveMarginPct(double value) {
            reserveMarginPct = value;
            return this;
        }

        /** Same minimum and maximum for charge and discharge. */
        public Builder powerLimits(double minW, double maxW) {
            return chargePower(minW, maxW).dischargePower(minW, maxW);
        }

        public Builder chargePower(double minW, double maxW) {
            minChargeW = minW;
            maxChargeW = maxW;
            return this;
        }

        public Builder dischargePower(double minW, double maxW) {
            minDischargeW = minW;
            maxDischargeW = maxW;
            return this;
        }

        public Builder efficiencies(double charge, double discharge) {
            chargeEfficiency = charge;
            dischargeEfficiency = discharge;
            return this;
        }

        public Builder gridBiasW(double value) {
            gridBiasW = value;
            return this;
        }

        public Builder powerHysteresisW(double value) {
            powerHysteresisW = value;
            return this;
        }

        public Builder minOnOffTimes(Duration on, Duration off) {
            minOnTime = on;
            minOffTime = off;
            return this;
        }

        public Builder deadbandW(double value) {
            deadbandW = value;
            return this;
        }

        public Builder minWriteInterval(Duration value) {
            minWriteInterval = value;
            return this;
        }

        public Builder departureMargin(Duration value) {
            departureMargin = value;
            return this;
        }

        public Builder v2hWindow(TimeWindow value) {
            v2hWindow = value;
            return this;
        }

        public Builder zone(ZoneId value) {
            zone = value;
            return this;
        }

        public Builder dailyDischargeBudgetKwh(double value) {
            dailyDischargeBudgetKwh = value;
            return this;
        }

        public Builder allowGridExport(boolean value) {
            allowGridExport = value;
            return this;
        }

        public Builder outageBackup(boolean value) {
            outageBackup = value;
            return this;
        }

        public Builder rechargeAfterOutage(boolean value) {
            rechargeAfterOutage = value;
            return this;
        }

        public Builder loadShedding(List<LoadShedRule> value) {
            loadShedding = value;
            return this;
        }

        public Builder shedRestoreHysteresisKwh(double value) {
            shedRestoreHysteresisKwh = value;
            return this;
        }

        /** V2H floor while the grid is present; {@code null} follows the target SoC. */
        public Builder v2hMinSocPct(@Nullable Double value) {
            v2hMinSocPct = value;
            return this;
        }

        public Builder solarMaxSocPct(double value) {
            solarMaxSocPct = value;
            return this;
        }

        public Builder minSolarSharePct(double value) {
            minSolarSharePct = value;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid value */
        public V2xSettings build() {
            return new V2xSettings(mode, reserveSocPct, targetSocPct, reserveMarginPct, minChargeW, maxChargeW,
                    minDischargeW, maxDischargeW, chargeEfficiency, dischargeEfficiency, gridBiasW, powerHysteresisW,
                    minOnTime, minOffTime, deadbandW, minWriteInterval, departureMargin, v2hWindow, zone,
                    dailyDischargeBudgetKwh, allowGridExport, outageBackup, rechargeAfterOutage, loadShedding,
                    shedRestoreHysteresisKwh, v2hMinSocPct, solarMaxSocPct, minSolarSharePct);
        }
    }
}
