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
package org.openhab.v2x.simulator.quasar;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;
import org.openhab.v2x.simulator.ocpp.SimulatorClock;

/**
 * Command line of the Quasar simulator: {@code ./v2x simulate quasar --port 1502}.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class QuasarMain {

    static final String USAGE = """
            usage: ./v2x simulate quasar [options]
              --port 1502                   Modbus TCP port (a real Quasar uses 502, which needs root)
              --bind 127.0.0.1              address to listen on
              --capacity-kwh 40             battery capacity
              --soc 50                      initial state of charge, %
              --max-w 7400                  car's max charge and discharge power
              --soc-floor 10                car refuses to discharge below this SoC, %
              --min-write-interval-ms 0     ignore writes sooner than this after the last one (real charger: ~2500)
              --misbehave MODE              none | exception | empty-reads | timeout
              --unplugged                   start without a car
              --status-interval 5           seconds between status lines
            """;

    private QuasarMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
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
        SimulatedCar car = new SimulatedCar(options.capacityKwh * 1000, options.socPct).withMaxChargeW(options.maxW)
                .withMaxDischargeW(options.maxW).withSocFloorPercent(options.socFloorPct);
        QuasarSimulator simulator = new QuasarSimulator(options.bind, options.port, car, SimulatorClock.system());
        simulator.minWriteInterval(Duration.ofMillis(options.minWriteIntervalMs));
        simulator.misbehave(options.misbehaviour);
        simulator.plug(!options.unplugged);
        simulator.start();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "quasar-simulator-ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(simulator::tick, 1, 1, TimeUnit.SECONDS);
        ticker.scheduleWithFixedDelay(() -> status(simulator, System.out), options.statusIntervalS,
                options.statusIntervalS, TimeUnit.SECONDS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ticker.shutdownNow();
            simulator.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    static void status(QuasarSimulator simulator, PrintStream out) {
        SimulatedCar car = simulator.car();
        out.printf(Locale.ROOT, "%s quasar:%d owner %s state %2d SoC %5.1f %% P %6.0f W setpoint %6d W%n",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), simulator.port(),
                simulator.controlOwner() == 1 ? "remote" : "user  ", simulator.stateCode(), car.getSocPercent(),
                car.getPowerW(), simulator.powerSetpointW());
    }

    /** Parsed command line. */
    static final class Options {
        int port = 1502;
        String bind = "127.0.0.1";
        double capacityKwh = 40;
        double socPct = 50;
        double maxW = 7400;
        double socFloorPct = 10;
        long minWriteIntervalMs;
        QuasarMisbehaviour misbehaviour = QuasarMisbehaviour.NONE;
        boolean unplugged;
        long statusIntervalS = 5;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "-h", "--help" -> o.help = true;
                    case "--unplugged" -> o.unplugged = true;
                    default -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value after " + arg);
                        }
                        String value = args[++i];
                        try {
                            o.set(arg, value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("not a number for " + arg + ": " + value);
                        }
                    }
                }
            }
            return o;
        }

        private void set(String option, String value) {
            switch (option) {
                case "--port" -> port = range(option, Integer.parseInt(value), 0, 65535);
                case "--bind" -> bind = value;
                case "--capacity-kwh" -> capacityKwh = positive(option, Double.parseDouble(value));
                case "--soc" -> socPct = range(option, Double.parseDouble(value), 0, 100);
                case "--max-w" -> maxW = range(option, Double.parseDouble(value), 0, 7400);
                case "--soc-floor" -> socFloorPct = range(option, Double.parseDouble(value), 0, 100);
                case "--min-write-interval-ms" -> minWriteIntervalMs = range(option, Long.parseLong(value), 0, 60000);
                case "--status-interval" -> statusIntervalS = range(option, Long.parseLong(value), 1, 3600);
                case "--misbehave" -> {
                    try {
                        misbehaviour = QuasarMisbehaviour
                                .valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("unknown misbehaviour " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }

        private static int range(String option, int value, int min, int max) {
            return (int) range(option, (long) value, min, max);
        }

        private static long range(String option, long value, long min, long max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(option + " must be " + min + ".." + max);
            }
            return value;
        }

        private static double range(String option, double value, double min, double max) {
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(option + " must be " + min + ".." + max);
            }
            return value;
        }

        private static double positive(String option, double value) {
            if (!(value > 0)) {
                throw new IllegalArgumentException(option + " must be above 0");
            }
            return value;
        }
    }
}
