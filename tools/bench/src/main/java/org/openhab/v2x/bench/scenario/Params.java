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
package org.openhab.v2x.bench.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Scenario parameters (CONTROL.md); every key optional, unknown keys and out-of-range values are errors.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public record Params(double evCapacityKwh, double evInitialSocPct, double reserveSocPct, double targetSocPct,
        double maxChargeW, double maxDischargeW, double minPowerW, double chargeEfficiency,
        double dischargeEfficiency, double priceImport, double priceExport, boolean allowGridExport) {

    public static Params defaults() {
        return new Params(60, 60, 30, 80, 7400, 7400, 1400, 0.92, 0.92, 0.30, 0.08, false);
    }

    public Params {
        range("ev_capacity_kwh", evCapacityKwh, 0.1, 1000);
        range("ev_initial_soc_pct", evInitialSocPct, 0, 100);
        range("reserve_soc_pct", reserveSocPct, 0, 100);
        range("target_soc_pct", targetSocPct, reserveSocPct, 100);
        range("max_charge_w", maxChargeW, 1, 1e6);
        range("max_discharge_w", maxDischargeW, 1, 1e6);
        range("min_power_w", minPowerW, 0, Math.min(maxChargeW, maxDischargeW));
        range("charge_efficiency", chargeEfficiency, 0.01, 1);
        range("discharge_efficiency", dischargeEfficiency, 0.01, 1);
        range("price_import", priceImport, -10, 10);
        range("price_export", priceExport, -10, 10);
    }

    private static void range(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(key + " must be within " + min + ".." + max + ": " + value);
        }
    }

    public double capacityWh() {
        return evCapacityKwh * 1000;
    }

    public Params withMinPower(double value) {
        return new Params(evCapacityKwh, evInitialSocPct, reserveSocPct, targetSocPct, maxChargeW, maxDischargeW,
                value, chargeEfficiency, dischargeEfficiency, priceImport, priceExport, allowGridExport);
    }

    public Params withAllowGridExport(boolean value) {
        return new Params(evCapacityKwh, evInitialSocPct, reserveSocPct, targetSocPct, maxChargeW, maxDischargeW,
                minPowerW, chargeEfficiency, dischargeEfficiency, priceImport, priceExport, value);
    }

    /** As JSON keys, for the summary. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ev_capacity_kwh", evCapacityKwh);
        map.put("ev_initial_soc_pct", evInitialSocPct);
        map.put("reserve_soc_pct", reserveSocPct);
        map.put("target_soc_pct", targetSocPct);
        map.put("max_charge_w", maxChargeW);
        map.put("max_discharge_w", maxDischargeW);
        map.put("min_power_w", minPowerW);
        map.put("charge_efficiency", chargeEfficiency);
        map.put("discharge_efficiency", dischargeEfficiency);
        map.put("price_import", priceImport);
        map.put("price_export", priceExport);
        map.put("allow_grid_export", allowGridExport);
        return map;
    }

    public static Params read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** @throws IllegalArgumentException naming the file and the key */
    public static Params parse(String json, String name) {
        JsonObject o;
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonObject()) {
                throw new IllegalArgumentException(name + ": expected a JSON object");
            }
            o = root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(name + ": not valid JSON: " + e.getMessage(), e);
        }
        Params d = defaults();
        for (String key : o.keySet()) {
            if (!d.toMap().containsKey(key)) {
                throw new IllegalArgumentException(name + ": unknown key '" + key + "'");
            }
        }
        try {
            return new Params(num(o, "ev_capacity_kwh", d.evCapacityKwh), num(o, "ev_initial_soc_pct", d.evInitialSocPct),
                    num(o, "reserve_soc_pct", d.reserveSocPct), num(o, "target_soc_pct", d.targetSocPct),
                    num(o, "max_charge_w", d.maxChargeW), num(o, "max_discharge_w", d.maxDischargeW),
                    num(o, "min_power_w", d.minPowerW), num(o, "charge_efficiency", d.chargeEfficiency),
                    num(o, "discharge_efficiency", d.dischargeEfficiency), num(o, "price_import", d.priceImport),
                    num(o, "price_export", d.priceExport), bool(o, "allow_grid_export", d.allowGridExport));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static double num(JsonObject o, String key, double fallback) {
        JsonElement e = o.get(key);
        if (e == null) {
            return fallback;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("'" + key + "' must be a number");
        }
        return e.getAsDouble();
    }

    private static boolean bool(JsonObject o, String key, boolean fallback) {
        JsonElement e = o.get(key);
        if (e == null) {
            return fallback;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new IllegalArgumentException("'" + key + "' must be true or false");
        }
        return e.getAsBoolean();
    }
}
