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
import java.security.CodeSource;

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
            System.err.println(e.getMessage());
            System.err.print(SandboxOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            System.out.print(SandboxOptions.USAGE);
            return 0;
        }
        try {
            Path runner = runnerLocation();
            Path bundles = bundlesDirectory(options, runner);
            int code = new FelixLauncher(options, bundles, runner).launch();
            Path csv = options.out().resolve("sandbox.csv");
            if (Files.isRegularFile(csv)) {
                SandboxPlot.draw(csv, options.out().resolve("sandbox.png"));
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
