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
package org.openhab.v2x.simulator.ocpp;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Command line: runs one simulated charge point and prints a status line periodically. See the module's
 * README.md for the options.
 */
@NonNullByDefault
public final class ChargePointMain {

    static final String USAGE = """
            usage: ./v2x simulate ocpp [options]
              --url ws://host:8887/ocpp     central system endpoint (the id is appended)
              --id CP1                      charge point id
              --version 2.1                 OCPP version(s) offered: 1.6, 2.0.1, 2.1 (comma list, preferred first)
              --password X                  HTTP Basic auth password (user = id)
              --trust-all                   accept any TLS certificate on wss:// (test certificates)
              --capacity-kwh 60             battery capacity
              --soc 50                      initial state of charge, %
              --max-charge-w 7400           car's max charge power
              --max-discharge-w 7400        car's max discharge power
              --min-power-w 0               car's min power (smaller requests give 0 W)
              --charge-efficiency 0.92      grid-to-battery efficiency
              --discharge-efficiency 0.92   battery-to-grid efficiency
              --soc-floor 10                car refuses to discharge below this SoC, %
              --target-soc 80               SoC wanted at departure, %
              --departure-hours 8           departure time, hours after the transaction starts
              --charger-max-w 11000         charger rating
              --phases 3 --voltage 230      for limits in A
              --speed 1                     simulated seconds per real second for the battery
              --meter-interval 10           seconds between MeterValues
              --heartbeat 60                heartbeat seconds if the boot response gives none
              --negative-limit-discharge    accept a negative limit as a discharge request (1.6/2.0.1 legacy)
              --no-auto-start               do not start a transaction after boot (wait for a remote start)
              --reconnect-ms 5000           wait before reconnecting
              --misbehave SPEC              garbage | slow:<ms> | disconnect:<s> | reject-profiles | no-heartbeat
                                            (repeat or comma-separate)
              --status-interval 5           seconds between status lines
            """;

    private static final Set<String> VALUE_OPTIONS = Set.of("--url", "--id", "--version", "--password",
            "--capacity-kwh", "--soc", "--max-charge-w", "--max-discharge-w", "--min-power-w", "--charge-efficiency",
            "--discharge-efficiency", "--soc-floor", "--target-soc", "--departure-hours", "--charger-max-w",
            "--phases", "--voltage", "--speed", "--meter-interval", "--heartbeat", "--reconnect-ms", "--misbehave",
            "--status-interval");

    /** Everything the command line asks for. */
    record Options(ChargePointConfig config, SimulatedCar car, Misbehaviour misbehaviour,
            double statusIntervalSeconds) {
    }

    private ChargePointMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                System.out.print(USAGE);
                return;
            }
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("(./v2x simulate ocpp --help lists the options)");
            System.exit(2);
            return;
        }
        ChargePointSimulator simulator = new ChargePointSimulator(options.config(), options.car(),
                options.misbehaviour());
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop, "ocpp-sim-shutdown"));
        simulator.start();
        PrintStream out = System.out;
        out.println("Simulating charge point " + options.config().chargePointId() + " -> "
                + options.config().endpoint() + " (OCPP " + options.config().versions() + ", "
                + options.misbehaviour() + ")");
        long pauseMillis = Math.max(100, Math.round(options.statusIntervalSeconds() * 1000));
        while (!Thread.currentThread().isInterrupted()) {
            out.println(simulator.statusLine());
            Thread.sleep(pauseMillis);
        }
    }

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException naming the bad option
     */
    static Options parse(String[] args) {
        ChargePointConfig config = new ChargePointConfig();
        Misbehaviour misbehaviour = new Misbehaviour();
        double capacityKwh = 60;
        double soc = 50;
        double maxCharge = 7400;
        double maxDischarge = 7400;
        double minPower = 0;
        double chargeEfficiency = 0.92;
        double dischargeEfficiency = 0.92;
        double socFloor = 10;
        double targetSoc = 80;
        double statusInterval = 5;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--negative-limit-discharge" -> config.negativeLimitDischarge(true);
                case "--trust-all" -> config.trustAllCertificates(true);
                case "--no-auto-start" -> config.autoStartTransaction(false);
                default -> {
                    if (!VALUE_OPTIONS.contains(option)) {
                        throw new IllegalArgumentException(option.startsWith("-") ? "unknown option '" + option + "'"
                                : "unexpected argument '" + option + "'");
                    }
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(option + " needs a value");
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--url" -> config.url(value);
                        case "--id" -> config.chargePointId(value);
                        case "--version" -> config.versions(versions(value));
                        case "--password" -> config.password(value);
                        case "--capacity-kwh" -> capacityKwh = number(option, value);
                        case "--soc" -> soc = number(option, value);
                        case "--max-charge-w" -> maxCharge = number(option, value);
                        case "--max-discharge-w" -> maxDischarge = number(option, value);
                        case "--min-power-w" -> minPower = number(option, value);
                        case "--charge-efficiency" -> chargeEfficiency = number(option, value);
                        case "--discharge-efficiency" -> dischargeEfficiency = number(option, value);
                        case "--soc-floor" -> socFloor = number(option, value);
                        case "--target-soc" -> targetSoc = number(option, value);
                        case "--departure-hours" ->
                            config.departureIn(Duration.ofSeconds(Math.round(number(option, value) * 3600)));
                        case "--charger-max-w" -> config.chargerMaxPowerW(number(option, value));
                        case "--phases" -> config.phases((int) number(option, value));
                        case "--voltage" -> config.voltage(number(option, value));
                        case "--speed" -> config.speed(number(option, value));
                        case "--meter-interval" -> config.meterIntervalSeconds(number(option, value));
                        case "--heartbeat" -> config.defaultHeartbeatSeconds(number(option, value));
                        case "--reconnect-ms" -> config.reconnectDelayMillis(Math.round(number(option, value)));
                        case "--misbehave" -> misbehaviour.apply(value);
                        case "--status-interval" -> statusInterval = number(option, value);
                        default -> throw new IllegalArgumentException("unknown option '" + option + "'");
                    }
                }
            }
        }
        SimulatedCar car = new SimulatedCar(capacityKwh * 1000, soc).withMaxChargeW(maxCharge)
                .withMaxDischargeW(maxDischarge).withMinPowerW(minPower).withChargeEfficiency(chargeEfficiency)
                .withDischargeEfficiency(dischargeEfficiency).withSocFloorPercent(socFloor)
                .withTargetSocPercent(targetSoc);
        config.validate();
        if (!(statusInterval > 0)) {
            throw new IllegalArgumentException("--status-interval must be > 0");
        }
        return new Options(config, car, misbehaviour, statusInterval);
    }

    private static List<OcppVersion> versions(String value) {
        List<OcppVersion> versions = new ArrayList<>();
        for (String item : value.split(",")) {
            versions.add(OcppVersion.parse(item));
        }
        return versions;
    }

    private static double number(String option, String value) {
        try {
            double number = Double.parseDouble(value);
            if (!Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + value + "'", e);
        }
    }
}
