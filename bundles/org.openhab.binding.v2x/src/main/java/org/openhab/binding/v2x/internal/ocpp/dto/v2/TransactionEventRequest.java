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

/**
 * OCPP 2.x TransactionEvent request.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class TransactionEventRequest {
    /** Started, Updated, Ended */
    @Required
    @OneOf({ "Ended", "Started", "Updated" })
    public String eventType;

    @Required
    public String timestamp;

    @Required
    @OneOf({ "AbnormalCondition", "Authorized", "CablePluggedIn", "ChargingRateChanged", "ChargingStateChanged",
            "CostLimitReached", "Deauthorized", "EVCommunicationLost", "EVConnectTimeout", "EVDeparted", "EVDetected",
            "EnergyLimitReached", "LimitSet", "MeterValueClock", "MeterValuePeriodic", "OperationModeChanged",
            "RemoteStart", "RemoteStop", "ResetCommand", "RunningCost", "SignedDataReceived", "SoCLimitReached",
            "StopAuthorized", "TariffChanged", "TariffNotAccepted", "TimeLimitReached", "Trigger", "TxResumed",
            "UnlockCommand" })
    public String triggerReason;

    @Required
    public Integer seqNo;

    public Boolean offline;

    public Integer numberOfPhasesUsed;

    public Integer cableMaxCurrent;

    public Integer reservationId;

    @Required
    public TransactionInfo transactionInfo;

    public Evse evse;

    public IdToken idToken;

    public List<MeterValue> meterValue;
}
