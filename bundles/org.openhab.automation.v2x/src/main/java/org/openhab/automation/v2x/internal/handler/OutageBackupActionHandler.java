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
 * The {@code v2x.OutageBackup} action: powers the home from the car when the grid is lost, down to the driving
 * reserve, sheds non-critical loads in order as the energy runs low and restores them when the grid returns.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class OutageBackupActionHandler extends V2xActionHandler {

    public OutageBackupActionHandler(Action module, String ruleUid, ControllerSlots slots) {
        super(module, ruleUid, ActionKind.OUTAGE_BACKUP, slots);
    }
}
