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

import java.util.List;

import org.openhab.binding.v2x.internal.ocpp.dto.OneOf;
import org.openhab.binding.v2x.internal.ocpp.dto.Required;

import com.google.gson.annotations.SerializedName;

/**
 * OCPP 2.x ChargingSchedulePeriod. 2.0.1 requires limit; 2.1 adds discharge limits, setpoints and operation modes (setpoint < 0 = discharge).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class ChargingSchedulePeriod {
    @Required
    public Integer startPeriod;

    public Double limit;

    @SerializedName("limit_L2")
    public Double limitL2;

    @SerializedName("limit_L3")
    public Double limitL3;

    public Integer numberPhases;

    public Integer phaseToUse;

    /** 2.1, <= 0 */
    public Double dischargeLimit;

    @SerializedName("dischargeLimit_L2")
    public Double dischargeLimitL2;

    @SerializedName("dischargeLimit_L3")
    public Double dischargeLimitL3;

    /** 2.1 */
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

    public Boolean preconditioningRequest;

    public Boolean evseSleep;

    public Double v2xBaseline;

    /** 2.1, default ChargingOnly */
    @OneOf({ "CentralFrequency", "CentralSetpoint", "ChargingOnly", "ExternalLimits", "ExternalSetpoint", "Idle",
            "LocalFrequency", "LocalLoadBalancing" })
    public String operationMode;

    public List<V2xFreqWattEntry> v2xFreqWattCurve;

    public List<V2xSignalWattEntry> v2xSignalWattCurve;
}
