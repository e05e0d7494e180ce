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
import org.openhab.automation.v2x.internal.handler.V2xActionConfig.ActionKind;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.handler.BaseActionModuleHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Common part of the V2X rule actions: validates the configuration when created (throwing a message that names the
 * wrong parameter or item), joins the rule's shared controller, and runs it on every execution without ever letting
 * an exception escape into the rule engine.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public abstract class V2xActionHandler extends BaseActionModuleHandler {

    private final Logger logger = LoggerFactory.getLogger(V2xActionHandler.class);
    private final String ruleUid;
    private final ActionKind kind;
    private final ControllerSlots slots;
    private final V2xActionConfig config;
    private final ControllerSlot slot;

    /** @throws IllegalArgumentException naming the wrong parameter or item */
    V2xActionHandler(Action module, String ruleUid, ActionKind kind, ControllerSlots slots) {
        super(module);
        this.ruleUid = ruleUid;
        this.kind = kind;
        this.slots = slots;
        this.config = V2xActionConfig.parse(kind, module.getConfiguration(), slots.itemRegistry(),
                slots.clock().getZone());
        this.slot = slots.acquire(ruleUid, config);
    }

    @Override
    public Map<String, Object> execute(Map<String, Object> context) {
        try {
            return slot.run(kind);
        } catch (RuntimeException e) {
            // a bug or an unexpected state must not kill the rule; the next run tries again
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
