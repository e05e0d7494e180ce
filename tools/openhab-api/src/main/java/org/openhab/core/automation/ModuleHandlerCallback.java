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
package org.openhab.core.automation;

import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/** The rule engine's side of a module handler: rule state and running other rules. */
public interface ModuleHandlerCallback {

    @Nullable
    Boolean isEnabled(String ruleUID);

    void setEnabled(String uid, boolean isEnabled);

    @Nullable
    RuleStatusInfo getStatusInfo(String ruleUID);

    @Nullable
    RuleStatus getStatus(String ruleUID);

    void runNow(String uid);

    void runNow(String uid, boolean considerConditions, @Nullable Map<String, Object> context);
}
