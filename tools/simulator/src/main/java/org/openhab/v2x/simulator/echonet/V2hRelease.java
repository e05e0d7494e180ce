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
package org.openhab.v2x.simulator.echonet;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How the simulated unit takes a power setpoint, following the two generations of 0x027E units.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public enum V2hRelease {
    /** Before release P: operation mode DA with the charge (EB) and discharge (EC) power settings; no E0. */
    PRE_P('J'),
    /** A unit whose Set map lists E0, the signed charge/discharge power setting; no EB/EC. */
    SIGNED_SETPOINT('P');

    private final char letter;

    V2hRelease(char letter) {
        this.letter = letter;
    }

    /** The release letter the unit reports in EPC 0x82. */
    public char letter() {
        return letter;
    }
}
