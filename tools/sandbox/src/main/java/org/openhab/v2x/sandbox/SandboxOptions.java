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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The sandbox's command line. Handed to the runner inside the framework as {@code v2x.sandbox.*} framework
 * properties (plain strings cross the framework boundary safely).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class SandboxOptions {

    public static final String PREFIX = "v2x.sandbox.";
    public static final double DEFAULT_SPEED = 1440;
    /** The values of {@code --charger}. */
    public static final List<String> CHARGERS = List.of("ocpp", "quasar");

    public static final String USAGE = """
            Usage: ./v2x sandbox [options]
              --charger FAMILY         the simulated charger the day runs through: ocpp (default: an OCPP 2.1
                                       charge point) or quasar (a Wallbox Quasar 2 over Modbus TCP)
              --scenario FILE          replay a scenario CSV (default: the built-in summer day)
              --hours H                simulate only the first H hours (default: the whole scenario)
              --speed X                pace: at most X simulated seconds per real second (default 1440: a day in
                                       a minute); the day's figures are the same at any speed
              --out DIR                where sandbox.csv, sandbox.png and summary.txt go (default: sandbox-out)
              --keep-running           keep the sandbox up after the day; Ctrl-C ends it
              --ocpp-port P            port of the OCPP server (default: a free port)
              --accept-charger ID:PASSWORD  accept an external charge point as an extra charger thing (repeatable)
              --accept-any-charger     security profile 0 (no credentials), and approve every charger offered in the
                                       inbox automatically (sandbox only)
              --log-level LEVEL        log level of the bundles: error, warn (default), info, debug
              --bundles DIR            bundles to boot (default: found next to the sandbox jar)
              --help                   this text
            """;

    private @Nullable Path scenario;
    private @Nullable Double hours;
    private double speed = DEFAULT_SPEED;
    private Path out = Path.of("sandbox-out");
    private boolean keepRunning;
    private int ocppPort;
    private final Map<String, String> acceptedChargers = new LinkedHashMap<>();
    private boolean acceptAnyCharger;
    private String charger = "ocpp";
    private String logLevel = "warn";
    private @Nullable Path bundles;
    private boolean help;

    /** @throws IllegalArgumentException with a message for the user */
    public static SandboxOptions parse(String... args) {
        SandboxOptions options = new SandboxOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--charger" -> options.charger = charger(value(args, ++i, arg));
                case "--scenario" -> options.scenario = Path.of(value(args, ++i, arg));
                case "--hours" -> options.hours = positive(arg, value(args, ++i, arg));
                case "--speed" -> options.speed = positive(arg, value(args, ++i, arg));
                case "--out" -> options.out = Path.of(value(args, ++i, arg));
                case "--keep-running" -> options.keepRunning = true;
                case "--ocpp-port" -> options.ocppPort = port(value(args, ++i, arg));
                case "--accept-charger" -> {
                    String spec = value(args, ++i, arg);
                    int colon = spec.indexOf(':');
                    if (colon < 1 || colon == spec.length() - 1) {
                        throw new IllegalArgumentException("--accept-charger needs ID:PASSWORD, got '" + spec + "'");
                    }
                    options.acceptedChargers.put(spec.substring(0, colon), spec.substring(colon + 1));
                }
                case "--accept-any-charger" -> options.acceptAnyCharger = true;
                case "--log-level" -> options.logLevel = value(args, ++i, arg).toLowerCase(Locale.ROOT);
                case "--bundles" -> options.bundles = Path.of(value(args, ++i, arg));
                case "--help", "-h" -> options.help = true;
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        if (!"ocpp".equals(options.charger)
                && (options.ocppPort > 0 || !options.acceptedChargers.isEmpty() || options.acceptAnyCharger)) {
            // the OCPP server thing exists only in the OCPP sandbox
            throw new IllegalArgumentException(
                    "--ocpp-port, --accept-charger and --accept-any-charger need --charger ocpp");
        }
        if (!List.of("error", "warn", "info", "debug", "trace").contains(options.logLevel)) {
            throw new IllegalArgumentException("--log-level must be error, warn, info or debug");
        }
        return options;
    }

    /** The options the runner needs, as framework properties. */
    public Map<String, String> frameworkProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        Path file = scenario;
        if (file != null) {
            properties.put(PREFIX + "scenario", file.toAbsolutePath().toString());
        }
        Double limit = hours;
        if (limit != null) {
            properties.put(PREFIX + "hours", limit.toString());
        }
        properties.put(PREFIX + "speed", Double.toString(speed));
        properties.put(PREFIX + "out", out.toAbsolutePath().toString());
        properties.put(PREFIX + "keepRunning", Boolean.toString(keepRunning));
        properties.put(PREFIX + "ocppPort", Integer.toString(ocppPort));
        List<String> chargers = new ArrayList<>();
        acceptedChargers.forEach((id, password) -> chargers.add(id + ":" + password));
        properties.put(PREFIX + "acceptChargers", String.join("\n", chargers));
        properties.put(PREFIX + "acceptAnyCharger", Boolean.toString(acceptAnyCharger));
        properties.put(PREFIX + "charger", charger);
        return properties;
    }

    public double speed() {
        return speed;
    }

    public @Nullable Double hours() {
        return hours;
    }

    public Path out() {
        return out;
    }

    public boolean keepRunning() {
        return keepRunning;
    }

    /** The simulated charger's family, one of {@link #CHARGERS}. */
    public String charger() {
        return charger;
    }

    public String logLevel() {
        return logLevel;
    }

    public @Nullable Path scenario() {
        return scenario;
    }

    public @Nullable Path bundles() {
        return bundles;
    }

    public boolean help() {
        return help;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static double positive(String option, String text) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a number above 0, got '" + text + "'");
    }

    private static String charger(String text) {
        String family = text.toLowerCase(Locale.ROOT);
        if (!CHARGERS.contains(family)) {
            throw new IllegalArgumentException(
                    "--charger needs one of " + String.join(", ", CHARGERS) + ", got '" + text + "'");
        }
        return family;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--ocpp-port needs a port 1..65535, got '" + text + "'");
    }
}
