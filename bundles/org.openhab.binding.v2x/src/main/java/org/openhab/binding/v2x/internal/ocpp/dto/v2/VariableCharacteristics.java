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
package org.openhab.binding.v2x.internal.ocpp.dto.v2;

import org.openhab.binding.v2x.internal.ocpp.dto.MaxLength;
import org.openhab.binding.v2x.internal.ocpp.dto.OneOf;
import org.openhab.binding.v2x.internal.ocpp.dto.Required;

/**
 * OCPP 2.x VariableCharacteristics in a report.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class VariableCharacteristics {
    @MaxLength(16)
    public String unit;

    @Required
    @OneOf({ "MemberList", "OptionList", "SequenceList", "boolean", "dateTime", "decimal", "integer", "string" })
    public String dataType;

    public Double minLimit;

    public Double maxLimit;

    @MaxLength(1000)
    public String valuesList;

    @Required
    public Boolean supportsMonitoring;
}
