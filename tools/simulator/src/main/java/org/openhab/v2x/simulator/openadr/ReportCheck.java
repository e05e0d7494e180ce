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
package org.openhab.v2x.simulator.openadr;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.v2x.simulator.openadr.Oadr3.Event;
import org.openhab.v2x.simulator.openadr.Oadr3.Program;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Checks a report a VEN sends against the {@code report} schema of OpenADR 3.0.1 (required members, types,
 * lengths) and against the VTN's programs and events, so that a test sees a VEN's malformed report as a 400.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class ReportCheck {

    private static final int MAX_NAME = 128;

    private ReportCheck() {
    }

    /** What is wrong with {@code report}, or null when it is a valid report on a known program and event. */
    static @Nullable String problem(JsonObject report, List<Program> programs, List<Event> events) {
        String programId = string(report, "programID");
        if (programId == null) {
            return "programID must be a string of 1 to 128 characters";
        }
        String eventId = string(report, "eventID");
        if (eventId == null) {
            return "eventID must be a string of 1 to 128 characters";
        }
        if (string(report, "clientName") == null) {
            return "clientName must be a string of 1 to 128 characters";
        }
        if (programs.stream().noneMatch(p -> p.id().equals(programId))) {
            return "unknown programID " + programId;
        }
        if (events.stream().noneMatch(e -> e.id().equals(eventId) && e.programID().equals(programId))) {
            return "unknown eventID " + eventId + " in program " + programId;
        }
        JsonArray resources = array(report, "resources");
        if (resources == null) {
            return "resources must be an array";
        }
        for (JsonElement resource : resources) {
            String problem = resourceProblem(resource);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static @Nullable String resourceProblem(JsonElement element) {
        if (!element.isJsonObject()) {
            return "each resource must be an object";
        }
        JsonObject resource = element.getAsJsonObject();
        if (string(resource, "resourceName") == null) {
            return "resourceName must be a string of 1 to 128 characters";
        }
        JsonArray intervals = array(resource, "intervals");
        if (intervals == null) {
            return "intervals of resource " + string(resource, "resourceName") + " must be an array";
        }
        for (JsonElement interval : intervals) {
            if (!interval.isJsonObject() || !isInteger(interval.getAsJsonObject().get("id"))) {
                return "each interval needs an integer id";
            }
            JsonArray payloads = array(interval.getAsJsonObject(), "payloads");
            if (payloads == null) {
                return "each interval needs a payloads array";
            }
            for (JsonElement payload : payloads) {
                if (!payload.isJsonObject() || string(payload.getAsJsonObject(), "type") == null
                        || array(payload.getAsJsonObject(), "values") == null) {
                    return "each payload needs a type and a values array";
                }
            }
        }
        return null;
    }

    /** The member as a string of 1 to 128 characters, or null. */
    static @Nullable String string(JsonObject object, String member) {
        JsonElement value = object.get(member);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            return null;
        }
        String text = value.getAsString();
        return text.isEmpty() || text.length() > MAX_NAME ? null : text;
    }

    private static @Nullable JsonArray array(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : null;
    }

    private static boolean isInteger(@Nullable JsonElement value) {
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return false;
        }
        double number = value.getAsDouble();
        return number == Math.rint(number);
    }
}
