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
package org.openhab.core.types;

import java.time.Instant;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * States of an item over time, typically a forecast: a binding or an add-on sends it, openHAB persists it (with
 * future times) and charts show it. {@link Policy#REPLACE} replaces what was stored between its first and last
 * time; {@link Policy#ADD} adds to it.
 */
public class TimeSeries {

    /** How a time series is merged with what is stored. */
    public enum Policy {
        ADD,
        REPLACE
    }

    /** One state and its time. */
    public record Entry(Instant timestamp, State state) {
    }

    private final TreeSet<Entry> states = new TreeSet<>((a, b) -> a.timestamp().compareTo(b.timestamp()));
    private final Policy policy;

    public TimeSeries(Policy policy) {
        this.policy = policy;
    }

    public Policy getPolicy() {
        return policy;
    }

    /** The first time, or {@link Instant#MAX} when empty. */
    public Instant getBegin() {
        return states.isEmpty() ? Instant.MAX : states.first().timestamp();
    }

    /** The last time, or {@link Instant#MIN} when empty. */
    public Instant getEnd() {
        return states.isEmpty() ? Instant.MIN : states.last().timestamp();
    }

    public int size() {
        return states.size();
    }

    /** Adds a state; a state at the same time as one already added replaces it. */
    public void add(Instant instant, State state) {
        Entry entry = new Entry(instant, state);
        states.remove(entry);
        states.add(entry);
    }

    /** The states in time order. */
    public Stream<Entry> getStates() {
        return states.stream();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof TimeSeries other && policy == other.policy
                && states.stream().toList().equals(other.states.stream().toList());
    }

    @Override
    public int hashCode() {
        return Objects.hash(policy, states.stream().toList());
    }
}
