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
package org.openhab.v2x.sandbox;

import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Draws {@code sandbox.png} from {@code sandbox.csv}.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class SandboxPlot {

    private SandboxPlot() {
    }

    static void draw(Path csv, Path png) {
        // TODO: bench plot package not committed yet
    }
}
