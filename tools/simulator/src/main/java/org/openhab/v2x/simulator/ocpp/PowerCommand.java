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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the installed charging profiles ask for right now.
 *
 * @param powerW signed power target in W (positive charges); {@link Double#POSITIVE_INFINITY} when nothing
 *            limits charging
 * @param operationMode the 2.1 operation mode in force ({@code ChargingOnly} when no profile says otherwise)
 * @param setpointW the signed setpoint of a CentralSetpoint period, else null
 * @param profileId the id of the profile that decided, else null
 */
@NonNullByDefault
public record PowerCommand(double powerW, String operationMode, @Nullable Double setpointW,
        @Nullable Integer profileId) {

    public static final PowerCommand UNLIMITED = new PowerCommand(Double.POSITIVE_INFINITY, "ChargingOnly", null,
            null);
}
