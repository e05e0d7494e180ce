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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The heap of the server under load, read from outside: the process listening on the loopback port (Linux
 * {@code /proc}), its Java heap from {@code jcmd PID GC.heap_info} and its resident size from
 * {@code /proc/PID/status}. Every step may fail (another OS, no permission, no jcmd); the text then says what is
 * unknown instead of failing the load test.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class ServerHeap {

    private static final String LISTEN = "0A";
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern COMMITTED = Pattern.compile("(?:committed|total) (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private ServerHeap() {
    }

    /** One line about the server's memory, e.g. "server heap used 120 MB of 256 MB committed, RSS 390 MB (pid 42)". */
    static String describe(int port) {
        OptionalLong pid = listeningPid(port);
        if (pid.isEmpty()) {
            return "server heap: unknown (no process found listening on port " + port + ")";
        }
        long p = pid.getAsLong();
        String heap = heapInfo(p);
        String rss = residentMb(p);
        return String.format(Locale.ROOT, "server heap %s, RSS %s (pid %d)", heap, rss, p);
    }

    /** The process that listens on this TCP port, from the socket inode in /proc/net/tcp{,6} and the fd links. */
    static OptionalLong listeningPid(int port) {
        String inode = listeningInode(port);
        if (inode == null) {
            return OptionalLong.empty();
        }
        String link = "socket:[" + inode + "]";
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(d -> ownsSocket(d, link)).mapToLong(d -> Long.parseLong(d.getFileName().toString()))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static @Nullable String listeningInode(int port) {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table), StandardCharsets.US_ASCII)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[1].endsWith(":" + hexPort) && LISTEN.equals(f[3])) {
                        return f[9];
                    }
                }
            } catch (IOException | RuntimeException e) {
                // table missing (not Linux): try the next one
            }
        }
        return null;
    }

    private static boolean ownsSocket(Path processDir, String link) {
        try (Stream<Path> fds = Files.list(processDir.resolve("fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return link.equals(Files.readSymbolicLink(fd).toString());
                } catch (IOException | RuntimeException e) {
                    return false;
                }
            });
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String heapInfo(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return "unknown (no jcmd in " + jcmd.getParent() + ")";
        }
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "unknown (jcmd did not answer)";
            }
            return heapFromJcmd(text);
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown (interrupted)";
        }
    }

    /** "used 120 MB of 256 MB committed" from the first heap line of {@code GC.heap_info}. */
    static String heapFromJcmd(String text) {
        for (String line : text.split("\\R")) {
            Matcher used = USED.matcher(line);
            Matcher committed = COMMITTED.matcher(line);
            if (line.contains("heap") && used.find() && committed.find()) {
                return String.format(Locale.ROOT, "used %d MB of %d MB committed", Long.parseLong(used.group(1)) / 1024,
                        Long.parseLong(committed.group(1)) / 1024);
            }
        }
        return "unknown (jcmd: " + text.strip().lines().findFirst().orElse("no output") + ")";
    }

    private static String residentMb(long pid) {
        try {
            Matcher m = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            return m.find() ? Long.parseLong(m.group(1)) / 1024 + " MB" : "unknown";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
