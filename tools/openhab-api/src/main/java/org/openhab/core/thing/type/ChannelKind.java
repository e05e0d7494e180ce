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
package org.openhab.core.thing.type;

import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

/** Whether a channel carries a state or fires trigger events. */
public enum ChannelKind {
    STATE,
    TRIGGER;

    /** Parses a kind case-insensitively; {@code null} means {@link #STATE}. */
    public static ChannelKind parse(@Nullable String input) {
        if (input == null) {
            return STATE;
        }
        for (ChannelKind kind : values()) {
            if (kind.name().equals(input.toUpperCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown channel kind: '" + input + "'");
    }
}
