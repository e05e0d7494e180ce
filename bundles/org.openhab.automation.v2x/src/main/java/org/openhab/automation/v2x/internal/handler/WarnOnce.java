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

import java.util.HashSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a problem once while it lasts, so a rule running every few seconds does not flood the log; the problem is
 * logged again after it was {@link #resolved(String)} and came back.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class WarnOnce {

    private final Logger logger = LoggerFactory.getLogger(WarnOnce.class);
    private final Set<String> active = new HashSet<>();
    private final String ruleUid;

    WarnOnce(String ruleUid) {
        this.ruleUid = ruleUid;
    }

    synchronized void warn(String key, String message) {
        if (active.add(key)) {
            logger.warn("V2X rule {}: {}", ruleUid, message);
        }
    }

    synchronized void resolved(String key) {
        if (active.remove(key)) {
            logger.info("V2X rule {}: {} is fine again", ruleUid, key);
        }
    }

    synchronized boolean isActive(String key) {
        return active.contains(key);
    }
}
