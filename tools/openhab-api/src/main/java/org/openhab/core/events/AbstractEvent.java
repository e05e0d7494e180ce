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
package org.openhab.core.events;

import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/** Base of events: topic, payload and the optional source that caused the event. */
public abstract class AbstractEvent implements Event {

    public static final String ACTOR_SEPARATOR = "$";
    public static final String DELEGATION_SEPARATOR = "=>";
    public static final String DELEGATION_ESCAPE = "__";

    private final String topic;
    private final String payload;
    private final @Nullable String source;

    protected AbstractEvent(String topic, String payload, @Nullable String source) {
        this.topic = topic;
        this.payload = payload;
        this.source = source;
    }

    @Override
    public String getTopic() {
        return topic;
    }

    @Override
    public String getPayload() {
        return payload;
    }

    @Override
    public @Nullable String getSource() {
        return source;
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, payload, source);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj != null && obj.getClass() == getClass() && obj instanceof AbstractEvent other
                && topic.equals(other.topic) && payload.equals(other.payload) && Objects.equals(source, other.source);
    }
}
