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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Every text frame sent and received, in order, for assertions in tests. Bounded so a long sandbox run
 * does not grow without limit.
 */
@NonNullByDefault
public class FrameLog {

    /** A frame as it went over the wire. */
    public record Entry(Instant time, boolean received, String text) {
    }

    private static final int MAX_ENTRIES = 10_000;

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(boolean received, String text) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.subList(0, MAX_ENTRIES / 10).clear();
        }
        entries.add(new Entry(Instant.now(), received, text));
        notifyAll();
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Raw frames received from the central system. */
    public synchronized List<String> received() {
        return entries.stream().filter(Entry::received).map(Entry::text).toList();
    }

    /** Raw frames sent to the central system. */
    public synchronized List<String> sent() {
        return entries.stream().filter(e -> !e.received()).map(Entry::text).toList();
    }

    public synchronized void clear() {
        entries.clear();
    }

    /**
     * Waits until a frame matching the predicate has been logged.
     *
     * @return whether it appeared before the timeout
     */
    public synchronized boolean await(Predicate<Entry> predicate, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (entries.stream().noneMatch(predicate)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
