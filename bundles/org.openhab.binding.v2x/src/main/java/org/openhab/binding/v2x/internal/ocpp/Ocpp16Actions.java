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
import org.openhab.binding.v2x.internal.ocpp.dto.v16.AuthorizeRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.AuthorizeResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.BootNotificationRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.BootNotificationResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.ChangeConfigurationRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.ClearChargingProfileRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.GetConfigurationRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.GetConfigurationResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.HeartbeatResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.MeterValuesRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.RemoteStartTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.RemoteStopTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.SetChargingProfileRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.StartTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.StartTransactionResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.StatusNotificationRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.StatusResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.StopTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.StopTransactionResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.TriggerMessageRequest;

/**
 * The OCPP 1.6J actions used by the binding (fromCp: sent by the charge point).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class Ocpp16Actions {
    private static final Set<OcppVersion> VERSIONS = EnumSet.of(OcppVersion.V16);

    public static final OcppAction<BootNotificationRequest, BootNotificationResponse> BOOT_NOTIFICATION = fromCp( "BootNotification", BootNotificationRequest.class, BootNotificationResponse.class, VERSIONS);
    public static final OcppAction<EmptyPayload, HeartbeatResponse> HEARTBEAT = fromCp( "Heartbeat", EmptyPayload.class, HeartbeatResponse.class, VERSIONS);
    public static final OcppAction<StatusNotificationRequest, EmptyPayload> STATUS_NOTIFICATION = fromCp( "StatusNotification", StatusNotificationRequest.class, EmptyPayload.class, VERSIONS);
    public static final OcppAction<MeterValuesRequest, EmptyPayload> METER_VALUES = fromCp( "MeterValues", MeterValuesRequest.class, EmptyPayload.class, VERSIONS);
    public static final OcppAction<StartTransactionRequest, StartTransactionResponse> START_TRANSACTION = fromCp( "StartTransaction", StartTransactionRequest.class, StartTransactionResponse.class, VERSIONS);
    public static final OcppAction<StopTransactionRequest, StopTransactionResponse> STOP_TRANSACTION = fromCp( "StopTransaction", StopTransactionRequest.class, StopTransactionResponse.class, VERSIONS);
    public static final OcppAction<AuthorizeRequest, AuthorizeResponse> AUTHORIZE = fromCp("Authorize", AuthorizeRequest.class, AuthorizeResponse.class, VERSIONS);
    public static final OcppAction<RemoteStartTransactionRequest, StatusResponse> REMOTE_START_TRANSACTION = fromCs( "RemoteStartTransaction", RemoteStartTransactionRequest.class, StatusResponse.class, VERSIONS);
    public static final OcppAction<RemoteStopTransactionRequest, StatusResponse> REMOTE_STOP_TRANSACTION = fromCs( "RemoteStopTransaction", RemoteStopTransactionRequest.class, StatusResponse.class, VERSIONS);
    public static final OcppAction<ChangeConfigurationRequest, StatusResponse> CHANGE_CONFIGURATION = fromCs( "ChangeConfiguration", ChangeConfigurationRequest.class, StatusResponse.class, VERSIONS);
    public static final OcppAction<GetConfigurationRequest, GetConfigurationResponse> GET_CONFIGURATION = fromCs( "GetConfiguration", GetConfigurationRequest.class, GetConfigurationResponse.class, VERSIONS);
    public static final OcppAction<TriggerMessageRequest, StatusResponse> TRIGGER_MESSAGE = fromCs( "TriggerMessage", TriggerMessageRequest.class, StatusResponse.class, VERSIONS);
    public static final OcppAction<SetChargingProfileRequest, StatusResponse> SET_CHARGING_PROFILE = fromCs( "SetChargingProfile", SetChargingProfileRequest.class, StatusResponse.class, VERSIONS);
    public static final OcppAction<ClearChargingProfileRequest, StatusResponse> CLEAR_CHARGING_PROFILE = fromCs( "ClearChargingProfile", ClearChargingProfileRequest.class, StatusResponse.class, VERSIONS);

    static final List<OcppAction<?, ?>> ALL = List.of(BOOT_NOTIFICATION, HEARTBEAT, STATUS_NOTIFICATION, METER_VALUES, START_TRANSACTION, STOP_TRANSACTION, AUTHORIZE, REMOTE_START_TRANSACTION, REMOTE_STOP_TRANSACTION, CHANGE_CONFIGURATION, GET_CONFIGURATION, TRIGGER_MESSAGE, SET_CHARGING_PROFILE, CLEAR_CHARGING_PROFILE);

    private Ocpp16Actions() {
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
