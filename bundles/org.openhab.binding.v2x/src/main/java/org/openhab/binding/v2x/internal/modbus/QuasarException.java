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

import java.io.IOException;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A Quasar did not answer as expected: timeout, lost connection, Modbus exception response or empty read. The
 * message says which, for the thing status.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class QuasarException extends IOException {

    private static final long serialVersionUID = 1L;

    public QuasarException(String message) {
        super(message);
    }

    public QuasarException(String message, Throwable cause) {
        super(message, cause);
    }
}
