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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The npm project in {@code ocpp-interop/}: the independent OCPP implementation (ocpp-rpc) and the official schemas
 * it ships. CI installs it with {@code npm ci} before the build; a plain {@code ./mvnw verify} on a fresh clone
 * installs it here from the committed lock file, so the conformance tests never skip.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class NodeProject {
    public static final Path DIR = Path.of("ocpp-interop").toAbsolutePath();

    private static boolean installed;

    private NodeProject() {
    }

    /** The project directory with its packages installed. */
    public static synchronized Path installed() {
        if (!installed && !Files.isRegularFile(DIR.resolve("node_modules/ocpp-rpc/package.json"))) {
            run(List.of(npm(), "ci", "--no-audit", "--no-fund"), 300);
        }
        installed = true;
        return DIR;
    }

    public static Path schemaFile(String name) {
        return installed().resolve("node_modules/ocpp-rpc/lib/schemas").resolve(name);
    }

    private static String npm() {
        return System.getProperty("os.name", "").toLowerCase().contains("win") ? "npm.cmd" : "npm";
    }

    private static void run(List<String> command, long timeoutSeconds) {
        try {
            Path log = Files.createTempFile("npm", ".log");
            Process process = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            if (!done || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed in " + DIR + ":\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + " (are Node.js and npm installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
