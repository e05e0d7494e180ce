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
package org.openhab.v2x.host;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * Observes what happens in the host, e.g. for the sandbox's status stream or a test's assertions.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public interface HostListener {

    default void thingStatusChanged(ThingUID thing, ThingStatusInfo status) {
    }

    default void itemStateChanged(String itemName, State oldState, State newState) {
    }

    default void itemCommanded(String itemName, Command command) {
    }

    default void ruleFailed(String ruleUid, String message) {
    }

    /**
     * A rule run started by this trigger has ended (also when it was skipped or failed); a driver that steps
     * simulated time waits for it before the next step.
     */
    default void ruleRan(String ruleUid, String triggerId) {
    }
}
