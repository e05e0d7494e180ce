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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A V2H unit played by the independent npm package {@code echonet-lite} in a node process
 * ({@code tools/simulator/echonet-interop/device.js}, the project the simulator's build installs with {@code npm ci};
 * installed here from the same lock file when this module is built alone). It reports what it receives and its
 * state as JSON lines and runs its battery on simulated time when told to.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class NodeV2hUnit implements AutoCloseable {

    static final Path DIR = Path.of("../../tools/simulator/echonet-interop").toAbsolutePath().normalize();

    private final Process process;
    private final Writer stdin;
    private final List<JsonObject> events = new CopyOnWriteArrayList<>();
    private final List<String> otherOutput = new CopyOnWriteArrayList<>();
    private final Path stderr;

    /**
     * @param address the unit's own loopback address (the controller holds the port on the wildcard address)
     * @param port the port both sides use instead of 3610
     * @param release "pre-p" (power through DA with EB/EC) or "signed" (the Set map lists E0)
     */
    NodeV2hUnit(String address, int port, String release) throws IOException {
        installed();
        stderr = Files.createTempFile("v2h-unit", ".err");
        process = new ProcessBuilder("node", "device.js", address, Integer.toString(port), release)
                .directory(DIR.toFile()).redirectError(stderr.toFile()).start();
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::read, "node-v2h-unit");
        reader.setDaemon(true);
        reader.start();
    }

    private static synchronized void installed() throws IOException {
        if (Files.isRegularFile(DIR.resolve("node_modules/echonet-lite/package.json"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(DIR.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!npm.waitFor(300, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IOException("npm ci failed in " + DIR + " (are Node.js and npm installed?)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
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

    List<JsonObject> events(String event) {
        return events.stream().filter(e -> event.equals(e.get("event").getAsString())).toList();
    }

    boolean has(String event, Predicate<JsonObject> test) {
        return events(event).stream().anyMatch(test);
    }

    /** The power of the last reported state (W, + charges), or 0 before any. */
    int powerW() {
        List<JsonObject> states = events("state");
        return states.isEmpty() ? 0 : states.get(states.size() - 1).get("powerW").getAsInt();
    }

    /** Runs the battery for the given simulated time. */
    void advance(long seconds) throws IOException {
        stdin.write("advance " + seconds + "\n");
        stdin.flush();
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
