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
package org.openhab.v2x.sandbox.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Hashtable;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.v2x.bench.scenario.ScenarioFormatException;
import org.openhab.v2x.simulator.home.DefaultDay;
import org.openhab.v2x.simulator.home.Scenario;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Starts the sandbox run inside the framework. It registers the sandbox {@link Clock} at once, marked with
 * {@value #CLOCK_PROPERTY}={@value #SIMULATION_CLOCK}, so the automation bundle (started after this one) decides on
 * sandbox time, then runs the day on its own thread and reports the exit
 * code through the launcher's result future (a JDK type, shared across the framework boundary).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class SandboxActivator implements BundleActivator {

    /** Service property of the launcher's {@code CompletableFuture<Integer>} that takes the exit code. */
    public static final String RESULT_PROPERTY = "v2x.sandbox.result";
    /** The service property, and its value, by which the add-ons recognise the sandbox's clock. */
    static final String CLOCK_PROPERTY = "v2x.clock";
    static final String SIMULATION_CLOCK = "simulation";

    private @Nullable ServiceRegistration<Clock> clockRegistration;
    private @Nullable SandboxRun run;
    private @Nullable Thread thread;

    @Override
    public void start(BundleContext context) throws Exception {
        CompletableFuture<Integer> result = resultOf(context);
        SandboxSettings settings = SandboxSettings.from(context);
        Scenario scenario;
        try {
            scenario = scenario(settings);
        } catch (IOException | ScenarioFormatException | IllegalArgumentException e) {
            // one line: the reader's messages name the file and the line
            System.err.println("./v2x sandbox: cannot read the scenario " + settings.scenario() + ": " + e.getMessage());
            result.complete(2);
            return;
        }
        SandboxClock clock = new SandboxClock(scenario.start(), settings.speed(), scenario.offset());
        clockRegistration = context.registerService(Clock.class, clock, clockProperties());
        SandboxRun newRun = new SandboxRun(context, settings, scenario, clock, result);
        run = newRun;
        Thread newThread = new Thread(newRun, "v2x-sandbox");
        newThread.setDaemon(true);
        thread = newThread;
        newThread.start();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        SandboxRun current = run;
        if (current != null) {
            current.close();
        }
        Thread running = thread;
        if (running != null) {
            running.join(Duration.ofSeconds(10).toMillis());
        }
        ServiceRegistration<Clock> registration = clockRegistration;
        if (registration != null) {
            registration.unregister();
        }
    }

    /**
     * Marks the clock as the simulation's: the add-ons take a {@link Clock} service only with this property, so the
     * accelerated time reaches them on purpose and no other bundle's clock can.
     */
    static Hashtable<String, Object> clockProperties() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(CLOCK_PROPERTY, SIMULATION_CLOCK);
        return properties;
    }

    private static Scenario scenario(SandboxSettings settings) throws IOException, ScenarioFormatException {
        Path file = settings.scenario();
        Scenario scenario = file == null ? DefaultDay.scenario() : HomeScenarios.read(file);
        Double hours = settings.hours();
        return hours == null ? scenario : scenario.firstPart(Duration.ofSeconds(Math.round(hours * 3600)));
    }

    @SuppressWarnings("unchecked")
    private static CompletableFuture<Integer> resultOf(BundleContext context) throws InvalidSyntaxException {
        Collection<ServiceReference<CompletableFuture>> references = context
                .getServiceReferences(CompletableFuture.class, "(" + RESULT_PROPERTY + "=true)");
        for (ServiceReference<CompletableFuture> reference : references) {
            CompletableFuture<Integer> future = context.getService(reference);
            if (future != null) {
                return future;
            }
        }
        // started without the launcher (e.g. in another framework): nobody waits for the result
        return new CompletableFuture<>();
    }
}
