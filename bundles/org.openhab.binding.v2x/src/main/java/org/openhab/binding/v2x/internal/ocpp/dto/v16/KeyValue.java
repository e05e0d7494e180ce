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
package org.openhab.binding.v2x.internal.ocpp.dto.v16;

import org.openhab.binding.v2x.internal.ocpp.dto.MaxLength;
import org.openhab.binding.v2x.internal.ocpp.dto.Required;

/**
 * OCPP 1.6 configuration key with its value.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class KeyValue {
    @Required
    @MaxLength(50)
    public String key;

    @Required
    public Boolean readonly;

    @MaxLength(500)
    public String value;
}
