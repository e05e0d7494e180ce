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

import java.util.List;

import org.openhab.binding.v2x.internal.ocpp.dto.MaxLength;
import org.openhab.binding.v2x.internal.ocpp.dto.OneOf;
import org.openhab.binding.v2x.internal.ocpp.dto.Required;

/**
 * OCPP 2.1 NotifyAllowedEnergyTransfer request: the energy transfer modes the central system allows the car in a
 * transaction.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class NotifyAllowedEnergyTransferRequest {
    @Required
    @MaxLength(36)
    public String transactionId;

    @Required
    @OneOf({ "AC_BPT", "AC_BPT_DER", "AC_DER", "AC_single_phase", "AC_three_phase", "AC_two_phase", "DC", "DC_ACDP",
            "DC_ACDP_BPT", "DC_BPT", "WPT" })
    public List<String> allowedEnergyTransfer;
}
