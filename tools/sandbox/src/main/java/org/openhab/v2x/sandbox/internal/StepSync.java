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

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.types.Command;
import org.openhab.v2x.host.HostListener;

/**
 * What the sandbox waits for between two steps of simulated time, so that every step sees the same inputs whatever
 * the machine's speed: the rule runs that a meter update started, and the setpoint commands the rule sent.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class StepSync implements HostListener {

    /** A count of what has happened so far, taken before a step's inputs are posted. */
    record Mark(Map<String, Integer> runs, int commands) {
    }

    private static final long POLL_MILLIS = 2;

    private final String ruleUid;
    private final String setpointItem;
    private final Map<String, Integer> runs = new HashMap<>();
    private int commands;
    private double lastCommandW = Double.NaN;

    StepSync(String ruleUid, String setpointItem) {
        this.ruleUid = ruleUid;
        this.setpointItem = setpointItem;
    }

    synchronized Mark mark() {
        return new Mark(Map.copyOf(runs), commands);
    }

    /** True once the rule has finished a run started by this trigger after the mark. */
    synchronized boolean ranSince(Mark mark, String triggerId) {
        return runs.getOrDefault(triggerId, 0) > mark.runs().getOrDefault(triggerId, 0);
    }

    synchronized boolean commandedSince(Mark mark) {
        return commands > mark.commands();
    }

    /** The power of the last setpoint command, W; NaN before the first. */
    synchronized double lastCommandW() {
        return lastCommandW;
    }

    /**
     * Waits until the condition holds; false after {@code timeout} of real time (a stuck add-on must not hang the
     * sandbox; the caller reports it).
     */
    boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                // counters change under this lock (and notify); the simulator's values are polled
                wait(POLL_MILLIS);
            }
        }
        return true;
    }

    @Override
    public synchronized void ruleRan(String uid, String triggerId) {
        if (ruleUid.equals(uid)) {
            runs.merge(triggerId, 1, Integer::sum);
            notifyAll();
        }
    }

    @Override
    public synchronized void itemCommanded(String itemName, Command command) {
        if (setpointItem.equals(itemName)) {
            commands++;
            lastCommandW = command instanceof Number number ? number.doubleValue() : Double.NaN;
            notifyAll();
        }
    }
}
