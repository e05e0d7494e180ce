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

/** The command that asks a binding to report the current state of a channel. */
public enum RefreshType implements PrimitiveType, Command {
    REFRESH;

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
}
