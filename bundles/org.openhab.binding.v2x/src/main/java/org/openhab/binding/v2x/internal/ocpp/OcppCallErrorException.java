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
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * The peer answered a CALL with CALLERROR (or, in 2.1, with CALLRESULTERROR).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public class OcppCallErrorException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String errorCode;
    private final String description;
    private final transient JsonObject details;

    public OcppCallErrorException(String action, String errorCode, String description, JsonObject details) {
        super(action + " failed: " + errorCode + (description.isEmpty() ? "" : " (" + description + ")"));
        this.errorCode = errorCode;
        this.description = description;
        this.details = details;
    }

    /** The code as received. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The code if it is one of the standard ones in either spelling. */
    public @Nullable OcppErrorCode getKnownErrorCode() {
        return OcppErrorCode.fromWire(errorCode);
    }

    public String getDescription() {
        return description;
    }

    public JsonObject getDetails() {
        return details;
    }
}
