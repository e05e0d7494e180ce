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

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleContext;

/**
 * The launcher's options as the runner reads them from the {@code v2x.sandbox.*} framework properties.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
record SandboxSettings(@Nullable Path scenario, @Nullable Double hours, double speed, Path out, boolean keepRunning,
        int ocppPort, Map<String, String> acceptedChargers, boolean acceptAnyCharger, ChargerFamily charger) {

    private static final String PREFIX = "v2x.sandbox.";

    static SandboxSettings from(BundleContext context) {
        String scenario = context.getProperty(PREFIX + "scenario");
        String hours = context.getProperty(PREFIX + "hours");
        String speed = context.getProperty(PREFIX + "speed");
        String out = context.getProperty(PREFIX + "out");
        String port = context.getProperty(PREFIX + "ocppPort");
        Map<String, String> chargers = new LinkedHashMap<>();
        String accepted = context.getProperty(PREFIX + "acceptChargers");
        if (accepted != null) {
            for (String line : accepted.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    chargers.put(line.substring(0, colon), line.substring(colon + 1));
                }
            }
        }
        return new SandboxSettings(scenario == null ? null : Path.of(scenario),
                hours == null ? null : Double.valueOf(hours), speed == null ? 1440 : Double.parseDouble(speed),
                Path.of(out == null ? "sandbox-out" : out),
                Boolean.parseBoolean(context.getProperty(PREFIX + "keepRunning")),
                port == null ? 0 : Integer.parseInt(port), chargers,
                Boolean.parseBoolean(context.getProperty(PREFIX + "acceptAnyCharger")),
                ChargerFamily.of(Objects.requireNonNullElse(context.getProperty(PREFIX + "charger"), "ocpp")));
    }
}
