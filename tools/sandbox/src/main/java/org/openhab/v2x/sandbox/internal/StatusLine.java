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

import java.io.PrintStream;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The live status: on a terminal one line rewritten in place; otherwise (a pipe, a log file) every tenth status as
 * its own line, so logs stay short.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class StatusLine {

    private static final int EVERY_NTH_WITHOUT_TERMINAL = 10;

    private final PrintStream out;
    private final boolean terminal;
    private int shown;
    private int lastLength;
    private boolean pending;

    StatusLine(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    synchronized void show(String line) {
        if (terminal) {
            int padding = Math.max(0, lastLength - line.length());
            out.print("\r" + line + " ".repeat(padding));
            out.flush();
            lastLength = line.length();
            pending = true;
        } else if (shown++ % EVERY_NTH_WITHOUT_TERMINAL == 0) {
            out.println(line);
        }
    }

    /** Ends the line in place, so other output starts on a fresh line. */
    synchronized void end() {
        if (pending) {
            out.println();
            pending = false;
            lastLength = 0;
        }
    }
}
