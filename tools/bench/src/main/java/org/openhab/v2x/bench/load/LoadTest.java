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
package org.openhab.v2x.bench.load;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.v2x.bench.cli.Args;
import org.openhab.v2x.simulator.ocpp.ChargePointConfig;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.FrameLog;
import org.openhab.v2x.simulator.ocpp.OcppVersion;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * Drives N simulated OCPP charge points against a central system on loopback and reports how many connected,
 * messages per second, CALL round-trip percentiles (charge point to central system and back) and errors. Bounded:
 * at most {@link #MAX_CHARGERS} charge points and {@link #MAX_DURATION_S} seconds of measurement.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class LoadTest {

    static final int MAX_CHARGERS = 5000;
    static final int MAX_DURATION_S = 600;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    /** The figures of one run. */
    public record Figures(int chargers, int connected, int bootAccepted, long frames, double seconds,
            double messagesPerSecond, long calls, double p50Ms, double p99Ms, double maxMs, long callErrors,
            long unanswered, int startFailures, double rampSeconds) {
        public long errors() {
            return callErrors + unanswered + startFailures + (chargers - bootAccepted);
        }

        public String format() {
            return String.format(Locale.ROOT,
                    "chargers %d, connected %d, boot accepted %d (ramp %.1f s)%n"
                            + "measured %.1f s: %d frames, %.1f messages/s, %d CALLs answered%n"
                            + "round trip p50 %.2f ms, p99 %.2f ms, max %.2f ms%n"
                            + "errors %d (CALLERRORs %d, unanswered CALLs %d, start failures %d, not booted %d)%n",
                    chargers, connected, bootAccepted, rampSeconds, seconds, frames, messagesPerSecond, calls,
                    p50Ms, p99Ms, maxMs, errors(), callErrors, unanswered, startFailures, chargers - bootAccepted);
        }
    }

    private LoadTest() {
    }

    public static int run(String[] argv, PrintStream out, PrintStream err) throws InterruptedException {
        Args a = new Args(argv, Set.of("--url", "--chargers", "--duration", "--version", "--meter-interval",
                "--connect-rate"), Set.of("--self-server"));
        int chargers = a.integer("--chargers", 10);
        int duration = a.integer("--duration", 30);
        if (chargers < 1 || chargers > MAX_CHARGERS) {
            throw new IllegalArgumentException("--chargers must be 1.." + MAX_CHARGERS);
        }
        if (duration < 1 || duration > MAX_DURATION_S) {
            throw new IllegalArgumentException("--duration must be 1.." + MAX_DURATION_S + " s");
        }
        double meterInterval = a.number("--meter-interval", 2);
        if (!(meterInterval >= 0.5 && meterInterval <= 3600)) {
            throw new IllegalArgumentException("--meter-interval must be 0.5..3600 s");
        }
        double rate = a.number("--connect-rate", 200);
        if (!(rate > 0 && rate <= 10_000)) {
            throw new IllegalArgumentException("--connect-rate must be within 0..10000 per second");
        }
        OcppVersion version = OcppVersion.parse(a.get("--version", "2.1"));
        boolean self = a.has("--self-server");
        String url = a.get("--url");
        if (self == (url != null)) {
            throw new IllegalArgumentException("give either --url ws://127.0.0.1:PORT/PATH or --self-server");
        }
        SelfServer server = null;
        try {
            if (self) {
                server = new SelfServer();
                server.start();
                url = server.url();
                err.println("self-server: the binding's OcppServer on " + url + " (accepts everything)");
            } else {
                requireLoopback(url);
            }
            Figures figures = drive(url, chargers, duration, version, meterInterval, rate, err);
            out.print(figures.format());
            if (server != null) {
                out.printf(Locale.ROOT, "server: %d CALLs answered%n", server.callsAnswered());
                out.println(inProcessHeap());
            } else {
                out.println(ServerHeap.describe(URI.create(url).getPort()));
            }
            return figures.bootAccepted() == chargers ? 0 : 1;
        } catch (Exception e) {
            if (e instanceof InterruptedException ie) {
                throw ie;
            }
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            err.println("load test failed: " + e);
            return 1;
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** With --self-server the server shares the JVM with the simulators, so only the sum is known. */
    private static String inProcessHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        return String.format(Locale.ROOT, "JVM heap used %d MB after GC (server and simulators share this JVM)",
                usedMb);
    }

    static void requireLoopback(@Nullable String url) {
        URI uri = URI.create(String.valueOf(url));
        if (!"ws".equals(uri.getScheme()) && !"wss".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--url must be ws:// or wss://: " + url);
        }
        if (uri.getHost() == null || !LOOPBACK.contains(uri.getHost())) {
            throw new IllegalArgumentException("the load test only runs against loopback (127.0.0.1, localhost): " + url);
        }
    }

    public static Figures drive(String url, int chargers, int durationS, OcppVersion version, double meterInterval,
            double connectRate, PrintStream err) throws InterruptedException {
        List<ChargePointSimulator> simulators = new ArrayList<>();
        int startFailures = 0;
        long rampStart = System.nanoTime();
        try {
            for (int i = 0; i < chargers; i++) {
                ChargePointConfig config = new ChargePointConfig().url(url).chargePointId(String.format("LT%05d", i))
                        .version(version).meterIntervalSeconds(meterInterval).reconnectDelayMillis(2000);
                ChargePointSimulator simulator = new ChargePointSimulator(config,
                        new SimulatedCar(60_000, 50).withMaxDischargeW(7400));
                try {
                    simulator.start();
                    simulators.add(simulator);
                } catch (Exception e) {
                    startFailures++;
                    simulator.close();
                    if (startFailures == 1) {
                        err.println("start failure: " + e);
                    }
                }
                long due = rampStart + (long) ((i + 1) / connectRate * 1e9);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            // wait for the boots, at most 60 s (or the duration if longer)
            long bootDeadline = System.nanoTime() + Math.max(60, durationS) * 1_000_000_000L;
            int lastReported = -1;
            while (System.nanoTime() < bootDeadline) {
                int booted = (int) simulators.stream().filter(ChargePointSimulator::isBootAccepted).count();
                if (booted / Math.max(1, chargers / 10) != lastReported) {
                    lastReported = booted / Math.max(1, chargers / 10);
                    err.printf(Locale.ROOT, "  booted %d / %d%n", booted, chargers);
                }
                if (booted == simulators.size()) {
                    break;
                }
                Thread.sleep(100);
            }
            double rampSeconds = (System.nanoTime() - rampStart) / 1e9;
            Instant from = Instant.now();
            err.printf(Locale.ROOT, "  measuring for %d s%n", durationS);
            Thread.sleep(durationS * 1000L);
            Instant to = Instant.now();
            int connected = (int) simulators.stream().filter(ChargePointSimulator::isConnected).count();
            int booted = (int) simulators.stream().filter(ChargePointSimulator::isBootAccepted).count();
            return measure(simulators, from, to, chargers, connected, booted, startFailures, rampSeconds);
        } finally {
            stopAll(simulators);
        }
    }

    static Figures measure(List<ChargePointSimulator> simulators, Instant from, Instant to, int chargers,
            int connected, int booted, int startFailures, double rampSeconds) {
        long frames = 0;
        long callErrors = 0;
        long unanswered = 0;
        List<Double> rtts = new ArrayList<>();
        Instant answerDeadline = to.minusSeconds(5);
        for (ChargePointSimulator simulator : simulators) {
            // the simulator logs a sent frame after the send returns, so its answer may be logged first: match by id
            Map<String, Instant> sentCalls = new HashMap<>();
            Map<String, FrameLog.Entry> answers = new HashMap<>();
            for (FrameLog.Entry entry : simulator.getFrameLog().entries()) {
                boolean inWindow = !entry.time().isBefore(from) && entry.time().isBefore(to);
                if (inWindow) {
                    frames++;
                }
                JsonArray frame = parse(entry.text());
                if (frame == null || frame.size() < 2) {
                    continue;
                }
                int type = frame.get(0).getAsInt();
                String id = frame.get(1).getAsString();
                if (!entry.received() && type == 2) {
                    sentCalls.put(id, entry.time());
                } else if (entry.received() && (type == 3 || type == 4)) {
                    answers.put(id, entry);
                }
            }
            for (Map.Entry<String, Instant> call : sentCalls.entrySet()) {
                Instant sent = call.getValue();
                if (sent.isBefore(from) || !sent.isBefore(to)) {
                    continue;
                }
                FrameLog.Entry answer = answers.get(call.getKey());
                if (answer == null) {
                    if (sent.isBefore(answerDeadline)) {
                        unanswered++;
                    }
                    continue;
                }
                rtts.add(Math.max(0, Duration.between(sent, answer.time()).toNanos() / 1e6));
                if (answer.text().startsWith("[4")) {
                    callErrors++;
                }
            }
        }
        double[] sorted = rtts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double seconds = Duration.between(from, to).toNanos() / 1e9;
        return new Figures(chargers, connected, booted, frames, seconds, frames / seconds, sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1],
                callErrors, unanswered, startFailures, rampSeconds);
    }

    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static @Nullable JsonArray parse(String text) {
        try {
            JsonElement e = JsonParser.parseString(text);
            return e.isJsonArray() ? e.getAsJsonArray() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void stopAll(List<ChargePointSimulator> simulators) throws InterruptedException {
        ExecutorService stopper = Executors.newFixedThreadPool(16);
        for (ChargePointSimulator simulator : simulators) {
            stopper.submit(simulator::close);
        }
        stopper.shutdown();
        if (!stopper.awaitTermination(60, TimeUnit.SECONDS)) {
            stopper.shutdownNow();
        }
    }
}
