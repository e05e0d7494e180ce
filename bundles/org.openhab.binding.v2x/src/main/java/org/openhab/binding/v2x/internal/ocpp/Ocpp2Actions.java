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
package org.openhab.binding.v2x.internal.ocpp;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.v2x.internal.ocpp.dto.EmptyPayload;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.BootNotificationRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.BootNotificationResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.ClearChargingProfileRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.GetBaseReportRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.GetVariablesRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.GetVariablesResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.HeartbeatResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.MeterValuesRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.NotifyAllowedEnergyTransferRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.NotifyEVChargingNeedsRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.NotifyReportRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.RequestStartTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.RequestStartTransactionResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.RequestStopTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.SetChargingProfileRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.SetVariablesRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.SetVariablesResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.StatusNotificationRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.StatusResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.TransactionEventRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.TransactionEventResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.TriggerMessageRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.UpdateDynamicScheduleRequest;

/**
 * The OCPP 2.0.1 and 2.1 actions used by the binding; UPDATE_DYNAMIC_SCHEDULE and NOTIFY_ALLOWED_ENERGY_TRANSFER exist in 2.1 only. The payload classes are shared: fields new in 2.1 stay null (and are omitted) for 2.0.1.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class Ocpp2Actions {
    private static final Set<OcppVersion> VERSIONS = EnumSet.of(OcppVersion.V201, OcppVersion.V21);
    private static final Set<OcppVersion> V21_ONLY = EnumSet.of(OcppVersion.V21);

    public static final OcppAction<BootNotificationRequest, BootNotificationResponse> BOOT_NOTIFICATION = fromCp( "BootNotification", BootNotificationRequest.class, BootNotificationResponse.class, VERSIONS);
    public static final OcppAction<EmptyPayload, HeartbeatResponse> HEARTBEAT = fromCp( "Heartbeat", EmptyPayload.class, HeartbeatResponse.class, VERSIONS);
    public static final OcppAction<StatusNotificationRequest, EmptyPayload> STATUS_NOTIFICATION = fromCp( "StatusNotification", StatusNotificationRequest.class, EmptyPayload.class, VERSIONS);
    public static final OcppAction<MeterValuesRequest, EmptyPayload> METER_VALUES = fromCp( "MeterValues", MeterValuesRequest.class, EmptyPayload.class, VERSIONS);
    public static final OcppAction<TransactionEventRequest, TransactionEventResponse> TRANSACTION_EVENT = fromCp( "TransactionEvent", TransactionEventRequest.class, TransactionEventResponse.class, VERSIONS);
    public static final OcppAction<NotifyEVChargingNeedsRequest, StatusResponse> NOTIFY_EV_CHARGING_NEEDS = fromCp( "NotifyEVChargingNeeds", NotifyEVChargingNeedsRequest.class, StatusResponse.class, VERSIONS);
    public static final OcppAction<NotifyReportRequest, EmptyPayload> NOTIFY_REPORT = fromCp("NotifyReport", NotifyReportRequest.class, EmptyPayload.class, VERSIONS);
    public static final OcppAction<SetChargingProfileRequest, StatusResponse> SET_CHARGING_PROFILE = fromCs( "SetChargingProfile", SetChargingProfileRequest.class, StatusResponse.class, VERSIONS);
    public static final OcppAction<ClearChargingProfileRequest, StatusResponse> CLEAR_CHARGING_PROFILE = fromCs( "ClearChargingProfile", ClearChargingProfileRequest.class, StatusResponse.class, VERSIONS);
    public static final OcppAction<RequestStartTransactionRequest, RequestStartTransactionResponse> REQUEST_START_TRANSACTION = fromCs( "RequestStartTransaction", RequestStartTransactionRequest.class, RequestStartTransactionResponse.class, VERSIONS);
    public static final OcppAction<RequestStopTransactionRequest, StatusResponse> REQUEST_STOP_TRANSACTION = fromCs( "RequestStopTransaction", RequestStopTransactionRequest.class, StatusResponse.class, VERSIONS);
    public static final OcppAction<SetVariablesRequest, SetVariablesResponse> SET_VARIABLES = fromCs("SetVariables", SetVariablesRequest.class, SetVariablesResponse.class, VERSIONS);
    public static final OcppAction<GetVariablesRequest, GetVariablesResponse> GET_VARIABLES = fromCs("GetVariables", GetVariablesRequest.class, GetVariablesResponse.class, VERSIONS);
    public static final OcppAction<TriggerMessageRequest, StatusResponse> TRIGGER_MESSAGE = fromCs( "TriggerMessage", TriggerMessageRequest.class, StatusResponse.class, VERSIONS);
    public static final OcppAction<GetBaseReportRequest, StatusResponse> GET_BASE_REPORT = fromCs( "GetBaseReport", GetBaseReportRequest.class, StatusResponse.class, VERSIONS);
    public static final OcppAction<UpdateDynamicScheduleRequest, StatusResponse> UPDATE_DYNAMIC_SCHEDULE = fromCs( "UpdateDynamicSchedule", UpdateDynamicScheduleRequest.class, StatusResponse.class, V21_ONLY);
    public static final OcppAction<NotifyAllowedEnergyTransferRequest, StatusResponse> NOTIFY_ALLOWED_ENERGY_TRANSFER = fromCs( "NotifyAllowedEnergyTransfer", NotifyAllowedEnergyTransferRequest.class, StatusResponse.class, V21_ONLY);

    static final List<OcppAction<?, ?>> ALL = List.of(BOOT_NOTIFICATION, HEARTBEAT, STATUS_NOTIFICATION, METER_VALUES, TRANSACTION_EVENT, NOTIFY_EV_CHARGING_NEEDS, NOTIFY_REPORT, SET_CHARGING_PROFILE, CLEAR_CHARGING_PROFILE, REQUEST_START_TRANSACTION, REQUEST_STOP_TRANSACTION, SET_VARIABLES, GET_VARIABLES, TRIGGER_MESSAGE, GET_BASE_REPORT, UPDATE_DYNAMIC_SCHEDULE, NOTIFY_ALLOWED_ENERGY_TRANSFER);

    private Ocpp2Actions() {
    }

    private static <Q, R> OcppAction<Q, R> fromCp(String name, Class<Q> request, Class<R> response,
            Set<OcppVersion> versions) {
        return new OcppAction<>(name, request, response, versions, true);
    }

    private static <Q, R> OcppAction<Q, R> fromCs(String name, Class<Q> request, Class<R> response,
            Set<OcppVersion> versions) {
        return new OcppAction<>(name, request, response, versions, false);
    }
}
