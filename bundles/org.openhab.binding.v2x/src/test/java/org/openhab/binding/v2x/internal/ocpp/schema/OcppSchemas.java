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
package org.openhab.binding.v2x.internal.ocpp.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.v2x.simulator.ocpp.OcppVersion;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official OCA JSON schemas of one OCPP version (as shipped by the npm package ocpp-rpc) and a check of frames
 * against them. Schemas are keyed "Action.req" / "Action.conf" (the 2.1 set names them "ActionRequest" /
 * "ActionResponse").
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class OcppSchemas {
    private static final Map<OcppVersion, OcppSchemas> CACHE = new ConcurrentHashMap<>();

    private final OcppVersion version;
    private final Map<String, Schema> schemas;
    private final Map<String, JsonNode> documents;

    private OcppSchemas(OcppVersion version, Map<String, Schema> schemas, Map<String, JsonNode> documents) {
        this.version = version;
        this.schemas = schemas;
        this.documents = documents;
    }

    public static OcppSchemas of(OcppVersion version) {
        return CACHE.computeIfAbsent(version, OcppSchemas::load);
    }

    private static OcppSchemas load(OcppVersion version) {
        String file = switch (version) {
            case V16 -> "ocpp1_6.json";
            case V201 -> "ocpp2_0_1.json";
            case V21 -> "ocpp2_1.json";
        };
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        Map<String, Schema> schemas = new HashMap<>();
        Map<String, JsonNode> documents = new HashMap<>();
        try {
            JsonNode all = JsonMapper.builder().build().readTree(Files.readString(NodeProject.schemaFile(file)));
            for (JsonNode node : all) {
                String key = key(node.get("$id").asString());
                schemas.put(key, registry.getSchema(node));
                documents.put(key, node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OcppSchemas(version, schemas, documents);
    }

    /** "urn:BootNotification.req" and "urn:BootNotificationRequest" both give "BootNotification.req". */
    private static String key(String id) {
        String name = id.startsWith("urn:") ? id.substring(4) : id;
        if (name.endsWith("Request")) {
            return name.substring(0, name.length() - "Request".length()) + ".req";
        }
        if (name.endsWith("Response")) {
            return name.substring(0, name.length() - "Response".length()) + ".conf";
        }
        return name;
    }

    /** The schema document of "Action.req" / "Action.conf", or null. */
    @Nullable
    public JsonNode document(String key) {
        return documents.get(key);
    }

    public boolean knows(String action) {
        return schemas.containsKey(action + ".req");
    }

    /** The schema violations of a request or response payload; an unknown action is a violation too. */
    public List<String> violations(String action, boolean request, String payloadJson) {
        String key = action + (request ? ".req" : ".conf");
        Schema schema = schemas.get(key);
        if (schema == null) {
            return List.of(version + " has no schema " + key);
        }
        return schema.validate(payloadJson, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /**
     * Checks a conversation as one side saw it: every CALL and SEND against its request schema, every
     * CALLRESULT against the response schema of the CALL with its id. CALLERRORs are reported, since a conforming
     * exchange has none.
     *
     * @param frames each a pair of (sentByChargePoint, text)
     * @param actionsSeen filled with "Action.req" / "Action.conf" of every frame checked
     * @return one line per problem
     */
    public List<String> checkConversation(List<Map.Entry<Boolean, String>> frames, @Nullable List<String> actionsSeen) {
        List<String> problems = new ArrayList<>();
        // a log may hold an answer before its call (the sender logs after the send returns): ids first
        Map<String, String> callActions = new HashMap<>();
        for (Map.Entry<Boolean, String> entry : frames) {
            try {
                JsonArray frame = JsonParser.parseString(entry.getValue()).getAsJsonArray();
                int type = frame.get(0).getAsInt();
                if (type == 2 || type == 6) {
                    callActions.put(entry.getKey() + frame.get(1).getAsString(), frame.get(2).getAsString());
                }
            } catch (RuntimeException e) {
                // reported below
            }
        }
        for (Map.Entry<Boolean, String> entry : frames) {
            String side = entry.getKey() ? "charge point" : "central system";
            String text = entry.getValue();
            JsonArray frame;
            try {
                frame = JsonParser.parseString(text).getAsJsonArray();
            } catch (RuntimeException e) {
                problems.add(side + " sent a frame that is no JSON array: " + text);
                continue;
            }
            int type = frame.get(0).getAsInt();
            String id = frame.get(1).getAsString();
            String action;
            boolean request;
            JsonElement payload;
            switch (type) {
                case 2, 6 -> {
                    action = frame.get(2).getAsString();
                    request = true;
                    payload = frame.get(3);
                }
                case 3 -> {
                    String called = callActions.get(!entry.getKey() + id);
                    if (called == null) {
                        problems.add(side + " answered an unknown call: " + text);
                        continue;
                    }
                    action = called;
                    request = false;
                    payload = frame.get(2);
                }
                default -> {
                    problems.add(side + " sent an error or unknown frame: " + text);
                    continue;
                }
            }
            if (actionsSeen != null) {
                actionsSeen.add(action + (request ? ".req" : ".conf"));
            }
            for (String violation : violations(action, request, payload.toString())) {
                problems.add(side + " " + action + (request ? " request " : " response ") + violation + " in "
                        + text);
            }
        }
        return problems;
    }
}
