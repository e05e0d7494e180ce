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
package org.openhab.v2x.bench.scenario;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A scenario file that cannot be used; the message names the file line.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public class ScenarioFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public ScenarioFormatException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
        this.line = line;
    }

    /** 1-based line number in the file (the header is line 1). */
    public int line() {
        return line;
    }
}
