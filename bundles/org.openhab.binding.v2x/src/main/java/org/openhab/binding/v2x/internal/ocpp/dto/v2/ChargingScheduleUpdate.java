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
package org.openhab.binding.v2x.internal.ocpp.dto.v2;

import com.google.gson.annotations.SerializedName;

/**
 * OCPP 2.1 ChargingScheduleUpdate for a Dynamic profile.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class ChargingScheduleUpdate {
    public Double limit;

    @SerializedName("limit_L2")
    public Double limitL2;

    @SerializedName("limit_L3")
    public Double limitL3;

    public Double dischargeLimit;

    @SerializedName("dischargeLimit_L2")
    public Double dischargeLimitL2;

    @SerializedName("dischargeLimit_L3")
    public Double dischargeLimitL3;

    public Double setpoint;

    @SerializedName("setpoint_L2")
    public Double setpointL2;

    @SerializedName("setpoint_L3")
    public Double setpointL3;

    public Double setpointReactive;

    @SerializedName("setpointReactive_L2")
    public Double setpointReactiveL2;

    @SerializedName("setpointReactive_L3")
    public Double setpointReactiveL3;
}
