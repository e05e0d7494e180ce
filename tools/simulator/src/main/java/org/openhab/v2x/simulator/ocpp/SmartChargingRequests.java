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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

/**
 * Answers the smart-charging requests (SetChargingProfile, ClearChargingProfile, 2.1 UpdateDynamicSchedule) and
 * installs the profile that comes with a remote start.
 */
@NonNullByDefault
class SmartChargingRequests {

    private final Logger logger = LoggerFactory.getLogger(SmartChargingRequests.class);
    private final ChargePointConfig config;
    private final Misbehaviour misbehaviour;
    private final ChargingProfiles profiles;
    private final Session session;
    private final Transaction transaction;

    SmartChargingRequests(ChargePointConfig config, Misbehaviour misbehaviour, ChargingProfiles profiles,
            Session session, Transaction transaction) {
        this.config = config;
        this.misbehaviour = misbehaviour;
        this.profiles = profiles;
        this.session = session;
        this.transaction = transaction;
    }

    JsonObject setChargingProfile(JsonObject payload) throws OcppError {
        ChargingProfiles.Decision decision;
        if (misbehaviour.rejectProfiles()) {
            decision = ChargingProfiles.Decision.rejected("misbehaving: rejecting every profile");
        } else {
            decision = profiles.set(payload, context(), Instant.now());
        }
        if (!decision.accepted()) {
            logger.info("Rejected SetChargingProfile: {}", decision.reason());
        }
        return Responses.status(session.version(), decision.accepted() ? "Accepted" : "Rejected", decision.reason());
    }

    JsonObject clearChargingProfile(JsonObject payload) throws OcppError {
        boolean removed;
        if (session.version() == OcppVersion.V16) {
            removed = profiles.clear(Json.optionalInteger(payload, "id"),
                    Json.optionalString(payload, "chargingProfilePurpose"),
                    Json.optionalInteger(payload, "stackLevel"));
        } else {
            JsonObject criteria = Json.optionalObject(payload, "chargingProfileCriteria");
            removed = profiles.clear(Json.optionalInteger(payload, "chargingProfileId"),
                    criteria == null ? null : Json.optionalString(criteria, "chargingProfilePurpose"),
                    criteria == null ? null : Json.optionalInteger(criteria, "stackLevel"));
        }
        return Responses.status(session.version(), removed ? "Accepted" : "Unknown", "");
    }

    JsonObject updateDynamicSchedule(JsonObject payload) throws OcppError {
        int profileId = Json.integer(payload, "chargingProfileId");
        JsonObject update = Json.object(payload, "scheduleUpdate");
        boolean updated = !misbehaviour.rejectProfiles() && profiles.updateDynamic(profileId, update);
        return Responses.status(session.version(), updated ? "Accepted" : "Rejected",
                updated ? "" : "no Dynamic profile " + profileId);
    }

    /** The remote start has already begun the transaction, so a bad profile with it is only left out. */
    void installStartProfile(@Nullable JsonObject profile) throws OcppError {
        if (profile != null) {
            ChargingProfiles.Decision decision = profiles.install(profile, context(), Instant.now());
            if (!decision.accepted()) {
                logger.warn("Ignoring the charging profile of the remote start: {}", decision.reason());
            }
        }
    }

    private ChargingProfiles.Context context() {
        return new ChargingProfiles.Context(session.version(), config.negativeLimitDischarge(), transaction.id(),
                transaction.isActive());
    }
}
