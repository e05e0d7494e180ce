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
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.v2x.internal.ocpp.schema.NodeProject;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A node script of an npm project, run as a peer in a test: it reports what happens as JSON lines with an
 * {@code "event"} member on its standard output and takes commands as lines on its standard input.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class NodeScript implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Writer stdin;
    private final List<JsonObject> events = new CopyOnWriteArrayList<>();
    private final List<String> otherOutput = new CopyOnWriteArrayList<>();
    private final Path stderr;

    NodeScript(NodeProject project, String script, String... arguments) throws IOException {
        Path dir = project.installed();
        name = script;
        stderr = Files.createTempFile(script, ".err");
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        process = new ProcessBuilder(command).directory(dir.toFile()).redirectError(stderr.toFile()).start();
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::read, "node-" + script);
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

    boolean has(String event, Predicate<JsonObject> test) {
        return events(event).stream().anyMatch(test);
    }

    void send(String line) throws IOException {
        stdin.write(line + "\n");
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
        return "alive " + process.isAlive() + "; events " + events + "; stdout " + otherOutput + "; stderr " + errors;
    }

    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not end: " + diagnostics());
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
