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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.handler.BaseActionModuleHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code v2x.Optimize} action: adds the planner (prices, forecasts, outage readiness, the user's priority) to
 * the controller of the {@code v2x.SolarFollow} action of the same rule that commands the same setpoint item.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class OptimizeActionHandler extends BaseActionModuleHandler {

    private final Logger logger = LoggerFactory.getLogger(OptimizeActionHandler.class);
    private final String ruleUid;
    private final ControllerSlots slots;
    private final OptimizeConfig config;
    private final ControllerSlot slot;

    /** @throws IllegalArgumentException naming the wrong parameter or item */
    public OptimizeActionHandler(Action module, String ruleUid, ControllerSlots slots) {
        super(module);
        this.ruleUid = ruleUid;
        this.slots = slots;
        this.config = OptimizeConfig.parse(module.getConfiguration(), slots.itemRegistry());
        this.slot = slots.acquire(ruleUid, config);
    }

    @Override
    public Map<String, Object> execute(Map<String, Object> context) {
        try {
            return slot.runOptimizer();
        } catch (RuntimeException e) {
            logger.warn("V2X rule {}: {} failed: {}", ruleUid, module.getTypeUID(), e.getMessage(), e);
            return Map.of();
        }
    }

    @Override
    public void dispose() {
        slots.release(ruleUid, config);
        super.dispose();
    }
}
