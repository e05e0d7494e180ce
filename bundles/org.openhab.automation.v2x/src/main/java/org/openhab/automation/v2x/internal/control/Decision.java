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
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The result of one {@link V2xController#decide(Measurement)} call.
 *
 * @param setpointW the charger setpoint that should be in effect after this decision (W, &gt; 0 charge, &lt; 0
 *            discharge); equals the last written value when the write is held back
 * @param write whether {@code setpointW} must be sent to the charger now
 * @param urgent whether the write bypassed the write interval because the previous setpoint broke a hard rule
 *            (a discharge above what is allowed now) or the grid came or went
 * @param targetW what the control law asks for now, before the deadband and write interval
 * @param state what the controller is doing
 * @param mode the configured mode
 * @param reason a short human explanation of the state
 * @param expectedDepartureSocPct SoC expected at departure, or null without departure or known SoC/capacity
 * @param latestChargeStart latest moment charging at maximum power must start to reach the target by departure,
 *            or null when not needed or unknown
 * @param timeToReserve estimated time until the discharge floor is reached at the present discharge power, or null
 *            when not discharging or unknown
 * @param loadsToShed loads to switch off now (in order)
 * @param loadsToRestore loads to switch back on now
 * @param dischargedTodayKwh energy discharged from the car today (local day, AC side)
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public record Decision(double setpointW, boolean write, boolean urgent, double targetW, ControlState state,
        ControlMode mode, String reason, @Nullable Double expectedDepartureSocPct, @Nullable Instant latestChargeStart,
        @Nullable Duration timeToReserve, List<String> loadsToShed, List<String> loadsToRestore,
        double dischargedTodayKwh) {

    public Decision {
        loadsToShed = List.copyOf(loadsToShed);
        loadsToRestore = List.copyOf(loadsToRestore);
    }

    /** Whether the setpoint discharges the car. */
    public boolean isDischarging() {
        return setpointW < 0;
    }
}
