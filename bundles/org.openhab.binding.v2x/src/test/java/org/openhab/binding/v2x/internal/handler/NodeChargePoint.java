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
package org.openhab.binding.v2x.internal.handler;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.schema.NodeProject;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A charge point played by ocpp-rpc in strict mode ({@code ocpp-interop/charge-point.js}) in a node process; its
 * reports (one JSON object per line) are collected as they come.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class NodeChargePoint implements AutoCloseable {
    private final Process process;
    private final Writer stdin;
    private final List<JsonObject> events = new CopyOnWriteArrayList<>();
    private final List<String> otherOutput = new CopyOnWriteArrayList<>();
    private final Path stderr;

    NodeChargePoint(String url, String chargePointId, String password, String subprotocol) throws IOException {
        Path dir = NodeProject.installed();
        stderr = Files.createTempFile("charge-point", ".err");
        process = new ProcessBuilder("node", "charge-point.js", url, chargePointId, password, subprotocol)
                .directory(dir.toFile()).redirectError(stderr.toFile()).start();
        stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::read, "node-" + chargePointId);
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                try {
                    events.add(JsonParser.parseString(line).getAsJsonObject());
                } catch (RuntimeException e) {
                    otherOutput.add(line);
                }
            }
        } catch (IOException e) {
            otherOutput.add("stdout closed: " + e);
        }
    }

    List<JsonObject> events() {
        return List.copyOf(events);
    }

    List<JsonObject> events(String event) {
        return events.stream().filter(e -> event.equals(e.get("event").getAsString())).toList();
    }

    /** The CALLs the server made of the given action, in order, each with "params" and "result". */
    List<JsonObject> calls(String method) {
        return events("call").stream().filter(e -> method.equals(e.get("method").getAsString())).toList();
    }

    @Nullable
    JsonObject result(String method) {
        return events("result").stream().filter(e -> method.equals(e.get("method").getAsString()))
                .map(e -> e.getAsJsonObject("result")).findFirst().orElse(null);
    }

    boolean has(String event, Predicate<JsonObject> test) {
        return events(event).stream().anyMatch(test);
    }

    void send(String command) throws IOException {
        stdin.write(command + "\n");
        stdin.flush();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What the process said besides its reports, for failure messages. */
    String diagnostics() {
        String errors;
        try {
            errors = Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors = e.toString();
        }
        return "events " + events + "; stdout " + otherOutput + "; stderr " + errors;
    }

    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the node charge point did not end: " + diagnostics());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(stderr);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // a temp file left behind
        }
    }
}
