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
package org.openhab.binding.v2x.internal.ocpp.server;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Why a WebSocket upgrade was refused.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public enum OcppRejectReason {
    /** Path not under the configured prefix or id not valid (empty, longer than 48, ':' or '/'): HTTP 400/404. */
    INVALID_PATH,
    /** Valid id the directory does not know: HTTP 404. The binding can offer it in the inbox. */
    UNKNOWN_CHARGE_POINT,
    /** No or malformed Authorization header: HTTP 401. */
    MISSING_CREDENTIALS,
    /** Wrong user or password: HTTP 401. */
    WRONG_CREDENTIALS,
    /** Security profile 3: no client certificate, or its common name is not the charge point id: HTTP 403. */
    WRONG_CERTIFICATE,
    /** None of the offered subprotocols is enabled: upgraded without subprotocol and closed with 1002. */
    NO_COMMON_SUBPROTOCOL
}
