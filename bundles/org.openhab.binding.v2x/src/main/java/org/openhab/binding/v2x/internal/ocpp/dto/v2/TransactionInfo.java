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

import org.openhab.binding.v2x.internal.ocpp.dto.MaxLength;
import org.openhab.binding.v2x.internal.ocpp.dto.OneOf;
import org.openhab.binding.v2x.internal.ocpp.dto.Required;

/**
 * OCPP 2.x Transaction in TransactionEvent; chargingState and operationMode tell what the EV is doing.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class TransactionInfo {
    @Required
    @MaxLength(36)
    public String transactionId;

    /** EVConnected, Charging, SuspendedEV, SuspendedEVSE, Idle */
    @OneOf({ "Charging", "EVConnected", "Idle", "SuspendedEV", "SuspendedEVSE" })
    public String chargingState;

    public Integer timeSpentCharging;

    @OneOf({ "DeAuthorized", "EVDisconnected", "EmergencyStop", "EnergyLimitReached", "GroundFault", "ImmediateReset",
            "Local", "LocalOutOfCredit", "MasterPass", "Other", "OvercurrentFault", "PowerLoss", "PowerQuality",
            "Reboot", "Remote", "ReqEnergyTransferRejected", "SOCLimitReached", "StoppedByEV", "TimeLimitReached",
            "Timeout" })
    public String stoppedReason;

    public Integer remoteStartId;

    /** 2.1: Idle, ChargingOnly, CentralSetpoint, ExternalSetpoint, ExternalLimits, CentralFrequency, LocalFrequency, LocalLoadBalancing */
    @OneOf({ "CentralFrequency", "CentralSetpoint", "ChargingOnly", "ExternalLimits", "ExternalSetpoint", "Idle",
            "LocalFrequency", "LocalLoadBalancing" })
    public String operationMode;
}
