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
package org.openhab.v2x.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What the test host should set up, like a set of {@code .things}, {@code .items} and rule files in one JSON
 * document. Gson fills these classes; field names are the JSON keys.
 *
 * @author openHAB V2X - Initial contribution
 */
public class HostDefinition {
    public List<ThingDefinition> things = new ArrayList<>();
    public List<ItemDefinition> items = new ArrayList<>();
    public List<RuleDefinition> rules = new ArrayList<>();

    /** A thing: {@code uid} like {@code v2x:ocpp-charger:home:cp1}; its type is the first two segments. */
    public static class ThingDefinition {
        public String uid = "";
        public @Nullable String bridge;
        public @Nullable String label;
        public Map<String, Object> config = new LinkedHashMap<>();
        /** Thing properties, such as those an approved discovery result brings. */
        public Map<String, String> properties = new LinkedHashMap<>();
    }

    /**
     * An item: {@code type} as in openHAB ({@code Number:Power}, {@code Switch}, {@code String}, {@code DateTime});
     * {@code channel} links it to a channel UID; {@code state} is the initial state as text.
     */
    public static class ItemDefinition {
        public String name = "";
        public String type = "String";
        public @Nullable String channel;
        public @Nullable String state;
    }

    /** A rule: its triggers start its actions in order. */
    public static class RuleDefinition {
        public String uid = "";
        public List<ModuleDefinition> triggers = new ArrayList<>();
        public List<ModuleDefinition> actions = new ArrayList<>();
    }

    /**
     * A rule module: its module type UID and configuration; an action's {@code inputs} connect its inputs to
     * outputs of other modules ({@code "input": "moduleId.output"}), as in openHAB's rule JSON.
     */
    public static class ModuleDefinition {
        public @Nullable String id;
        public String type = "";
        public Map<String, Object> config = new LinkedHashMap<>();
        public Map<String, String> inputs = new LinkedHashMap<>();
    }
}
