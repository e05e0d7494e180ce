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
package org.openhab.binding.v2x.internal.modbus.profile;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A register-map profile that cannot be used, with the field and the line of the profile text at fault, for the
 * thing's configuration error.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class ProfileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final int line;

    public ProfileException(String field, int line, String problem) {
        super("line " + line + ", " + (field.isEmpty() ? "profile" : field) + ": " + problem);
        this.field = field;
        this.line = line;
    }

    /** The dotted path of the field, e.g. {@code registers.power.type}; empty for the profile as a whole. */
    public String field() {
        return field;
    }

    /** 1-based line in the profile text. */
    public int line() {
        return line;
    }
}
