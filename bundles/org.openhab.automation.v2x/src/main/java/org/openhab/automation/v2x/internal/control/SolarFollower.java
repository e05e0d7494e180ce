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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Turns the grid balance into a charger power that keeps the grid near the configured bias, with minimum powers,
 * a power hysteresis and minimum on/off times so that the charger does not flap.
 * <p>
 * Start: charging when the wanted power reaches the charge start power (normally the minimum charge power),
 * discharging when the wanted discharge reaches the minimum discharge power, both only after the minimum off time.
 * Keep: while the wanted power stays above the start power (or the minimum discharge power) - hysteresis, or within
 * the minimum on time, the power is held at least at the minimum. The caps passed in are hard: when a cap drops
 * below the minimum, the follower stops at once, on-time or not.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class SolarFollower {

    enum Phase {
        OFF,
        CHARGING,
        DISCHARGING
    }

    static final String CHARGING_FROM_SURPLUS = "charging from PV surplus";
    static final String HOLDING_MIN_CHARGE = "surplus below minimum, holding minimum charge power (hysteresis/min on time)";
    static final String DISCHARGING_FOR_HOME = "discharging to cover the household import (V2H)";
    static final String HOLDING_MIN_DISCHARGE = "import below minimum, holding minimum discharge power (hysteresis/min on time)";
    static final String WAITING_MIN_OFF = "waiting for the minimum off time";
    static final String BELOW_MINIMUM = "grid balance below the minimum charger power";
    static final String CHARGE_CAPPED = "charging stopped: solar maximum SoC reached";
    static final String DISCHARGE_CAPPED = "discharging stopped: not allowed now";

    private Phase phase = Phase.OFF;
    private double switchedAtS = Double.NEGATIVE_INFINITY;
    private String reason = BELOW_MINIMUM;

    /**
     * @param wantedW power that would bring the grid to the bias (&gt; 0 charge, &lt; 0 discharge)
     * @param nowS epoch seconds
     * @param chargeCapW largest charge power allowed now (&gt;= 0)
     * @param dischargeCapW largest discharge power allowed now (&gt;= 0, magnitude)
     * @param chargeStartW wanted power at which charging starts (at least the minimum charge power is commanded);
     *            normally the minimum charge power, lower when grid energy is needed anyway
     * @return the setpoint, 0 or within [min, cap] in magnitude
     */
    double follow(double wantedW, double nowS, double chargeCapW, double dischargeCapW, double chargeStartW,
            V2xSettings s) {
        double sinceSwitch = nowS - switchedAtS;
        boolean inMinOnTime = sinceSwitch < s.minOnTime().toMillis() / 1000.0;
        switch (phase) {
            case CHARGING:
                if (chargeCapW < s.minChargeW()) {
                    return stop(nowS, CHARGE_CAPPED);
                }
                if (wantedW >= chargeStartW - s.powerHysteresisW() || inMinOnTime) {
                    reason = wantedW >= s.minChargeW() ? CHARGING_FROM_SURPLUS : HOLDING_MIN_CHARGE;
                    return clamp(wantedW, s.minChargeW(), chargeCapW);
                }
                return stop(nowS, BELOW_MINIMUM);
            case DISCHARGING:
                if (dischargeCapW < s.minDischargeW()) {
                    return stop(nowS, DISCHARGE_CAPPED);
                }
                if (-wantedW >= s.minDischargeW() - s.powerHysteresisW() || inMinOnTime) {
                    reason = -wantedW >= s.minDischargeW() ? DISCHARGING_FOR_HOME : HOLDING_MIN_DISCHARGE;
                    return -clamp(-wantedW, s.minDischargeW(), dischargeCapW);
                }
                return stop(nowS, BELOW_MINIMUM);
            default:
                if (sinceSwitch < s.minOffTime().toMillis() / 1000.0) {
                    reason = WAITING_MIN_OFF;
                    return 0;
                }
                if (wantedW >= chargeStartW && chargeCapW >= s.minChargeW()) {
                    start(Phase.CHARGING, nowS, CHARGING_FROM_SURPLUS);
                    return clamp(wantedW, s.minChargeW(), chargeCapW);
                }
                if (-wantedW >= s.minDischargeW() && dischargeCapW >= s.minDischargeW()) {
                    start(Phase.DISCHARGING, nowS, DISCHARGING_FOR_HOME);
                    return -clamp(-wantedW, s.minDischargeW(), dischargeCapW);
                }
                reason = BELOW_MINIMUM;
                return 0;
        }
    }

    Phase phase() {
        return phase;
    }

    String reason() {
        return reason;
    }

    /** Forget the phase and timers, e.g. when another part of the controller took over the charger. */
    void reset() {
        phase = Phase.OFF;
        switchedAtS = Double.NEGATIVE_INFINITY;
        reason = BELOW_MINIMUM;
    }

    private void start(Phase newPhase, double nowS, String why) {
        phase = newPhase;
        switchedAtS = nowS;
        reason = why;
    }

    private double stop(double nowS, String why) {
        phase = Phase.OFF;
        switchedAtS = nowS;
        reason = why;
        return 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
