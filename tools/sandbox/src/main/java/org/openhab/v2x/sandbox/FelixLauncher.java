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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Boots the OSGi framework through the standard launch API, installs the bundles and waits for the runner's exit
 * code. Start order matters once: the runner bundle registers the sandbox clock before the add-ons start, so their
 * rules use sandbox time from the first decision on.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class FelixLauncher {

    private static final String RUNNER_RESULT = "v2x.sandbox.result";
    private static final List<String> ADD_ONS = List.of("org.openhab.binding.v2x", "org.openhab.automation.v2x");
    private static final long STOP_TIMEOUT_MILLIS = 15_000;
    /** Started first: slf4j finds its provider through SPI Fly only when both run before anything logs. */
    private static final List<String> LOGGING = List.of("org.apache.aries.spifly.dynamic.bundle", "slf4j.simple");
    /** SPI Fly reports every provider at INFO through java.util.logging; held so the level sticks. */
    private static final java.util.logging.Logger SPI_FLY_LOG = java.util.logging.Logger
            .getLogger("org.apache.aries.spifly");

    private final SandboxOptions options;
    private final Path bundles;
    private final Path runner;

    FelixLauncher(SandboxOptions options, Path bundles, Path runner) {
        this.options = options;
        this.bundles = bundles;
        this.runner = runner;
    }

    int launch() throws IOException, InterruptedException {
        // slf4j-simple reads its settings from system properties; keep the status stream readable
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", options.logLevel());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        // Jetty 9.4 inside the framework logs through its own stderr logger
        System.setProperty("org.eclipse.jetty.LEVEL", options.logLevel().equals("error") ? "WARN"
                : options.logLevel().toUpperCase(java.util.Locale.ROOT));
        System.setProperty("org.eclipse.jetty.util.log.announce", "false");
        SPI_FLY_LOG.setLevel(java.util.logging.Level.WARNING);
        Path storage = Files.createTempDirectory("v2x-sandbox-felix");
        Map<String, String> properties = new HashMap<>(options.frameworkProperties());
        properties.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("felix.log.level", "1");

        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"))
                .newFramework(properties);
        Thread shutdown = new Thread(() -> stop(framework, storage), "v2x-sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        CompletableFuture<Integer> result = new CompletableFuture<>();
        try {
            framework.init();
            BundleContext context = framework.getBundleContext();
            Hashtable<String, Object> resultProperties = new Hashtable<>();
            resultProperties.put(RUNNER_RESULT, "true");
            context.registerService(CompletableFuture.class, result, resultProperties);
            framework.start();
            List<Bundle> installed = install(context);
            System.out.println("Booting Apache Felix with " + installed.size() + " bundles from " + bundles);
            start(installed);
            int code = await(result);
            if (code == 0 && options.keepRunning()) {
                framework.waitForStop(0);
            }
            return code;
        } catch (BundleException e) {
            throw new IllegalStateException("the framework did not start: " + e.getMessage(), e);
        } finally {
            stop(framework, storage);
            try {
                Runtime.getRuntime().removeShutdownHook(shutdown);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    private List<Bundle> install(BundleContext context) throws IOException, BundleException {
        List<Bundle> installed = new ArrayList<>();
        List<Path> jars;
        try (Stream<Path> files = Files.list(bundles)) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted(Comparator.naturalOrder()).toList();
        }
        for (Path jar : jars) {
            installed.add(context.installBundle(jar.toUri().toString()));
        }
        // a directory (classes in tests) is installed in place
        installed.add(context.installBundle("reference:" + runner.toUri()));
        return installed;
    }

    /** Libraries and the host first, then the runner (registers the clock), then the add-ons. */
    private void start(List<Bundle> installed) throws BundleException {
        List<Bundle> runners = new ArrayList<>();
        List<Bundle> addOns = new ArrayList<>();
        for (String name : LOGGING) {
            for (Bundle bundle : installed) {
                if (name.equals(bundle.getSymbolicName())) {
                    bundle.start();
                }
            }
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            String name = bundle.getSymbolicName();
            if (LOGGING.contains(name)) {
                continue;
            } else if (ADD_ONS.contains(name)) {
                addOns.add(bundle);
            } else if (bundle.getHeaders().get(Constants.BUNDLE_ACTIVATOR) != null
                    && String.valueOf(bundle.getHeaders().get(Constants.BUNDLE_ACTIVATOR)).startsWith("org.openhab.v2x.sandbox")) {
                runners.add(bundle);
            } else {
                bundle.start();
            }
        }
        for (Bundle bundle : runners) {
            bundle.start();
        }
        for (Bundle bundle : addOns) {
            bundle.start();
        }
    }

    private int await(CompletableFuture<Integer> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            System.err.println("Sandbox run failed: " + e.getCause());
            return 1;
        }
    }

    private static void stop(Framework framework, Path storage) {
        try {
            if (framework.getState() == Bundle.ACTIVE || framework.getState() == Bundle.STARTING) {
                framework.stop();
                framework.waitForStop(STOP_TIMEOUT_MILLIS);
            }
        } catch (BundleException e) {
            System.err.println("Stopping the framework: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(storage);
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
