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
package org.openhab.v2x.simulator.echonet;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * Command line of the ECHONET Lite V2H unit simulator ({@code ./v2x simulate echonet}).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class V2hSimulatorMain {

    private static final String USAGE = """
            usage: ./v2x simulate echonet [options]
              --bind <address>           local address (default 0.0.0.0)
              --port <port>              UDP port (default 3610)
              --announce <host:port>     where INF announcements go (default 224.0.23.0:3610)
              --reply-port <port>        port answers go to (default 3610; 0: the request's source port)
              --release <pre-p|e0>       DA+EB/EC unit, or a unit whose Set map lists E0 (default pre-p)
              --capacity-kwh <kWh>       car battery (default 40)
              --soc <percent>            initial state of charge (default 50)
              --max-charge-w <W>         rated charge power C5/C8 (default 6000)
              --max-discharge-w <W>      rated discharge power C6/C9 (default 6000)
              --grid <reverse|no-reverse|independent>  DB (default no-reverse)
              --speed <factor>           simulated seconds per real second (default 1)
              --status-interval <s>      seconds between status lines (default 5)
            """;

    private V2hSimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("-h".equals(arg) || "--help".equals(arg)) {
                System.out.print(USAGE);
                return;
            }
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                System.err.print("unknown or incomplete option " + arg + "\n" + USAGE);
                System.exit(2);
            }
            options.put(arg.substring(2), args[++i]);
        }
        V2hRelease release = switch (options.getOrDefault("release", "pre-p")) {
            case "e0" -> V2hRelease.SIGNED_SETPOINT;
            case "pre-p" -> V2hRelease.PRE_P;
            default -> throw new IllegalArgumentException("--release is pre-p or e0");
        };
        int grid = switch (options.getOrDefault("grid", "no-reverse")) {
            case "reverse" -> V2hSimulator.DB_REVERSE_FLOW;
            case "independent" -> V2hSimulator.DB_INDEPENDENT;
            case "no-reverse" -> V2hSimulator.DB_NO_REVERSE_FLOW;
            default -> throw new IllegalArgumentException("--grid is reverse, no-reverse or independent");
        };
        double chargeW = Double.parseDouble(options.getOrDefault("max-charge-w", "6000"));
        double dischargeW = Double.parseDouble(options.getOrDefault("max-discharge-w", "6000"));
        SimulatedCar car = new SimulatedCar(Double.parseDouble(options.getOrDefault("capacity-kwh", "40")) * 1000,
                Double.parseDouble(options.getOrDefault("soc", "50"))).withMaxChargeW(chargeW)
                .withMaxDischargeW(dischargeW).withChargeEfficiency(1).withDischargeEfficiency(1);
        String[] announce = options.getOrDefault("announce", "224.0.23.0:3610").split(":");
        InetSocketAddress bind = new InetSocketAddress(InetAddress.getByName(options.getOrDefault("bind", "0.0.0.0")),
                Integer.parseInt(options.getOrDefault("port", "3610")));
        double speed = Double.parseDouble(options.getOrDefault("speed", "1"));
        long statusSeconds = Long.parseLong(options.getOrDefault("status-interval", "5"));
        try (V2hSimulator simulator = new V2hSimulator(release, car, bind,
                new InetSocketAddress(InetAddress.getByName(announce[0]), Integer.parseInt(announce[1])), chargeW,
                dischargeW, grid)) {
            simulator.setReplyPort(Integer.parseInt(options.getOrDefault("reply-port", "3610")));
            simulator.start();
            System.out.printf("ECHONET Lite V2H simulator (release %s) on UDP %d%n", release.letter(),
                    simulator.port());
            long tick = 1000;
            long elapsed = 0;
            while (true) {
                Thread.sleep(tick);
                simulator.advance(Duration.ofMillis((long) (tick * speed)));
                elapsed += tick;
                if (elapsed >= statusSeconds * 1000) {
                    elapsed = 0;
                    System.out.printf(Locale.ROOT, "%s SoC %5.1f %% P %6.0f W DA 0x%02X DB 0x%02X%n",
                            LocalTime.now().truncatedTo(ChronoUnit.SECONDS), simulator.socPercent(),
                            simulator.powerW(), simulator.mode(), simulator.gridInterconnection());
                }
            }
        }
    }
}
