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

/**
 * RPC framework error codes. The wire name depends on the version: 1.6J spells two of them differently and has no
 * RpcFrameworkError or MessageTypeNotSupported (both map to FormationViolation there, the closest 1.6 code for a
 * frame that does not follow the RPC structure).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public enum OcppErrorCode {
    FORMAT_VIOLATION("FormatViolation", "FormationViolation"),
    GENERIC_ERROR("GenericError", "GenericError"),
    INTERNAL_ERROR("InternalError", "InternalError"),
    MESSAGE_TYPE_NOT_SUPPORTED("MessageTypeNotSupported", "FormationViolation"),
    NOT_IMPLEMENTED("NotImplemented", "NotImplemented"),
    NOT_SUPPORTED("NotSupported", "NotSupported"),
    OCCURRENCE_CONSTRAINT_VIOLATION("OccurrenceConstraintViolation", "OccurenceConstraintViolation"),
    PROPERTY_CONSTRAINT_VIOLATION("PropertyConstraintViolation", "PropertyConstraintViolation"),
    PROTOCOL_ERROR("ProtocolError", "ProtocolError"),
    RPC_FRAMEWORK_ERROR("RpcFrameworkError", "FormationViolation"),
    SECURITY_ERROR("SecurityError", "SecurityError"),
    TYPE_CONSTRAINT_VIOLATION("TypeConstraintViolation", "TypeConstraintViolation");

    private final String v2Name;
    private final String v16Name;

    OcppErrorCode(String v2Name, String v16Name) {
        this.v2Name = v2Name;
        this.v16Name = v16Name;
    }

    public String wireName(OcppVersion version) {
        return version == OcppVersion.V16 ? v16Name : v2Name;
    }

    /** Reads a received error code in either spelling; null for codes no version defines. */
    public static @Nullable OcppErrorCode fromWire(String name) {
        for (OcppErrorCode code : values()) {
            if (code.v2Name.equals(name)) {
                return code;
            }
        }
        for (OcppErrorCode code : values()) {
            if (code.v16Name.equals(name)) {
                return code;
            }
        }
        return null;
    }
}
