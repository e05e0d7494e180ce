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
package org.openhab.binding.v2x.internal.echonet;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A datagram that is not a well-formed ECHONET Lite format 1 frame.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class EchonetFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public EchonetFormatException(String message) {
        super(message);
    }
}
