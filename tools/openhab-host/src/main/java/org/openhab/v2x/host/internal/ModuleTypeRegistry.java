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
package org.openhab.v2x.host.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * openHAB's module type registry in miniature: module types by UID with their configuration parameters, read from an
 * add-on's {@code OH-INF/automation/moduletypes/*.json}, plus the core module types the host itself runs.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class ModuleTypeRegistry {

    /** A module type: its kind ({@code trigger}, {@code condition}, {@code action}) and configuration. */
    public record ModuleType(String uid, String kind, List<ConfigParameter> parameters) {
    }

    private final Map<String, ModuleType> types = new ConcurrentHashMap<>();

    public ModuleTypeRegistry() {
        ConfigParameter itemName = text("itemName", true);
        add(new ModuleType(RuleRunner.UPDATE_TRIGGER, "trigger", List.of(itemName, text("state", false))));
        add(new ModuleType(RuleRunner.CHANGE_TRIGGER, "trigger",
                List.of(itemName, text("previousState", false), text("state", false))));
        add(new ModuleType(RuleRunner.COMMAND_ACTION, "action", List.of(itemName, text("command", false))));
    }

    public void add(ModuleType type) {
        types.put(type.uid(), type);
    }

    public @Nullable ModuleType get(String uid) {
        return types.get(uid);
    }

    /** Reads the module types of a JSON file ({@code triggers}, {@code conditions}, {@code actions}). */
    public List<ModuleType> load(URL json) throws IOException {
        List<ModuleType> loaded = new ArrayList<>();
        try (InputStream in = json.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
            for (String kind : List.of("triggers", "conditions", "actions")) {
                JsonArray list = root.has(kind) ? root.getAsJsonArray(kind) : new JsonArray();
                for (JsonElement element : list) {
                    JsonObject type = element.getAsJsonObject();
                    List<ConfigParameter> parameters = new ArrayList<>();
                    if (type.has("configDescriptions")) {
                        for (JsonElement parameter : type.getAsJsonArray("configDescriptions")) {
                            parameters.add(parameter(parameter.getAsJsonObject()));
                        }
                    }
                    ModuleType moduleType = new ModuleType(type.get("uid").getAsString(),
                            kind.substring(0, kind.length() - 1), parameters);
                    add(moduleType);
                    loaded.add(moduleType);
                }
            }
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
            throw new IOException("Cannot read module types from " + json + ": " + e.getMessage(), e);
        }
        return loaded;
    }

    private static ConfigParameter parameter(JsonObject json) {
        List<String> options = new ArrayList<>();
        if (json.has("options")) {
            for (JsonElement option : json.getAsJsonArray("options")) {
                options.add(option.getAsJsonObject().get("value").getAsString());
            }
        }
        return new ConfigParameter(json.get("name").getAsString(), json.get("type").getAsString(),
                json.has("required") && json.get("required").getAsBoolean(), decimal(json, "min"),
                decimal(json, "max"), json.has("pattern") ? json.get("pattern").getAsString() : null, options,
                !json.has("limitToOptions") || json.get("limitToOptions").getAsBoolean(),
                json.has("multiple") && json.get("multiple").getAsBoolean(),
                json.has("default") ? json.get("default").getAsString() : null);
    }

    private static @Nullable BigDecimal decimal(JsonObject json, String key) {
        return json.has(key) ? json.get(key).getAsBigDecimal() : null;
    }

    private static ConfigParameter text(String name, boolean required) {
        return new ConfigParameter(name, "TEXT", required, null, null, null, List.of(), false, false, null);
    }
}
