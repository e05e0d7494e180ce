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

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * A JSON value with the line it starts on, so that profile errors can name the line. Gson's tree model forgets
 * positions, hence this small reader on top of Gson's streaming reader.
 *
 * @param value a {@code Map<String, JsonNode>}, {@code List<JsonNode>}, {@code String}, {@code Double},
 *            {@code Boolean} or null
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
record JsonNode(@Nullable Object value, int line, String path) {

    private static final Pattern LINE = Pattern.compile(" at line (\\d+) ");

    /** Reads a whole JSON document; trailing content is an error. */
    static JsonNode parse(String text) throws ProfileException {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            JsonNode root = read(reader, "");
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new ProfileException("", line(reader), "unexpected content after the profile");
            }
            return root;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new ProfileException("", lineOf(e.getMessage()), "not valid JSON: " + e.getMessage());
        }
    }

    private static JsonNode read(JsonReader reader, String path) throws IOException {
        JsonToken token = reader.peek();
        int line = line(reader);
        switch (token) {
            case BEGIN_OBJECT -> {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    if (fields.containsKey(name)) {
                        throw new IOException("duplicate field " + child + " at line " + line(reader) + " ");
                    }
                    fields.put(name, read(reader, child));
                }
                reader.endObject();
                return new JsonNode(fields, line, path);
            }
            case BEGIN_ARRAY -> {
                List<JsonNode> items = new ArrayList<>();
                reader.beginArray();
                int index = 0;
                while (reader.hasNext()) {
                    items.add(read(reader, path + "[" + index++ + "]"));
                }
                reader.endArray();
                return new JsonNode(items, line, path);
            }
            case STRING -> {
                return new JsonNode(reader.nextString(), line, path);
            }
            case NUMBER -> {
                return new JsonNode(reader.nextDouble(), line, path);
            }
            case BOOLEAN -> {
                return new JsonNode(reader.nextBoolean(), line, path);
            }
            case NULL -> {
                reader.nextNull();
                return new JsonNode(null, line, path);
            }
            default -> throw new IOException("unexpected " + token + " at line " + line + " ");
        }
    }

    private static int line(JsonReader reader) {
        // Gson tells the position only in its description: "JsonReader at line L column C path P"
        return lineOf(reader.toString());
    }

    private static int lineOf(@Nullable String text) {
        if (text == null) {
            return 1;
        }
        Matcher matcher = LINE.matcher(text + " ");
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
    }
}
