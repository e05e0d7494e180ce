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
package org.openhab.v2x.sandbox;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code ./v2x sandbox}: boots Apache Felix with the V2X add-ons, the test host and the simulators, runs a
 * simulated day and draws it. Plain Java; only the framework jar and this jar are on the class path.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the sandbox; returns the exit code (0: every thing went ONLINE and the run completed). */
    public static int run(String... args) {
        System.setProperty("java.awt.headless", "true");
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("./v2x sandbox: " + e.getMessage() + " (./v2x sandbox --help lists the options)");
            return 2;
        }
        if (options.help()) {
            System.out.print(SandboxOptions.USAGE);
            return 0;
        }
        String unreadable = unreadableScenario(options.scenario());
        if (unreadable != null) {
            System.err.println("./v2x sandbox: " + unreadable);
            return 2;
        }
        try {
            Path runner = runnerLocation();
            Path bundles = bundlesDirectory(options, runner);
            // whole seconds: some file systems keep modification times no finer
            FileTime launched = FileTime.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
            int code = new FelixLauncher(options, bundles, runner).launch();
            Path csv = options.out().resolve("sandbox.csv");
            // only what this run wrote: a failed run leaves an earlier run's files alone and does not claim them
            if (Files.isRegularFile(csv) && Files.getLastModifiedTime(csv).compareTo(launched) >= 0) {
                SandboxPlot.draw(csv, options.out().resolve("sandbox.png"), options.charger());
                System.out.println("Wrote " + csv + ", " + options.out().resolve("sandbox.png") + " and "
                        + options.out().resolve("summary.txt"));
            }
            return code;
        } catch (IOException | IllegalStateException e) {
            System.err.println("Sandbox failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** Why the scenario file cannot be read, in one line naming it; null when it can (or none is given). */
    static @Nullable String unreadableScenario(@Nullable Path scenario) {
        if (scenario == null) {
            return null;
        }
        if (!Files.exists(scenario)) {
            return "scenario file " + scenario + " does not exist";
        }
        if (!Files.isRegularFile(scenario) || !Files.isReadable(scenario)) {
            return "scenario file " + scenario + " is not a readable file";
        }
        return null;
    }

    /** This jar (or the classes directory in tests): it is also the runner bundle. */
    private static Path runnerLocation() {
        CodeSource source = SandboxMain.class.getProtectionDomain().getCodeSource();
        try {
            if (source == null) {
                throw new IllegalStateException("cannot tell where the sandbox classes come from");
            }
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the sandbox jar: " + e.getMessage(), e);
        }
    }

    private static Path bundlesDirectory(SandboxOptions options, Path runner) {
        Path configured = options.bundles();
        if (configured == null) {
            String property = System.getProperty("sandbox.bundles");
            configured = property == null ? null : Path.of(property);
        }
        @Nullable
        Path parent = runner.getParent();
        Path bundles = configured != null ? configured
                : (parent == null ? Path.of("sandbox", "bundles") : parent.resolve("sandbox").resolve("bundles"));
        if (!Files.isDirectory(bundles)) {
            throw new IllegalStateException("no bundles in " + bundles + "; build the sandbox first: "
                    + "./mvnw -B -pl tools/sandbox install");
        }
        return bundles;
    }
}
