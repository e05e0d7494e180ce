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

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map.Entry;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A plain HTTP client for the simulator tests (the JDK's, nothing of the binding) and the JSON shape check against
 * the examples written from the specification.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class VtnClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    VtnClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    HttpResponse<String> token(String id, String secret) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return form(form);
    }

    HttpResponse<String> form(String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)));
    }

    String accessToken(String id, String secret) throws IOException, InterruptedException {
        HttpResponse<String> response = token(id, secret);
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint said " + response.statusCode() + ": " + response.body());
        }
        return object(response).get("access_token").getAsString();
    }

    HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        return send(authorized(path, token).GET());
    }

    HttpResponse<String> post(String path, @Nullable String token, String json)
            throws IOException, InterruptedException {
        return send(authorized(path, token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)));
    }

    HttpResponse<String> put(String path, @Nullable String token, String json) throws IOException, InterruptedException {
        return send(authorized(path, token).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
    }

    HttpRequest.Builder authorized(String path, @Nullable String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    static JsonObject object(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonArray();
    }

    static JsonObject example(String name) throws IOException {
        try (InputStream in = VtnClient.class.getResourceAsStream("/openadr/" + name)) {
            if (in == null) {
                throw new IOException("no example " + name);
            }
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    /**
     * Fails unless {@code actual} has every member of {@code example} with the same kind of JSON value (object,
     * array, string, number, boolean), recursively; arrays are compared element by element with the example's
     * first element.
     */
    static void assertShape(JsonElement example, JsonElement actual, String where) {
        if (example.isJsonObject()) {
            if (!actual.isJsonObject()) {
                throw new AssertionError(where + ": expected an object, got " + actual);
            }
            for (Entry<String, JsonElement> member : example.getAsJsonObject().entrySet()) {
                JsonElement value = actual.getAsJsonObject().get(member.getKey());
                if (value == null) {
                    throw new AssertionError(where + ": missing member " + member.getKey() + " in " + actual);
                }
                assertShape(member.getValue(), value, where + "." + member.getKey());
            }
        } else if (example.isJsonArray()) {
            if (!actual.isJsonArray()) {
                throw new AssertionError(where + ": expected an array, got " + actual);
            }
            JsonArray examples = example.getAsJsonArray();
            JsonArray values = actual.getAsJsonArray();
            if (!examples.isEmpty()) {
                if (values.isEmpty()) {
                    throw new AssertionError(where + ": expected a non-empty array");
                }
                for (int i = 0; i < values.size(); i++) {
                    assertShape(examples.get(0), values.get(i), where + "[" + i + "]");
                }
            }
        } else if (example.isJsonPrimitive()) {
            var expected = example.getAsJsonPrimitive();
            if (!actual.isJsonPrimitive()) {
                throw new AssertionError(where + ": expected a primitive, got " + actual);
            }
            var value = actual.getAsJsonPrimitive();
            if (expected.isString() != value.isString() || expected.isNumber() != value.isNumber()
                    || expected.isBoolean() != value.isBoolean()) {
                throw new AssertionError(where + ": expected a value like " + expected + ", got " + value);
            }
        }
    }
}
