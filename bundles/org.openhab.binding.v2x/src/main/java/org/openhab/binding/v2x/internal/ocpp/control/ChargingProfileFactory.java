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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.ChargingScheduleUpdate;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.UpdateDynamicScheduleRequest;

/**
 * Builds the SetChargingProfile requests the binding sends. Only TxProfile (during a transaction) and
 * TxDefaultProfile are used, never the station-wide maximum profile: that one is meant for installation limits and is
 * often written to flash. Each purpose has a fixed profile id, so a new setpoint replaces the previous profile.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class ChargingProfileFactory {

    /** The profile ids of EVSE (connector) 1; every further EVSE has its own pair {@value #IDS_PER_EVSE} higher. */
    public static final int TX_DEFAULT_PROFILE_ID = 7201;
    public static final int TX_PROFILE_ID = 7202;
    /** Profile ids are unique in the whole charging station: EVSEs must not replace each other's profiles. */
    public static final int IDS_PER_EVSE = 10;
    public static final int STACK_LEVEL = 1;
    public static final String TX_PROFILE = "TxProfile";
    public static final String TX_DEFAULT_PROFILE = "TxDefaultProfile";
    public static final String KIND_RELATIVE = "Relative";
    public static final String KIND_DYNAMIC = "Dynamic";

    private ChargingProfileFactory() {
    }

    public static int profileId(int evseId, @Nullable String transactionId) {
        int offset = Math.max(0, evseId - 1) * IDS_PER_EVSE;
        return offset + (transactionId == null ? TX_DEFAULT_PROFILE_ID : TX_PROFILE_ID);
    }

    /** The ids of both profiles the binding may have installed on an EVSE. */
    public static int[] ownProfileIds(int evseId) {
        int defaultId = profileId(evseId, null);
        return new int[] { defaultId, defaultId - TX_DEFAULT_PROFILE_ID + TX_PROFILE_ID };
    }

    public static String purpose(@Nullable String transactionId) {
        return transactionId == null ? TX_DEFAULT_PROFILE : TX_PROFILE;
    }

    /** OCPP 1.6: a limit in W; a TxProfile when a transaction id is given. */
    public static org.openhab.binding.v2x.internal.ocpp.dto.v16.SetChargingProfileRequest v16(int connectorId,
            @Nullable Integer transactionId, PowerControl control) {
        var period = new org.openhab.binding.v2x.internal.ocpp.dto.v16.ChargingSchedulePeriod();
        period.startPeriod = 0;
        Double limit = control.limit();
        period.limit = limit == null ? 0.0 : limit;
        var schedule = new org.openhab.binding.v2x.internal.ocpp.dto.v16.ChargingSchedule();
        schedule.chargingRateUnit = "W";
        schedule.chargingSchedulePeriod = List.of(period);
        var profile = new org.openhab.binding.v2x.internal.ocpp.dto.v16.ChargingProfile();
        String txId = transactionId == null ? null : transactionId.toString();
        profile.chargingProfileId = profileId(connectorId, txId);
        profile.transactionId = transactionId;
        profile.stackLevel = STACK_LEVEL;
        profile.chargingProfilePurpose = purpose(txId);
        profile.chargingProfileKind = KIND_RELATIVE;
        profile.chargingSchedule = schedule;
        var request = new org.openhab.binding.v2x.internal.ocpp.dto.v16.SetChargingProfileRequest();
        request.connectorId = connectorId;
        request.csChargingProfiles = profile;
        return request;
    }

    /** OCPP 2.0.1: a limit in W, no 2.1 fields (a 2.0.1 charger rejects unknown fields). */
    public static org.openhab.binding.v2x.internal.ocpp.dto.v2.SetChargingProfileRequest v201(int evseId,
            @Nullable String transactionId, PowerControl control) {
        var period = new org.openhab.binding.v2x.internal.ocpp.dto.v2.ChargingSchedulePeriod();
        period.startPeriod = 0;
        Double limit = control.limit();
        period.limit = limit == null ? 0.0 : limit;
        return v2(evseId, transactionId, period, KIND_RELATIVE, null);
    }

    /**
     * OCPP 2.1: the operation mode with setpoint and limits, and the fail-safe: after maxOfflineDuration seconds
     * without the central system the charger drops the profile.
     */
    public static org.openhab.binding.v2x.internal.ocpp.dto.v2.SetChargingProfileRequest v21(int evseId,
            @Nullable String transactionId, PowerControl control, int maxOfflineDuration, boolean dynamic) {
        var period = new org.openhab.binding.v2x.internal.ocpp.dto.v2.ChargingSchedulePeriod();
        period.startPeriod = 0;
        period.operationMode = control.operationMode();
        period.limit = control.limit();
        period.setpoint = control.setpoint();
        period.dischargeLimit = control.dischargeLimit();
        return v2(evseId, transactionId, period, dynamic ? KIND_DYNAMIC : KIND_RELATIVE, maxOfflineDuration);
    }

    /** OCPP 2.1: new values for an installed Dynamic profile, without rewriting it. */
    public static UpdateDynamicScheduleRequest update(int profileId, PowerControl control) {
        ChargingScheduleUpdate update = new ChargingScheduleUpdate();
        update.limit = control.limit();
        update.setpoint = control.setpoint();
        update.dischargeLimit = control.dischargeLimit();
        UpdateDynamicScheduleRequest request = new UpdateDynamicScheduleRequest();
        request.chargingProfileId = profileId;
        request.scheduleUpdate = update;
        return request;
    }

    private static org.openhab.binding.v2x.internal.ocpp.dto.v2.SetChargingProfileRequest v2(int evseId,
            @Nullable String transactionId, org.openhab.binding.v2x.internal.ocpp.dto.v2.ChargingSchedulePeriod period,
            String kind, @Nullable Integer maxOfflineDuration) {
        int id = profileId(evseId, transactionId);
        var schedule = new org.openhab.binding.v2x.internal.ocpp.dto.v2.ChargingSchedule();
        schedule.id = id;
        schedule.chargingRateUnit = "W";
        schedule.chargingSchedulePeriod = List.of(period);
        var profile = new org.openhab.binding.v2x.internal.ocpp.dto.v2.ChargingProfile();
        profile.id = id;
        profile.stackLevel = STACK_LEVEL;
        profile.chargingProfilePurpose = purpose(transactionId);
        profile.chargingProfileKind = kind;
        profile.transactionId = transactionId;
        if (maxOfflineDuration != null) {
            profile.maxOfflineDuration = maxOfflineDuration;
            // a profile that outlived its central system must not come back when the charger reconnects
            profile.invalidAfterOfflineDuration = true;
        }
        profile.chargingSchedule = List.of(schedule);
        var request = new org.openhab.binding.v2x.internal.ocpp.dto.v2.SetChargingProfileRequest();
        request.evseId = evseId;
        request.chargingProfile = profile;
        return request;
    }
}
