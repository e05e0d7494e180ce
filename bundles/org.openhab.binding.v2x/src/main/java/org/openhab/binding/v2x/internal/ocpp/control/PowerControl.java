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
package org.openhab.binding.v2x.internal.ocpp.control;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.ChargerMode;

/**
 * One charging schedule period as the central system wants it: the OCPP 2.1 operation mode with its setpoint and
 * limits in W, or for 1.6/2.0.1 only a (possibly negative) limit.
 *
 * @param operationMode 2.1 operation mode (Idle, ChargingOnly, CentralSetpoint); ignored before 2.1
 * @param limit charge limit in W; negative only for a legacy discharge by negative limit
 * @param setpoint signed setpoint in W (CentralSetpoint), else null
 * @param dischargeLimit discharge limit in W (zero or negative, CentralSetpoint), else null
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record PowerControl(String operationMode, @Nullable Double limit, @Nullable Double setpoint,
        @Nullable Double dischargeLimit) {

    public static final String IDLE = "Idle";
    public static final String CHARGING_ONLY = "ChargingOnly";
    public static final String CENTRAL_SETPOINT = "CentralSetpoint";

    /**
     * What to send for a mode and an already clamped and checked setpoint.
     *
     * @param centralSetpoint whether the charger takes 2.1 CentralSetpoint (else everything is expressed as a limit)
     * @param maxChargeW charge ceiling sent with a CentralSetpoint, and the limit of charge-only mode
     * @param maxDischargeW discharge ceiling sent with a CentralSetpoint (as a negative dischargeLimit)
     */
    public static PowerControl of(ChargerMode mode, double setpointW, boolean centralSetpoint, double maxChargeW,
            double maxDischargeW) {
        return switch (mode) {
            case IDLE -> centralSetpoint ? new PowerControl(IDLE, null, null, null)
                    : new PowerControl(CHARGING_ONLY, 0.0, null, null);
            case CHARGE_ONLY -> new PowerControl(CHARGING_ONLY, round(Math.max(0, setpointW)), null, null);
            default -> centralSetpoint
                    ? new PowerControl(CENTRAL_SETPOINT, round(Math.max(0, maxChargeW)), round(setpointW),
                            round(-Math.max(0, maxDischargeW)))
                    : new PowerControl(CHARGING_ONLY, round(setpointW), null, null);
        };
    }

    /** The signed power this asks for: setpoint, else the limit, else 0 (Idle). */
    public double requestedW() {
        Double value = setpoint != null ? setpoint : limit;
        return value == null ? 0 : value;
    }

    private static double round(double watts) {
        // whole watts: chargers round anyway, and -0.0 would read as a discharge request
        double rounded = Math.round(watts);
        return rounded == 0 ? 0.0 : rounded;
    }
}
