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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The charging profiles installed on the simulated charger, and what they mean for power right now.
 * <p>
 * Supported: purposes TxProfile, TxDefaultProfile (any operation mode) and ChargePointMaxProfile /
 * ChargingStationMaxProfile (a cap on charging); kinds Absolute, Relative, Recurring and (2.1) Dynamic; 2.1
 * operation modes ChargingOnly, CentralSetpoint and Idle. TxProfile beats TxDefaultProfile; within a purpose
 * the highest stack level with an active period wins. A 2.1 profile with {@code maxOfflineDuration} is
 * ignored once the charger has been offline longer than that (and deleted if
 * {@code invalidAfterOfflineDuration}), so a lost central system cannot leave the car discharging.
 * Not thread-safe: the simulator uses it from its own thread only.
 */
@NonNullByDefault
class ChargingProfiles {

    private static final Set<String> SUPPORTED_MODES = Set.of("ChargingOnly", "CentralSetpoint", "Idle");
    private static final Set<String> KNOWN_MODES = Set.of("Idle", "ChargingOnly", "CentralSetpoint",
            "ExternalSetpoint", "ExternalLimits", "CentralFrequency", "LocalFrequency", "LocalLoadBalancing");

    /** Whether a SetChargingProfile was accepted, with a reason when not. */
    record Decision(boolean accepted, String reason) {
        static final Decision ACCEPTED = new Decision(true, "");

        static Decision rejected(String reason) {
            return new Decision(false, reason);
        }
    }

    /** What the charger knows when a profile arrives. */
    record Context(OcppVersion version, boolean negativeLimitDischarge, @Nullable String transactionId,
            boolean transactionActive) {
    }

    private static final class Period {
        final int startPeriod;
        @Nullable
        Double limit;
        @Nullable
        Double dischargeLimit;
        @Nullable
        Double setpoint;
        final @Nullable Integer numberPhases;
        final String operationMode;

        Period(int startPeriod, @Nullable Double limit, @Nullable Double dischargeLimit, @Nullable Double setpoint,
                @Nullable Integer numberPhases, String operationMode) {
            this.startPeriod = startPeriod;
            this.limit = limit;
            this.dischargeLimit = dischargeLimit;
            this.setpoint = setpoint;
            this.numberPhases = numberPhases;
            this.operationMode = operationMode;
        }
    }

    private record Profile(int id, int stackLevel, String purpose, String kind, @Nullable String recurrency,
            @Nullable String transactionId, boolean currentUnit, @Nullable Instant startSchedule,
            @Nullable Integer durationSeconds, List<Period> periods, @Nullable Integer maxOfflineSeconds,
            boolean invalidAfterOffline, Instant receivedAt, @Nullable Instant validFrom, @Nullable Instant validTo,
            JsonObject raw) {

        boolean isMax() {
            return "ChargePointMaxProfile".equals(purpose) || "ChargingStationMaxProfile".equals(purpose);
        }
    }

    private final List<Profile> profiles = new ArrayList<>();
    private @Nullable JsonObject lastProfile;

    /**
     * Validates and installs the profile of a SetChargingProfile request (or of a remote start).
     *
     * @param request the SetChargingProfile payload
     * @throws OcppError when the payload breaks the schema of the version
     */
    Decision set(JsonObject request, Context context, Instant now) throws OcppError {
        boolean v16 = context.version() == OcppVersion.V16;
        int evse = v16 ? Json.integer(request, "connectorId") : Json.integer(request, "evseId");
        JsonObject raw = Json.object(request, v16 ? "csChargingProfiles" : "chargingProfile");
        if (evse < 0 || evse > 1) {
            return Decision.rejected("unknown " + (v16 ? "connector " : "EVSE ") + evse);
        }
        return install(raw, context, now);
    }

    /** Installs a profile object (csChargingProfiles in 1.6, chargingProfile in 2.x). */
    Decision install(JsonObject raw, Context context, Instant now) throws OcppError {
        OcppVersion version = context.version();
        boolean v16 = version == OcppVersion.V16;
        int id = Json.integer(raw, v16 ? "chargingProfileId" : "id");
        int stackLevel = Json.integer(raw, "stackLevel");
        String purpose = Json.string(raw, "chargingProfilePurpose");
        String kind = Json.string(raw, "chargingProfileKind");
        String recurrency = Json.optionalString(raw, "recurrencyKind");
        String transactionId = v16 ? integerAsString(Json.optionalInteger(raw, "transactionId"))
                : Json.optionalString(raw, "transactionId");
        JsonObject schedule = v16 ? Json.object(raw, "chargingSchedule") : firstSchedule(raw);
        String unit = Json.string(schedule, "chargingRateUnit");
        Integer maxOffline = version == OcppVersion.V21 ? Json.optionalInteger(raw, "maxOfflineDuration") : null;
        boolean invalidAfterOffline = version == OcppVersion.V21
                && Json.bool(raw, "invalidAfterOfflineDuration", false);
        if (version != OcppVersion.V21 && (raw.has("maxOfflineDuration") || raw.has("invalidAfterOfflineDuration"))) {
            throw new OcppError(OcppError.FORMAT_VIOLATION,
                    "maxOfflineDuration is not part of OCPP " + version.label());
        }

        if (stackLevel < 0) {
            return Decision.rejected("stackLevel must be >= 0");
        }
        if (!"A".equals(unit) && !"W".equals(unit)) {
            return Decision.rejected("chargingRateUnit must be A or W, got " + unit);
        }
        boolean txPurpose = "TxProfile".equals(purpose) || "TxDefaultProfile".equals(purpose);
        boolean maxPurpose = (v16 ? "ChargePointMaxProfile" : "ChargingStationMaxProfile").equals(purpose);
        if (!txPurpose && !maxPurpose) {
            return Decision.rejected("purpose " + purpose + " is not supported by this charger");
        }
        if ("TxProfile".equals(purpose)) {
            if (!context.transactionActive()) {
                return Decision.rejected("TxProfile without an active transaction");
            }
            if (transactionId != null && !transactionId.equals(context.transactionId())) {
                return Decision.rejected("TxProfile for unknown transaction " + transactionId);
            }
        }
        if (!Set.of("Absolute", "Relative", "Recurring", "Dynamic").contains(kind)
                || ("Dynamic".equals(kind) && version != OcppVersion.V21)) {
            return Decision.rejected("chargingProfileKind " + kind + " is not supported in OCPP " + version.label());
        }
        if ("Recurring".equals(kind) && !"Daily".equals(recurrency) && !"Weekly".equals(recurrency)) {
            return Decision.rejected("Recurring profile needs recurrencyKind Daily or Weekly");
        }
        if (maxOffline != null && maxOffline < 0) {
            return Decision.rejected("maxOfflineDuration must be >= 0");
        }

        JsonArray periodArray = Json.array(schedule, "chargingSchedulePeriod");
        if (periodArray.isEmpty()) {
            return Decision.rejected("chargingSchedulePeriod is empty");
        }
        List<Period> periods = new ArrayList<>();
        for (JsonElement element : periodArray) {
            if (!element.isJsonObject()) {
                throw new OcppError(OcppError.TYPE_CONSTRAINT_VIOLATION, "chargingSchedulePeriod entries are objects");
            }
            Period period = readPeriod(element.getAsJsonObject(), version);
            String problem = check(period, context, txPurpose);
            if (problem != null) {
                return Decision.rejected(problem);
            }
            periods.add(period);
        }
        periods.sort(Comparator.comparingInt(p -> p.startPeriod));
        if (periods.get(0).startPeriod != 0) {
            return Decision.rejected("the first period must start at 0");
        }

        Profile profile = new Profile(id, stackLevel, purpose, kind, recurrency, transactionId, "A".equals(unit),
                Json.optionalTime(schedule, "startSchedule"), Json.optionalInteger(schedule, "duration"), periods,
                maxOffline, invalidAfterOffline, now, Json.optionalTime(raw, "validFrom"),
                Json.optionalTime(raw, "validTo"), raw.deepCopy());
        // the same id, or the same purpose and stack level, replaces what was there
        profiles.removeIf(p -> p.id() == id || (p.purpose().equals(purpose) && p.stackLevel() == stackLevel));
        profiles.add(profile);
        lastProfile = raw.deepCopy();
        return Decision.ACCEPTED;
    }

    /**
     * Applies an UpdateDynamicSchedule (2.1) to an installed Dynamic profile.
     *
     * @return whether a Dynamic profile with that id was found and updated
     */
    boolean updateDynamic(int profileId, JsonObject update) throws OcppError {
        Double limit = Json.optionalNumber(update, "limit");
        Double dischargeLimit = Json.optionalNumber(update, "dischargeLimit");
        Double setpoint = Json.optionalNumber(update, "setpoint");
        for (Profile profile : profiles) {
            if (profile.id() == profileId && "Dynamic".equals(profile.kind())) {
                if ((limit != null && limit < 0) || (dischargeLimit != null && dischargeLimit > 0)) {
                    return false;
                }
                Period period = profile.periods().get(0);
                if (limit != null) {
                    period.limit = limit;
                }
                if (dischargeLimit != null) {
                    period.dischargeLimit = dischargeLimit;
                }
                if (setpoint != null) {
                    period.setpoint = setpoint;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the profiles matching all given criteria (null matches anything).
     *
     * @return whether anything was removed
     */
    boolean clear(@Nullable Integer id, @Nullable String purpose, @Nullable Integer stackLevel) {
        return profiles.removeIf(p -> (id == null || p.id() == id)
                && (purpose == null || p.purpose().equals(purpose))
                && (stackLevel == null || p.stackLevel() == stackLevel));
    }

    /** Drops TxProfiles when their transaction ends. */
    void transactionEnded() {
        profiles.removeIf(p -> "TxProfile".equals(p.purpose()));
    }

    @Nullable
    JsonObject lastProfile() {
        JsonObject last = lastProfile;
        return last == null ? null : last.deepCopy();
    }

    int size() {
        return profiles.size();
    }

    /**
     * What the profiles ask for now.
     *
     * @param offlineSeconds how long the charger has been offline, null when connected
     * @param transactionStart start of the running transaction (anchor of Relative profiles), null if none
     */
    PowerCommand evaluate(Instant now, @Nullable Double offlineSeconds, @Nullable Instant transactionStart,
            int phases, double voltage) {
        if (offlineSeconds != null) {
            profiles.removeIf(p -> p.invalidAfterOffline() && expiredOffline(p, offlineSeconds));
        }
        double cap = Double.POSITIVE_INFINITY;
        for (Profile profile : profiles) {
            if (profile.isMax() && usable(profile, now, offlineSeconds)) {
                Period period = activePeriod(profile, now, transactionStart);
                Double limit = period == null ? null : period.limit;
                if (period != null && limit != null) {
                    cap = Math.min(cap, watts(limit, profile, period, phases, voltage));
                }
            }
        }
        PowerCommand command = PowerCommand.UNLIMITED;
        for (String purpose : List.of("TxProfile", "TxDefaultProfile")) {
            PowerCommand found = best(purpose, now, offlineSeconds, transactionStart, phases, voltage);
            if (found != null) {
                command = found;
                break;
            }
        }
        if (command.powerW() > cap) {
            command = new PowerCommand(cap, command.operationMode(), command.setpointW(), command.profileId());
        }
        return command;
    }

    private @Nullable PowerCommand best(String purpose, Instant now, @Nullable Double offlineSeconds,
            @Nullable Instant transactionStart, int phases, double voltage) {
        List<Profile> candidates = profiles.stream().filter(p -> p.purpose().equals(purpose))
                .sorted(Comparator.comparingInt(Profile::stackLevel).reversed()).toList();
        for (Profile profile : candidates) {
            if (!usable(profile, now, offlineSeconds)) {
                continue;
            }
            Period period = activePeriod(profile, now, transactionStart);
            if (period != null) {
                return command(profile, period, phases, voltage);
            }
        }
        return null;
    }

    private PowerCommand command(Profile profile, Period period, int phases, double voltage) {
        Double limit = period.limit;
        Double dischargeLimit = period.dischargeLimit;
        Double setpoint = period.setpoint;
        switch (period.operationMode) {
            case "Idle":
                return new PowerCommand(0, "Idle", null, profile.id());
            case "CentralSetpoint": {
                double target = setpoint == null ? 0 : watts(setpoint, profile, period, phases, voltage);
                if (limit != null) {
                    target = Math.min(target, watts(limit, profile, period, phases, voltage));
                }
                if (dischargeLimit != null) {
                    target = Math.max(target, watts(dischargeLimit, profile, period, phases, voltage));
                }
                return new PowerCommand(target, "CentralSetpoint", target, profile.id());
            }
            default: {
                // ChargingOnly: the limit is a ceiling; a negative one (legacy discharge, opt-in) is a target
                double target = limit == null ? Double.POSITIVE_INFINITY
                        : watts(limit, profile, period, phases, voltage);
                return new PowerCommand(target, "ChargingOnly", null, profile.id());
            }
        }
    }

    private static double watts(double value, Profile profile, Period period, int phases, double voltage) {
        if (!profile.currentUnit()) {
            return value;
        }
        Integer periodPhases = period.numberPhases;
        return value * voltage * (periodPhases == null ? phases : periodPhases);
    }

    private static boolean usable(Profile profile, Instant now, @Nullable Double offlineSeconds) {
        Instant validFrom = profile.validFrom();
        Instant validTo = profile.validTo();
        if ((validFrom != null && now.isBefore(validFrom)) || (validTo != null && !now.isBefore(validTo))) {
            return false;
        }
        return offlineSeconds == null || !expiredOffline(profile, offlineSeconds);
    }

    private static boolean expiredOffline(Profile profile, double offlineSeconds) {
        Integer max = profile.maxOfflineSeconds();
        return max != null && offlineSeconds > max;
    }

    private static @Nullable Period activePeriod(Profile profile, Instant now, @Nullable Instant transactionStart) {
        Instant start = switch (profile.kind()) {
            case "Relative" -> transactionStart != null ? transactionStart : profile.receivedAt();
            default -> {
                Instant startSchedule = profile.startSchedule();
                yield startSchedule != null ? startSchedule : profile.receivedAt();
            }
        };
        double elapsed = Duration.between(start, now).toMillis() / 1000.0;
        if ("Recurring".equals(profile.kind()) && elapsed >= 0) {
            double cycle = "Weekly".equals(profile.recurrency()) ? 7 * 86400 : 86400;
            elapsed = elapsed % cycle;
        }
        Integer duration = profile.durationSeconds();
        if (elapsed < 0 || (duration != null && elapsed >= duration)) {
            return null;
        }
        Period active = null;
        for (Period period : profile.periods()) {
            if (period.startPeriod <= elapsed) {
                active = period;
            }
        }
        return active;
    }

    private static Period readPeriod(JsonObject json, OcppVersion version) throws OcppError {
        int startPeriod = Json.integer(json, "startPeriod");
        // limit is required before 2.1; written out because a conditional expression would unbox a null
        Double limit;
        if (version == OcppVersion.V21) {
            limit = Json.optionalNumber(json, "limit");
        } else {
            limit = Json.number(json, "limit");
        }
        Integer numberPhases = Json.optionalInteger(json, "numberPhases");
        if (version != OcppVersion.V21) {
            for (String field : List.of("operationMode", "setpoint", "dischargeLimit")) {
                if (json.has(field)) {
                    throw new OcppError(OcppError.FORMAT_VIOLATION,
                            field + " is not part of OCPP " + version.label());
                }
            }
            return new Period(startPeriod, limit, null, null, numberPhases, "ChargingOnly");
        }
        String mode = Json.optionalString(json, "operationMode");
        return new Period(startPeriod, limit, Json.optionalNumber(json, "dischargeLimit"),
                Json.optionalNumber(json, "setpoint"), numberPhases, mode == null ? "ChargingOnly" : mode);
    }

    private static @Nullable String check(Period period, Context context, boolean txPurpose) {
        Double limit = period.limit;
        Double dischargeLimit = period.dischargeLimit;
        if (period.startPeriod < 0) {
            return "startPeriod must be >= 0";
        }
        Integer phases = period.numberPhases;
        if (phases != null && (phases < 1 || phases > 3)) {
            return "numberPhases must be 1..3";
        }
        if (!KNOWN_MODES.contains(period.operationMode)) {
            return "unknown operationMode " + period.operationMode;
        }
        if (!SUPPORTED_MODES.contains(period.operationMode)) {
            return "operationMode " + period.operationMode + " is not supported by this charger";
        }
        if (!txPurpose && !"ChargingOnly".equals(period.operationMode)) {
            return "only TxProfile and TxDefaultProfile may use operationMode " + period.operationMode;
        }
        if (limit != null && limit < 0 && !context.negativeLimitDischarge()) {
            return "negative limit (discharge) is not accepted by this charger";
        }
        if (dischargeLimit != null && dischargeLimit > 0) {
            return "dischargeLimit must be <= 0";
        }
        if ("ChargingOnly".equals(period.operationMode) && limit == null) {
            return "ChargingOnly needs a limit";
        }
        if ("CentralSetpoint".equals(period.operationMode) && period.setpoint == null) {
            return "CentralSetpoint needs a setpoint";
        }
        return null;
    }

    private static JsonObject firstSchedule(JsonObject raw) throws OcppError {
        JsonArray schedules = Json.array(raw, "chargingSchedule");
        if (schedules.isEmpty() || !schedules.get(0).isJsonObject()) {
            throw new OcppError(OcppError.OCCURRENCE_CONSTRAINT_VIOLATION, "chargingSchedule needs one object");
        }
        return schedules.get(0).getAsJsonObject();
    }

    private static @Nullable String integerAsString(@Nullable Integer value) {
        return value == null ? null : value.toString();
    }
}
