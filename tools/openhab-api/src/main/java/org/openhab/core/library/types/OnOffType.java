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
package org.openhab.core.library.types;

import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/** On or off: the state and command of switches. */
public enum OnOffType implements PrimitiveType, State, Command {
    ON,
    OFF;

    /** Parses ON/OFF, TRUE/FALSE or 1/0, ignoring case. */
    public static OnOffType from(String state) {
        return switch (state.trim().toUpperCase(Locale.ROOT)) {
            case "ON", "TRUE", "1" -> ON;
            case "OFF", "FALSE", "0" -> OFF;
            default -> throw new IllegalArgumentException("Not an on/off value: '" + state + "'");
        };
    }

    public static OnOffType from(boolean state) {
        return state ? ON : OFF;
    }

    @Override
    public String format(String pattern) {
        return String.format(pattern, name());
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public String toFullString() {
        return name();
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == DecimalType.class) {
            return target.cast(this == ON ? new DecimalType(1) : DecimalType.ZERO);
        } else if (target == PercentType.class) {
            return target.cast(this == ON ? PercentType.HUNDRED : PercentType.ZERO);
        }
        return State.super.as(target);
    }
}
