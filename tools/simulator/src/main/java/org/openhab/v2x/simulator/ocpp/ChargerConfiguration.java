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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The charger's settings as the central system sees them: 1.6 configuration keys (ChangeConfiguration,
 * GetConfiguration) and 2.x device-model variables (SetVariables, GetVariables), with the values they control
 * (heartbeat and meter intervals, sampled measurands, Basic auth password).
 */
@NonNullByDefault
class ChargerConfiguration {

    private final ChargePointConfig config;
    private final SimulatedCar car;
    private final Supplier<OcppVersion> version;
    private final Supplier<@Nullable Instant> transactionStart;
    private final Settings settings16 = new Settings();
    private final Settings settings2x = new Settings();

    private volatile double heartbeatSeconds;
    private volatile double meterIntervalSeconds;
    private volatile List<String> measurands;
    private volatile @Nullable String basicAuthPassword;

    ChargerConfiguration(ChargePointConfig config, SimulatedCar car, Supplier<OcppVersion> version,
            Supplier<@Nullable Instant> transactionStart) {
        this.config = config;
        this.car = car;
        this.version = version;
        this.transactionStart = transactionStart;
        this.heartbeatSeconds = config.defaultHeartbeatSeconds();
        this.meterIntervalSeconds = config.meterIntervalSeconds();
        this.measurands = MessageFactory.supportedMeasurands(version.get());
        this.basicAuthPassword = config.password();
        defineSettings();
    }

    double heartbeatSeconds() {
        return heartbeatSeconds;
    }

    /** The interval the central system gave in its BootNotification response. */
    void heartbeatSeconds(double seconds) {
        heartbeatSeconds = seconds;
    }

    double meterIntervalSeconds() {
        return meterIntervalSeconds;
    }

    List<String> measurands() {
        return measurands;
    }

    /** Samples everything the negotiated version knows. */
    void resetMeasurands(OcppVersion negotiated) {
        measurands = MessageFactory.supportedMeasurands(negotiated);
    }

    @Nullable
    String basicAuthPassword() {
        return basicAuthPassword;
    }

    private void defineSettings() {
        settings16.writable("HeartbeatInterval", () -> whole(heartbeatSeconds), v -> setHeartbeat(v))
                .writable("MeterValueSampleInterval", () -> whole(meterIntervalSeconds), v -> setMeterInterval(v))
                .writable("MeterValuesSampledData", () -> String.join(",", measurands), v -> setMeasurands(v))
                .readOnly("NumberOfConnectors", () -> "1").readOnly("ChargeProfileMaxStackLevel", () -> "10")
                .readOnly("ChargingScheduleAllowedChargingRateUnit", () -> "Current,Power")
                .readOnly("ChargingScheduleMaxPeriods", () -> "24")
                .readOnly("MaxChargingProfilesInstalled", () -> "10")
                .readOnly("SupportedFeatureProfiles", () -> "Core,SmartCharging,RemoteTrigger")
                .writeOnly("AuthorizationKey", v -> setPassword(v))
                .writable("WebSocketPingInterval", () -> "0", v -> v.trim().matches("\\d+"));
        settings2x.writable("OCPPCommCtrlr/HeartbeatInterval", () -> whole(heartbeatSeconds), v -> setHeartbeat(v))
                .writable("SampledDataCtrlr/TxUpdatedInterval", () -> whole(meterIntervalSeconds),
                        v -> setMeterInterval(v))
                .writable("SampledDataCtrlr/TxUpdatedMeasurands", () -> String.join(",", measurands),
                        v -> setMeasurands(v))
                .writeOnly("SecurityCtrlr/BasicAuthPassword", v -> setPassword(v))
                .readOnly("SecurityCtrlr/SecurityProfile", () -> securityProfile())
                .readOnly("SmartChargingCtrlr/Enabled", () -> "true")
                .readOnly("V2XChargingCtrlr/Enabled", () -> String.valueOf(version.get() == OcppVersion.V21))
                .readOnly("V2XChargingCtrlr/SupportedEnergyTransferModes", () -> "DC,DC_BPT")
                .readOnly("V2XChargingCtrlr/SupportedOperationModes", () -> "ChargingOnly,CentralSetpoint,Idle")
                .readOnly("ConnectedEV/StateOfCharge", () -> String.valueOf(Math.round(car.getSocPercent())))
                .readOnly("ConnectedEV/EnergyCapacity", () -> String.valueOf(Math.round(car.getCapacityWh())))
                .readOnly("ConnectedEV/DepartureTime", () -> {
                    Instant start = transactionStart.get();
                    return start == null ? "" : MessageFactory.timestamp(start.plus(config.departureIn()));
                });
    }

    private boolean setHeartbeat(String value) {
        Integer seconds = Settings.positiveSeconds(value);
        if (seconds != null) {
            heartbeatSeconds = seconds;
        }
        return seconds != null;
    }

    private boolean setMeterInterval(String value) {
        Integer seconds = Settings.positiveSeconds(value);
        if (seconds != null) {
            meterIntervalSeconds = seconds;
        }
        return seconds != null;
    }

    private boolean setMeasurands(String value) {
        List<String> requested = new ArrayList<>();
        for (String item : value.split(",")) {
            String measurand = item.trim();
            if (!MessageFactory.supportedMeasurands(version.get()).contains(measurand)) {
                return false;
            }
            requested.add(measurand);
        }
        measurands = List.copyOf(requested);
        return true;
    }

    private boolean setPassword(String value) {
        if (value.length() < 16 || value.length() > 40) {
            return false;
        }
        // takes effect at the next connection, as on a real charger
        basicAuthPassword = value;
        return true;
    }

    private String securityProfile() {
        boolean tls = config.url().startsWith("wss:");
        return config.password() == null ? "0" : tls ? "2" : "1";
    }

    JsonObject changeConfiguration(JsonObject payload) throws OcppError {
        String key = Json.string(payload, "key");
        String value = Json.string(payload, "value");
        String status = switch (settings16.set(key, value)) {
            case ACCEPTED -> "Accepted";
            case UNKNOWN -> "NotSupported";
            default -> "Rejected";
        };
        JsonObject response = new JsonObject();
        response.addProperty("status", status);
        return response;
    }

    JsonObject getConfiguration(JsonObject payload) throws OcppError {
        List<String> keys = new ArrayList<>();
        JsonArray requested = payload.has("key") ? Json.array(payload, "key") : null;
        if (requested == null || requested.isEmpty()) {
            settings16.keys().forEach(keys::add);
        } else {
            requested.forEach(k -> keys.add(k.getAsString()));
        }
        JsonArray known = new JsonArray();
        JsonArray unknown = new JsonArray();
        for (String key : keys) {
            if (!settings16.has(key)) {
                unknown.add(key);
                continue;
            }
            JsonObject entry = new JsonObject();
            entry.addProperty("key", key);
            entry.addProperty("readonly", settings16.isReadOnly(key));
            String value = settings16.get(key);
            if (value != null) {
                entry.addProperty("value", value);
            }
            known.add(entry);
        }
        JsonObject response = new JsonObject();
        response.add("configurationKey", known);
        if (!unknown.isEmpty()) {
            response.add("unknownKey", unknown);
        }
        return response;
    }

    JsonObject setVariables(JsonObject payload) throws OcppError {
        JsonArray results = new JsonArray();
        for (JsonElement element : Json.array(payload, "setVariableData")) {
            JsonObject data = element.getAsJsonObject();
            JsonObject component = Json.object(data, "component");
            JsonObject variable = Json.object(data, "variable");
            String key = Json.string(component, "name") + "/" + Json.string(variable, "name");
            String attributeType = Json.optionalString(data, "attributeType");
            String status;
            if (attributeType != null && !"Actual".equals(attributeType)) {
                status = "NotSupportedAttributeType";
            } else if (!settings2x.has(key)) {
                status = settings2x.hasComponent(Json.string(component, "name")) ? "UnknownVariable"
                        : "UnknownComponent";
            } else {
                status = settings2x.set(key, Json.string(data, "attributeValue")) == Settings.WriteResult.ACCEPTED
                        ? "Accepted"
                        : "Rejected";
            }
            JsonObject result = new JsonObject();
            result.addProperty("attributeStatus", status);
            result.add("component", component);
            result.add("variable", variable);
            results.add(result);
        }
        JsonObject response = new JsonObject();
        response.add("setVariableResult", results);
        return response;
    }

    JsonObject getVariables(JsonObject payload) throws OcppError {
        JsonArray results = new JsonArray();
        for (JsonElement element : Json.array(payload, "getVariableData")) {
            JsonObject data = element.getAsJsonObject();
            JsonObject component = Json.object(data, "component");
            JsonObject variable = Json.object(data, "variable");
            String key = Json.string(component, "name") + "/" + Json.string(variable, "name");
            String attributeType = Json.optionalString(data, "attributeType");
            JsonObject result = new JsonObject();
            String value = null;
            String status;
            if (attributeType != null && !"Actual".equals(attributeType)) {
                status = "NotSupportedAttributeType";
            } else if (!settings2x.has(key)) {
                status = settings2x.hasComponent(Json.string(component, "name")) ? "UnknownVariable"
                        : "UnknownComponent";
            } else if (settings2x.isWriteOnly(key)) {
                status = "Rejected";
            } else {
                status = "Accepted";
                value = settings2x.get(key);
            }
            result.addProperty("attributeStatus", status);
            if (value != null) {
                result.addProperty("attributeValue", value);
            }
            result.add("component", component);
            result.add("variable", variable);
            results.add(result);
        }
        JsonObject response = new JsonObject();
        response.add("getVariableResult", results);
        return response;
    }

    private static String whole(double seconds) {
        return String.valueOf(Math.round(seconds));
    }
}
