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
package org.openhab.automation.v2x.internal.handler;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.automation.v2x.internal.handler.V2xActionConfig.ActionKind;
import org.openhab.core.automation.Action;

/**
 * The {@code v2x.SolarFollow} action: charges the car from PV surplus, discharges it to cover household import in
 * mode {@code solar-v2h}, keeps the driving reserve and the departure target.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class SolarFollowActionHandler extends V2xActionHandler {

    public SolarFollowActionHandler(Action module, String ruleUid, ControllerSlots slots) {
        super(module, ruleUid, ActionKind.SOLAR_FOLLOW, slots);
    }
}
