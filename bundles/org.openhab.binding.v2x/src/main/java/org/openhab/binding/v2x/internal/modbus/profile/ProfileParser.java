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
package org.openhab.binding.v2x.internal.modbus.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.OperatingState;
import org.openhab.binding.v2x.internal.modbus.RegisterFormat;
import org.openhab.binding.v2x.internal.modbus.RegisterType;

/**
 * Reads a register-map profile (JSON, format in the binding's README) and checks it: known types, no overlapping
 * registers, a way to write the setpoint. Every problem names the field and the line.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class ProfileParser {

    static final Set<String> READ_POINTS = Set.of("state", "power", "soc", "capacity");
    private static final Set<String> TOP_LEVEL = Set.of("id", "label", "unverified", "unitId", "wordOrder",
            "connectorStride", "registers", "states");
    private static final Set<String> POINT_FIELDS = Set.of("address", "table", "type", "scale", "invert", "note");

    private ProfileParser() {
    }

    public static ChargerProfile parse(String json) throws ProfileException {
        JsonNode root = JsonNode.parse(json);
        Map<String, JsonNode> top = object(root, "");
        unknownFields(top, TOP_LEVEL, root);
        String id = text(required(top, "id", root));
        String label = top.containsKey("label") ? text(top.get("label")) : id;
        List<String> unverified = new ArrayList<>();
        JsonNode unverifiedNode = top.get("unverified");
        if (unverifiedNode != null) {
            for (JsonNode item : array(unverifiedNode)) {
                unverified.add(text(item));
            }
        }
        int unitId = top.containsKey("unitId") ? integer(top.get("unitId"), 0, 255) : 1;
        boolean highWordFirst = true;
        JsonNode order = top.get("wordOrder");
        if (order != null) {
            String value = text(order);
            if (!"big".equals(value) && !"little".equals(value)) {
                throw new ProfileException(order.path(), order.line(), "must be \"big\" or \"little\"");
            }
            highWordFirst = "big".equals(value);
        }
        int stride = top.containsKey("connectorStride") ? integer(top.get("connectorStride"), 0, 65535) : 0;

        JsonNode registersNode = required(top, "registers", root);
        Map<String, JsonNode> registers = object(registersNode, "registers");
        Map<String, ChargerProfile.Point> reads = new LinkedHashMap<>();
        List<ChargerProfile.Point> all = new ArrayList<>();
        Map<ChargerProfile.Point, JsonNode> origin = new HashMap<>();
        ChargerProfile.Point setpoint = null;
        ChargerProfile.Point chargeLimit = null;
        ChargerProfile.Point dischargeLimit = null;
        ChargerProfile.Command startStop = null;
        ChargerProfile.FailSafe failSafe = null;
        ChargerProfile.KeepAlive keepAlive = null;
        for (Map.Entry<String, JsonNode> entry : registers.entrySet()) {
            String name = entry.getKey();
            JsonNode node = entry.getValue();
            switch (name) {
                case "setpoint", "chargeLimit", "dischargeLimit" -> {
                    ChargerProfile.Point point = point(name, node, highWordFirst);
                    if (point.input()) {
                        throw new ProfileException(node.path() + ".table", node.line(),
                                "a written value must be in the holding table");
                    }
                    all.add(point);
                    origin.put(point, node);
                    switch (name) {
                        case "setpoint" -> setpoint = point;
                        case "chargeLimit" -> chargeLimit = point;
                        default -> dischargeLimit = point;
                    }
                }
                case "startStop" -> {
                    Map<String, JsonNode> fields = object(node, node.path());
                    unknownFields(fields, Set.of("address", "start", "stop", "note"), node);
                    startStop = new ChargerProfile.Command(integer(required(fields, "address", node), 0, 65535),
                            integer(required(fields, "start", node), 0, 65535),
                            integer(required(fields, "stop", node), 0, 65535));
                    ChargerProfile.Point point = new ChargerProfile.Point(name, false, startStop.address(),
                            RegisterFormat.of(RegisterType.UINT16));
                    all.add(point);
                    origin.put(point, node);
                }
                case "failSafe" -> {
                    Map<String, JsonNode> fields = object(node, node.path());
                    unknownFields(fields, Set.of("address", "perConnector", "maxSeconds", "note"), node);
                    JsonNode perConnector = fields.get("perConnector");
                    failSafe = new ChargerProfile.FailSafe(integer(required(fields, "address", node), 0, 65535),
                            perConnector == null || bool(perConnector),
                            fields.containsKey("maxSeconds") ? integer(fields.get("maxSeconds"), 1, 65535) : 65535);
                    ChargerProfile.Point point = new ChargerProfile.Point(name, false, failSafe.address(),
                            RegisterFormat.of(RegisterType.UINT16));
                    all.add(point);
                    origin.put(point, node);
                }
                case "keepAlive" -> {
                    Map<String, JsonNode> fields = object(node, node.path());
                    unknownFields(fields, Set.of("address", "value", "intervalSeconds", "note"), node);
                    keepAlive = new ChargerProfile.KeepAlive(integer(required(fields, "address", node), 0, 65535),
                            integer(required(fields, "value", node), 0, 65535),
                            integer(required(fields, "intervalSeconds", node), 1, 3600));
                    ChargerProfile.Point point = new ChargerProfile.Point(name, false, keepAlive.address(),
                            RegisterFormat.of(RegisterType.UINT16));
                    all.add(point);
                    origin.put(point, node);
                }
                default -> {
                    if (!READ_POINTS.contains(name)) {
                        throw new ProfileException(node.path(), node.line(), "unknown register '" + name
                                + "' (known: state, power, soc, capacity, setpoint, chargeLimit, dischargeLimit, "
                                + "startStop, failSafe, keepAlive)");
                    }
                    ChargerProfile.Point point = point(name, node, highWordFirst);
                    reads.put(name, point);
                    all.add(point);
                    origin.put(point, node);
                }
            }
        }
        if (setpoint == null && (chargeLimit == null || dischargeLimit == null)) {
            throw new ProfileException("registers.setpoint", registersNode.line(),
                    "missing: give a signed setpoint, or both chargeLimit and dischargeLimit");
        }
        checkOverlaps(all, origin);

        Map<Integer, OperatingState> states = new HashMap<>();
        JsonNode statesNode = top.get("states");
        if (statesNode != null) {
            for (Map.Entry<String, JsonNode> entry : object(statesNode, "states").entrySet()) {
                JsonNode node = entry.getValue();
                int code;
                try {
                    code = Integer.parseInt(entry.getKey().trim());
                } catch (NumberFormatException e) {
                    throw new ProfileException(node.path(), node.line(), "state codes must be integers");
                }
                String value = text(node);
                OperatingState state = null;
                for (OperatingState candidate : OperatingState.values()) {
                    if (candidate.channelValue().equals(value)) {
                        state = candidate;
                    }
                }
                if (state == null) {
                    throw new ProfileException(node.path(), node.line(),
                            "unknown operating state '" + value + "' (idle, charging, discharging, backup, fault)");
                }
                states.put(code, state);
            }
        }
        return new ChargerProfile(id, label, unverified, unitId, stride, reads, setpoint, chargeLimit, dischargeLimit,
                startStop, failSafe, keepAlive, states);
    }

    private static ChargerProfile.Point point(String name, JsonNode node, boolean highWordFirst)
            throws ProfileException {
        Map<String, JsonNode> fields = object(node, node.path());
        unknownFields(fields, POINT_FIELDS, node);
        int address = integer(required(fields, "address", node), 0, 65535);
        boolean input = false;
        JsonNode table = fields.get("table");
        if (table != null) {
            String value = text(table);
            if (!"holding".equals(value) && !"input".equals(value)) {
                throw new ProfileException(table.path(), table.line(), "must be \"holding\" or \"input\"");
            }
            input = "input".equals(value);
        }
        JsonNode typeNode = required(fields, "type", node);
        String typeName = text(typeNode);
        RegisterType type = RegisterType.fromName(typeName).orElse(null);
        if (type == null || !typeName.equals(typeName.toLowerCase(Locale.ROOT))) {
            throw new ProfileException(typeNode.path(), typeNode.line(),
                    "unknown type '" + typeName + "' (int16, uint16, int32, uint32, float32)");
        }
        double scale = 1;
        JsonNode scaleNode = fields.get("scale");
        if (scaleNode != null) {
            scale = number(scaleNode);
            if (scale == 0 || !Double.isFinite(scale)) {
                throw new ProfileException(scaleNode.path(), scaleNode.line(), "must be a number other than 0");
            }
        }
        JsonNode invert = fields.get("invert");
        if (address + type.words() - 1 > 65535) {
            throw new ProfileException(node.path() + ".address", node.line(), "runs past register 65535");
        }
        return new ChargerProfile.Point(name, input, address,
                new RegisterFormat(type, highWordFirst, scale, invert != null && bool(invert)));
    }

    private static void checkOverlaps(List<ChargerProfile.Point> points, Map<ChargerProfile.Point, JsonNode> origin)
            throws ProfileException {
        for (int i = 0; i < points.size(); i++) {
            for (int j = 0; j < i; j++) {
                ChargerProfile.Point a = points.get(i);
                ChargerProfile.Point b = points.get(j);
                if (a.input() == b.input() && a.address() <= b.lastAddress() && b.address() <= a.lastAddress()) {
                    JsonNode node = origin.get(a);
                    throw new ProfileException(node == null ? a.name() : node.path(), node == null ? 1 : node.line(),
                            "registers " + a.address() + "-" + a.lastAddress() + " overlap " + b.name() + " ("
                                    + b.address() + "-" + b.lastAddress() + ")");
                }
            }
        }
    }

    private static void unknownFields(Map<String, JsonNode> fields, Set<String> known, JsonNode owner)
            throws ProfileException {
        for (Map.Entry<String, JsonNode> entry : fields.entrySet()) {
            if (!known.contains(entry.getKey())) {
                JsonNode node = entry.getValue();
                throw new ProfileException(node.path(), node.line(), "unknown field");
            }
        }
    }

    private static JsonNode required(Map<String, JsonNode> fields, String name, JsonNode owner)
            throws ProfileException {
        JsonNode node = fields.get(name);
        if (node == null) {
            String path = owner.path().isEmpty() ? name : owner.path() + "." + name;
            throw new ProfileException(path, owner.line(), "missing");
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, JsonNode> object(JsonNode node, String path) throws ProfileException {
        if (node.value() instanceof Map<?, ?> map) {
            return (Map<String, JsonNode>) map;
        }
        throw new ProfileException(path, node.line(), "must be an object");
    }

    @SuppressWarnings("unchecked")
    private static List<JsonNode> array(JsonNode node) throws ProfileException {
        if (node.value() instanceof List<?> list) {
            return (List<JsonNode>) list;
        }
        throw new ProfileException(node.path(), node.line(), "must be an array");
    }

    private static String text(JsonNode node) throws ProfileException {
        if (node.value() instanceof String s && !s.isBlank()) {
            return s.trim();
        }
        throw new ProfileException(node.path(), node.line(), "must be a non-empty string");
    }

    private static double number(JsonNode node) throws ProfileException {
        if (node.value() instanceof Double d) {
            return d;
        }
        throw new ProfileException(node.path(), node.line(), "must be a number");
    }

    private static int integer(@Nullable JsonNode node, int min, int max) throws ProfileException {
        if (node == null) {
            throw new IllegalStateException("checked by the caller");
        }
        double value = number(node);
        if (value != Math.rint(value) || value < min || value > max) {
            throw new ProfileException(node.path(), node.line(), "must be an integer from " + min + " to " + max);
        }
        return (int) value;
    }

    private static boolean bool(JsonNode node) throws ProfileException {
        if (node.value() instanceof Boolean b) {
            return b;
        }
        throw new ProfileException(node.path(), node.line(), "must be true or false");
    }
}
