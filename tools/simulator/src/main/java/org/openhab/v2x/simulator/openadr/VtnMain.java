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
package org.openhab.v2x.simulator.openadr;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonObject;

/**
 * Command line of the VTN simulator: {@code ./v2x simulate vtn --port 8081}. Prints the base URL and the client
 * credentials a VEN needs, then every report it receives, until stopped.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class VtnMain {

    static final String USAGE = """
            usage: ./v2x simulate vtn [options]
              --port 8081                   HTTP port (0: any free one)
              --bind 127.0.0.1              address to listen on
              --day-start today             start of the scripted day: today (local midnight) or an ISO instant
              --client-id v2x-ven           OAuth2 client id
              --client-secret v2x-ven-secret
              --token-lifetime 3600         seconds a token is valid
              --fault none                  none | connection-refused | unavailable-503 | unauthorized-401 |
                                            forbidden-403 | malformed-json | unknown-payload-type |
                                            overlapping-intervals | past-event
            """;

    private VtnMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args, Clock.systemDefaultZone());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.print(USAGE);
            return;
        }
        VtnSimulator simulator = new VtnSimulator(VtnScript.day(options.dayStart), Clock.systemUTC(), options.bind);
        simulator.credentials(options.clientId, options.clientSecret);
        simulator.tokenLifetime(options.tokenLifetime);
        simulator.start(options.port);
        simulator.fault(options.fault);
        describe(simulator, System.out);
        ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "vtn-simulator-reports");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger printed = new AtomicInteger();
        printer.scheduleWithFixedDelay(() -> printNewReports(simulator, printed, System.out), 1, 1, TimeUnit.SECONDS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            printer.shutdownNow();
            simulator.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /** What a VEN needs to connect: base URL, token URL, credentials, the script, a curl line to try it. */
    static void describe(VtnSimulator simulator, PrintStream out) {
        VtnScript script = simulator.script();
        out.println("OpenADR 3.0.1 VTN simulator");
        out.println("  VTN base URL:  " + simulator.baseUrl());
        out.println("  token URL:     " + simulator.tokenUrl() + "  (OAuth2 client credentials)");
        out.println("  client id:     " + simulator.clientId());
        out.println("  client secret: " + simulator.clientSecret());
        out.println("  day start:     " + script.dayStart());
        out.println("  programs:      " + VtnScript.TARIFF_PROGRAM_NAME + " (" + VtnScript.TARIFF_PROGRAM_ID
                + ": hourly PRICE, EXPORT_PRICE), " + VtnScript.FLEX_PROGRAM_NAME + " (" + VtnScript.FLEX_PROGRAM_ID
                + ": EXPORT_CAPACITY_LIMIT, SIMPLE with a report request, ALERT_GRID_EMERGENCY)");
        if (simulator.fault() != VtnFault.NONE) {
            out.println("  fault:         " + simulator.fault());
        }
        out.println("Try: curl -s -d grant_type=client_credentials -d client_id=" + simulator.clientId()
                + " -d client_secret=" + simulator.clientSecret() + " " + simulator.tokenUrl());
    }

    static void printNewReports(VtnSimulator simulator, AtomicInteger printed, PrintStream out) {
        List<JsonObject> reports = simulator.reports();
        for (int i = printed.get(); i < reports.size(); i++) {
            out.println("report received: " + reports.get(i));
        }
        printed.set(reports.size());
    }

    /** Parsed command line. */
    static final class Options {
        int port = 8081;
        String bind = VtnSimulator.LOOPBACK;
        Instant dayStart;
        String clientId = VtnSimulator.DEFAULT_CLIENT_ID;
        String clientSecret = VtnSimulator.DEFAULT_CLIENT_SECRET;
        Duration tokenLifetime = Duration.ofHours(1);
        VtnFault fault = VtnFault.NONE;
        boolean help;

        private final Clock clock;

        private Options(Clock clock) {
            this.clock = clock;
            this.dayStart = today(clock);
        }

        static Options parse(String[] args, Clock clock) {
            Options o = new Options(clock);
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if ("-h".equals(arg) || "--help".equals(arg)) {
                    o.help = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + arg);
                }
                o.set(arg, args[++i]);
            }
            return o;
        }

        private void set(String option, String value) {
            switch (option) {
                case "--port" -> port = (int) number(option, value, 0, 65535);
                case "--bind" -> bind = value;
                case "--day-start" -> dayStart = dayStart(value);
                case "--client-id" -> clientId = nonEmpty(option, value);
                case "--client-secret" -> clientSecret = nonEmpty(option, value);
                case "--token-lifetime" -> tokenLifetime = Duration.ofSeconds(number(option, value, 1, 86400 * 7));
                case "--fault" -> {
                    try {
                        fault = VtnFault.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("unknown fault " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }

        private Instant dayStart(String value) {
            if ("today".equals(value)) {
                return today(clock);
            }
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--day-start must be today or an ISO instant: " + value);
            }
        }

        private static Instant today(Clock clock) {
            ZoneId zone = clock.getZone();
            return LocalDate.now(clock).atStartOfDay(zone).toInstant();
        }

        private static long number(String option, String value, long min, long max) {
            try {
                long number = Long.parseLong(value.trim());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " must be an integer from " + min + " to " + max);
        }

        private static String nonEmpty(String option, String value) {
            if (value.isBlank()) {
                throw new IllegalArgumentException(option + " must not be empty");
            }
            return value;
        }
    }
}
