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

/** Whether the framework may update an item's state itself when a command is sent to a channel. */
public enum AutoUpdatePolicy {
    /** Never update automatically; the binding reports the state. */
    VETO,
    /** Update automatically unless the binding vetoes. */
    DEFAULT,
    /** Update automatically; the device will not report the change. */
    RECOMMEND;

    /** Parses a policy case-insensitively; {@code null} stays {@code null}. */
    public static @Nullable AutoUpdatePolicy parse(@Nullable String input) {
        if (input == null) {
            return null;
        }
        for (AutoUpdatePolicy policy : values()) {
            if (policy.name().equals(input.toUpperCase(Locale.ROOT))) {
                return policy;
            }
        }
        throw new IllegalArgumentException("Unknown auto update policy: '" + input + "'");
    }
}
