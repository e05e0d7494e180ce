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
package org.openhab.binding.v2x.internal.modbus;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Data types of Modbus register values: how many 16-bit words they take and how those words are read.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public enum RegisterType {
    INT16(1),
    UINT16(1),
    INT32(2),
    UINT32(2),
    FLOAT32(2);

    private final int words;

    RegisterType(int words) {
        this.words = words;
    }

    /** Number of 16-bit registers the value takes. */
    public int words() {
        return words;
    }

    /** The type named in a profile ({@code int16}, {@code uint32}, ...), case-insensitive. */
    public static Optional<RegisterType> fromName(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
