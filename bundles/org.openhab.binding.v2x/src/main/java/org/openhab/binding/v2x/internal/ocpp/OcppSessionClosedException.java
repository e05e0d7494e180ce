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
package org.openhab.binding.v2x.internal.ocpp;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A CALL could not complete because its session is closed (or was full).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public class OcppSessionClosedException extends Exception {
    private static final long serialVersionUID = 1L;

    public OcppSessionClosedException(String message) {
        super(message);
    }
}
