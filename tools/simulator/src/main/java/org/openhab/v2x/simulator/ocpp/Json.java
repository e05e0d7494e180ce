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
import java.time.format.DateTimeParseException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Reading payload fields with the checks OCPP asks for: a missing required field is an
 * OccurrenceConstraintViolation, a field of the wrong JSON type a TypeConstraintViolation.
 */
@NonNullByDefault
final class Json {

    private Json() {
    }

    static JsonObject object(JsonObject parent, String name) throws OcppError {
        JsonElement value = required(parent, name);
        if (!value.isJsonObject()) {
            throw typeError(name, "an object");
        }
        return value.getAsJsonObject();
    }

    static @Nullable JsonObject optionalObject(JsonObject parent, String name) throws OcppError {
        return parent.has(name) ? object(parent, name) : null;
    }

    static JsonArray array(JsonObject parent, String name) throws OcppError {
        JsonElement value = required(parent, name);
        if (!value.isJsonArray()) {
            throw typeError(name, "an array");
        }
        return value.getAsJsonArray();
    }

    static String string(JsonObject parent, String name) throws OcppError {
        JsonElement value = required(parent, name);
        if (!(value instanceof JsonPrimitive p) || !p.isString()) {
            throw typeError(name, "a string");
        }
        return p.getAsString();
    }

    static @Nullable String optionalString(JsonObject parent, String name) throws OcppError {
        return parent.has(name) ? string(parent, name) : null;
    }

    static double number(JsonObject parent, String name) throws OcppError {
        JsonElement value = required(parent, name);
        if (!(value instanceof JsonPrimitive p) || !p.isNumber()) {
            throw typeError(name, "a number");
        }
        double number = p.getAsDouble();
        if (!Double.isFinite(number)) {
            throw typeError(name, "a finite number");
        }
        return number;
    }

    static @Nullable Double optionalNumber(JsonObject parent, String name) throws OcppError {
        return parent.has(name) ? number(parent, name) : null;
    }

    static int integer(JsonObject parent, String name) throws OcppError {
        double value = number(parent, name);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw typeError(name, "an integer");
        }
        return (int) value;
    }

    static @Nullable Integer optionalInteger(JsonObject parent, String name) throws OcppError {
        return parent.has(name) ? integer(parent, name) : null;
    }

    static boolean bool(JsonObject parent, String name, boolean fallback) throws OcppError {
        if (!parent.has(name)) {
            return fallback;
        }
        JsonElement value = parent.get(name);
        if (!(value instanceof JsonPrimitive p) || !p.isBoolean()) {
            throw typeError(name, "a boolean");
        }
        return p.getAsBoolean();
    }

    static @Nullable Instant optionalTime(JsonObject parent, String name) throws OcppError {
        String text = optionalString(parent, name);
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new OcppError(OcppError.FORMAT_VIOLATION, name + " is not an RFC 3339 date-time: " + text);
        }
    }

    private static JsonElement required(JsonObject parent, String name) throws OcppError {
        JsonElement value = parent.get(name);
        if (value == null || value.isJsonNull()) {
            throw new OcppError(OcppError.OCCURRENCE_CONSTRAINT_VIOLATION, "required field '" + name + "' missing");
        }
        return value;
    }

    private static OcppError typeError(String name, String expected) {
        return new OcppError(OcppError.TYPE_CONSTRAINT_VIOLATION, "field '" + name + "' must be " + expected);
    }
}
