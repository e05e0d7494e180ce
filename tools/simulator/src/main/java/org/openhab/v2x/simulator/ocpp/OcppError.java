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
package org.openhab.v2x.simulator.ocpp;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A request the charge point answers with a CALLERROR. Codes use the 2.x spelling; {@link #codeFor} gives
 * the 1.6 spelling where it differs.
 */
@NonNullByDefault
public class OcppError extends Exception {

    private static final long serialVersionUID = 1L;

    public static final String FORMAT_VIOLATION = "FormatViolation";
    public static final String NOT_IMPLEMENTED = "NotImplemented";
    public static final String OCCURRENCE_CONSTRAINT_VIOLATION = "OccurrenceConstraintViolation";
    public static final String PROPERTY_CONSTRAINT_VIOLATION = "PropertyConstraintViolation";
    public static final String TYPE_CONSTRAINT_VIOLATION = "TypeConstraintViolation";
    public static final String PROTOCOL_ERROR = "ProtocolError";
    public static final String INTERNAL_ERROR = "InternalError";

    private final String code;

    public OcppError(String code, String description) {
        super(description);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The error code as the given version spells it (1.6J has two historic misspellings). */
    public String codeFor(OcppVersion version) {
        if (version == OcppVersion.V16) {
            if (FORMAT_VIOLATION.equals(code)) {
                return "FormationViolation";
            }
            if (OCCURRENCE_CONSTRAINT_VIOLATION.equals(code)) {
                return "OccurenceConstraintViolation";
            }
        }
        return code;
    }
}
