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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Builds the payloads the charge point sends, per OCPP version. Hand-written on purpose: the simulator must not
 * share encoding code with the binding it tests.
 */
@NonNullByDefault
class MessageFactory {

    static final List<String> MEASURANDS_BASE = List.of("SoC", "Power.Active.Import", "Power.Active.Export",
            "Energy.Active.Import.Register", "Energy.Active.Export.Register", "Power.Offered");
    static final List<String> MEASURANDS_21 = List.of("Power.Active.Setpoint", "Energy.Active.Net",
            "Display.PresentSOC", "Display.MinimumSOC", "Display.TargetSOC", "Display.MaximumSOC",
            "Display.BatteryEnergyCapacity");
    private static final double DC_VOLTAGE = 400;

    private final ChargePointConfig config;
    private final SimulatedCar car;

    MessageFactory(ChargePointConfig config, SimulatedCar car) {
        this.config = config;
        this.car = car;
    }

    static List<String> supportedMeasurands(OcppVersion version) {
        if (version != OcppVersion.V21) {
            return MEASURANDS_BASE;
        }
        return java.util.stream.Stream.concat(MEASURANDS_BASE.stream(), MEASURANDS_21.stream()).toList();
    }

    static String timestamp(Instant time) {
        return time.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    JsonObject bootNotification(OcppVersion version) {
        JsonObject payload = new JsonObject();
        if (version == OcppVersion.V16) {
            payload.addProperty("chargePointVendor", config.vendor());
            payload.addProperty("chargePointModel", config.model());
            payload.addProperty("chargePointSerialNumber", config.serialNumber());
            payload.addProperty("firmwareVersion", config.firmwareVersion());
        } else {
            JsonObject station = new JsonObject();
            station.addProperty("model", config.model());
            station.addProperty("vendorName", config.vendor());
            station.addProperty("serialNumber", config.serialNumber());
            station.addProperty("firmwareVersion", config.firmwareVersion());
            payload.add("chargingStation", station);
            payload.addProperty("reason", "PowerUp");
        }
        return payload;
    }

    /** 1.6 connector status or 2.x connectorStatus (Available, Occupied, ...). */
    JsonObject statusNotification(OcppVersion version, String status, Instant now) {
        JsonObject payload = new JsonObject();
        if (version == OcppVersion.V16) {
            payload.addProperty("connectorId", 1);
            payload.addProperty("errorCode", "NoError");
            payload.addProperty("status", status);
            payload.addProperty("timestamp", timestamp(now));
        } else {
            payload.addProperty("timestamp", timestamp(now));
            payload.addProperty("connectorStatus", status);
            payload.addProperty("evseId", 1);
            payload.addProperty("connectorId", 1);
        }
        return payload;
    }

    JsonObject startTransaction16(String idTag, Instant now) {
        JsonObject payload = new JsonObject();
        payload.addProperty("connectorId", 1);
        payload.addProperty("idTag", idTag);
        payload.addProperty("meterStart", Math.round(car.getImportedWh()));
        payload.addProperty("timestamp", timestamp(now));
        return payload;
    }

    JsonObject stopTransaction16(int transactionId, String reason, Instant now) {
        JsonObject payload = new JsonObject();
        payload.addProperty("transactionId", transactionId);
        payload.addProperty("meterStop", Math.round(car.getImportedWh()));
        payload.addProperty("timestamp", timestamp(now));
        payload.addProperty("reason", reason);
        return payload;
    }

    /**
     * A 2.x TransactionEvent.
     *
     * @param transactionInfo transactionId, chargingState and friends, filled by the caller
     * @param idToken the token for Started events, else null
     */
    JsonObject transactionEvent(String eventType, String triggerReason, int seqNo, JsonObject transactionInfo,
            @Nullable JsonObject idToken, @Nullable JsonObject meterValue, Instant now) {
        JsonObject payload = new JsonObject();
        payload.addProperty("eventType", eventType);
        payload.addProperty("timestamp", timestamp(now));
        payload.addProperty("triggerReason", triggerReason);
        payload.addProperty("seqNo", seqNo);
        payload.add("transactionInfo", transactionInfo);
        if (idToken != null) {
            payload.add("idToken", idToken);
        }
        JsonObject evse = new JsonObject();
        evse.addProperty("id", 1);
        evse.addProperty("connectorId", 1);
        payload.add("evse", evse);
        if (meterValue != null) {
            JsonArray values = new JsonArray();
            values.add(meterValue);
            payload.add("meterValue", values);
        }
        return payload;
    }

    JsonObject meterValues(OcppVersion version, @Nullable Integer transactionId16, PowerCommand command,
            List<String> measurands, String context, Instant now) {
        JsonObject payload = new JsonObject();
        if (version == OcppVersion.V16) {
            payload.addProperty("connectorId", 1);
            if (transactionId16 != null) {
                payload.addProperty("transactionId", transactionId16);
            }
        } else {
            payload.addProperty("evseId", 1);
        }
        JsonArray values = new JsonArray();
        values.add(meterValue(version, command, measurands, context, now));
        payload.add("meterValue", values);
        return payload;
    }

    /** One meterValue entry with the sampled values of the given measurands. */
    JsonObject meterValue(OcppVersion version, PowerCommand command, List<String> measurands, String context,
            Instant now) {
        JsonArray sampled = new JsonArray();
        double power = car.getPowerW();
        for (String measurand : measurands) {
            Double value = switch (measurand) {
                case "SoC", "Display.PresentSOC" -> car.getSocPercent();
                case "Power.Active.Import" -> Math.max(0, power);
                case "Power.Active.Export" -> Math.max(0, -power);
                case "Energy.Active.Import.Register" -> car.getImportedWh();
                case "Energy.Active.Export.Register" -> car.getExportedWh();
                case "Energy.Active.Net" -> car.getImportedWh() - car.getExportedWh();
                case "Power.Offered" -> Math.min(config.chargerMaxPowerW(), Math.max(0, command.powerW()));
                case "Power.Active.Setpoint" -> command.setpointW();
                case "Display.MinimumSOC" -> car.getSocFloorPercent();
                case "Display.TargetSOC" -> car.getTargetSocPercent();
                case "Display.MaximumSOC" -> 100.0;
                case "Display.BatteryEnergyCapacity" -> car.getCapacityWh();
                default -> null;
            };
            if (value != null) {
                sampled.add(sampledValue(version, measurand, value, context));
            }
        }
        JsonObject meterValue = new JsonObject();
        meterValue.addProperty("timestamp", timestamp(now));
        meterValue.add("sampledValue", sampled);
        return meterValue;
    }

    private static JsonObject sampledValue(OcppVersion version, String measurand, double value, String context) {
        String unit = unit(measurand);
        boolean ev = measurand.equals("SoC") || measurand.startsWith("Display.");
        JsonObject sample = new JsonObject();
        if (version == OcppVersion.V16) {
            // 1.6 carries every value as a string
            sample.addProperty("value", round(value).toPlainString());
            sample.addProperty("context", context);
            sample.addProperty("measurand", measurand);
            if (ev) {
                sample.addProperty("location", "EV");
            }
            sample.addProperty("unit", unit);
        } else {
            sample.addProperty("value", round(value));
            sample.addProperty("context", context);
            sample.addProperty("measurand", measurand);
            if (ev) {
                sample.addProperty("location", "EV");
            }
            JsonObject unitOfMeasure = new JsonObject();
            unitOfMeasure.addProperty("unit", unit);
            sample.add("unitOfMeasure", unitOfMeasure);
        }
        return sample;
    }

    private static String unit(String measurand) {
        if (measurand.startsWith("Energy.") || measurand.equals("Display.BatteryEnergyCapacity")) {
            return "Wh";
        }
        if (measurand.equals("SoC") || measurand.startsWith("Display.")) {
            return "Percent";
        }
        return "W";
    }

    private static BigDecimal round(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** NotifyEVChargingNeeds (2.1) as an ISO 15118-20 bidirectional DC car would report it. */
    JsonObject notifyEvChargingNeeds(Instant departure, Instant now) {
        double capacity = car.getCapacityWh();
        double stored = car.getStoredWh();
        double floorWh = capacity * car.getSocFloorPercent() / 100.0;
        double targetWh = capacity * car.getTargetSocPercent() / 100.0;

        JsonObject dc = new JsonObject();
        dc.addProperty("evMaxCurrent", Math.round(car.getMaxChargeW() / DC_VOLTAGE));
        dc.addProperty("evMaxVoltage", DC_VOLTAGE);
        dc.addProperty("evMaxPower", car.getMaxChargeW());
        dc.addProperty("evEnergyCapacity", capacity);
        dc.addProperty("energyAmount", Math.max(0, Math.round(targetWh - stored)));
        dc.addProperty("stateOfCharge", (int) Math.round(car.getSocPercent()));
        dc.addProperty("fullSoC", 100);
        dc.addProperty("bulkSoC", 80);

        JsonObject v2x = new JsonObject();
        v2x.addProperty("minChargePower", car.getMinPowerW());
        v2x.addProperty("maxChargePower", car.getMaxChargeW());
        v2x.addProperty("minDischargePower", car.getMinPowerW());
        v2x.addProperty("maxDischargePower", car.getMaxDischargeW());
        v2x.addProperty("evMinEnergyRequest", Math.round(floorWh - stored));
        v2x.addProperty("evMaxEnergyRequest", Math.round(capacity - stored));
        v2x.addProperty("evTargetEnergyRequest", Math.round(targetWh - stored));
        v2x.addProperty("evMinV2XEnergyRequest", Math.round(floorWh - stored));
        v2x.addProperty("evMaxV2XEnergyRequest", Math.round(capacity - stored));
        v2x.addProperty("targetSoC", (int) Math.round(car.getTargetSocPercent()));

        JsonArray available = new JsonArray();
        available.add("DC");
        available.add("DC_BPT");
        JsonObject needs = new JsonObject();
        needs.addProperty("requestedEnergyTransfer", "DC_BPT");
        needs.add("availableEnergyTransfer", available);
        needs.addProperty("controlMode", "DynamicControl");
        needs.addProperty("departureTime", timestamp(departure));
        needs.add("dcChargingParameters", dc);
        needs.add("v2xChargingParameters", v2x);

        JsonObject payload = new JsonObject();
        payload.addProperty("evseId", 1);
        payload.add("chargingNeeds", needs);
        payload.addProperty("timestamp", timestamp(now));
        return payload;
    }
}
