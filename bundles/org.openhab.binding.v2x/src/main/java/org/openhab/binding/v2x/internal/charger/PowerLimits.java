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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What a charger and car can do. All values are magnitudes in W (&ge; 0).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record PowerLimits(double minChargeW, double maxChargeW, double minDischargeW, double maxDischargeW,
        boolean dischargeSupported) {

    public PowerLimits {
        if (!(minChargeW >= 0 && maxChargeW >= minChargeW && minDischargeW >= 0 && maxDischargeW >= minDischargeW)) {
            throw new IllegalArgumentException("Inconsistent power limits: charge " + minChargeW + ".." + maxChargeW
                    + " W, discharge " + minDischargeW + ".." + maxDischargeW + " W");
        }
    }

    /**
     * Brings a requested signed setpoint within what the device can do: magnitudes above the maximum are cut to the
     * maximum, magnitudes below the minimum become 0 (the device cannot run that slowly), and discharge requests
     * become 0 when discharging is not supported. Non-finite requests become 0.
     */
    public double clamp(double requestedW) {
        if (!Double.isFinite(requestedW)) {
            return 0;
        }
        if (requestedW > 0) {
            return requestedW < minChargeW ? 0 : Math.min(requestedW, maxChargeW);
        }
        if (requestedW < 0) {
            if (!dischargeSupported) {
                return 0;
            }
            double magnitude = -requestedW;
            return magnitude < minDischargeW ? 0 : -Math.min(magnitude, maxDischargeW);
        }
        return 0;
    }
}
