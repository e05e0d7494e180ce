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
 * Energy and time arithmetic for the departure guarantee. All times are epoch seconds, energies derive from SoC %,
 * usable capacity and the charge/discharge efficiencies in the settings; charging is assumed at maximum power.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class DeparturePlanner {

    /** Extra power on the last forced-charge step so that rounding never leaves the target just missed. */
    private static final double FINAL_STEP_HEADROOM = 1.02;

    private DeparturePlanner() {
    }

    /** Seconds of charging at maximum power from {@code fromSoc} to {@code toSoc} (negative when already above). */
    static double chargeSeconds(double fromSoc, double toSoc, double capacityKwh, V2xSettings s) {
        double batteryWh = (toSoc - fromSoc) / 100 * capacityKwh * 1000;
        return batteryWh / (s.maxChargeW() * s.chargeEfficiency()) * TimeMath.SECONDS_PER_HOUR;
    }

    /**
     * Time in hand: seconds until departure minus the charge time still needed to reach the target. Above target
     * the surplus counts as extra time, so a discharge of the surplus does not look like a threat.
     */
    static double slackSeconds(double soc, double capacityKwh, double nowS, double departureS, V2xSettings s) {
        return departureS - nowS - chargeSeconds(soc, s.targetSocPct(), capacityKwh, s);
    }

    /** Epoch seconds of the latest start of charging at maximum power. */
    static double latestStartS(double soc, double capacityKwh, double departureS, V2xSettings s) {
        return departureS - chargeSeconds(soc, s.targetSocPct(), capacityKwh, s);
    }

    /** SoC the controller will reach by departure: the target when feasible, else as far as full power gets. */
    static double expectedSocAtDeparture(double soc, double capacityKwh, double nowS, double departureS,
            V2xSettings s) {
        if (soc >= s.targetSocPct()) {
            return soc;
        }
        double reachableWh = s.maxChargeW() * s.chargeEfficiency() * Math.max(0, departureS - nowS)
                / TimeMath.SECONDS_PER_HOUR;
        double reachable = soc + reachableWh / (capacityKwh * 1000) * 100;
        return Math.min(Math.min(100, s.targetSocPct()), reachable);
    }

    /**
     * Forced-charge power: the maximum, or less on the last step when the rest of the energy fits into the next
     * interval (never below the minimum charge power).
     */
    static double forcedChargeW(double soc, double capacityKwh, double nowS, double departureS, double horizonS,
            V2xSettings s) {
        double acWh = Math.max(0, s.targetSocPct() - soc) / 100 * capacityKwh * 1000 / s.chargeEfficiency();
        double window = Math.min(horizonS, departureS - nowS);
        if (window <= 0) {
            return s.maxChargeW();
        }
        double power = acWh / window * TimeMath.SECONDS_PER_HOUR * FINAL_STEP_HEADROOM;
        return Math.max(s.minChargeW(), Math.min(s.maxChargeW(), power));
    }

    /**
     * Largest discharge power that still leaves more than {@code leadS} of slack after discharging for one interval
     * of {@code horizonS} (energy taken now must be charged back later at maximum power).
     */
    static double dischargeAllowanceW(double slackS, double horizonS, double leadS, V2xSettings s) {
        double spare = slackS - horizonS - leadS;
        if (spare <= 0) {
            return 0;
        }
        return spare * s.dischargeEfficiency() * s.chargeEfficiency() * s.maxChargeW() / horizonS;
    }
}
