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
 * An npm project the tests run independent implementations from, installed from its committed lock file. CI
 * installs them with {@code npm ci} before the build; a plain {@code ./mvnw verify} on a fresh clone installs them
 * here on first use, so the interop tests never skip.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class NodeProject {
    /** {@code ocpp-interop/}: ocpp-rpc and the official OCPP schemas it ships. */
    public static final NodeProject OCPP_INTEROP = new NodeProject(Path.of("ocpp-interop"), "ocpp-rpc");
    /** {@code tools/simulator/echonet-interop/}: the echonet-lite package (the simulator's build installs it too). */
    public static final NodeProject ECHONET_INTEROP = new NodeProject(
            Path.of("../../tools/simulator/echonet-interop"), "echonet-lite");

    private final Path dir;
    private final String mainPackage;
    private boolean installed;

    private NodeProject(Path dir, String mainPackage) {
        this.dir = dir.toAbsolutePath().normalize();
        this.mainPackage = mainPackage;
    }

    /** The project directory with its packages installed. */
    public synchronized Path installed() {
        if (!installed && !Files.isRegularFile(dir.resolve("node_modules").resolve(mainPackage).resolve("package.json"))) {
            run(List.of(npm(), "ci", "--no-audit", "--no-fund"), 300);
        }
        installed = true;
        return dir;
    }

    public static Path schemaFile(String name) {
        return OCPP_INTEROP.installed().resolve("node_modules/ocpp-rpc/lib/schemas").resolve(name);
    }

    private static String npm() {
        return System.getProperty("os.name", "").toLowerCase().contains("win") ? "npm.cmd" : "npm";
    }

    private void run(List<String> command, long timeoutSeconds) {
        try {
            Path log = Files.createTempFile("npm", ".log");
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            if (!done || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed in " + dir + ":\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + " (are Node.js and npm installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
