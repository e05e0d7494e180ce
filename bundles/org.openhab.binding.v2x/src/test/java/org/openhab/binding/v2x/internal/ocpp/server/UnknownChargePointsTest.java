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
package org.openhab.binding.v2x.internal.ocpp.server;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class UnknownChargePointsTest {

    private final List<@Nullable String> published = new ArrayList<>();
    private final UnknownChargePoints unknown = new UnknownChargePoints(published::add);

    @Test
    void eachIdIsNewOnceAndTheListIsSorted() {
        assertTrue(unknown.add("B"));
        assertTrue(unknown.add("A"));
        assertFalse(unknown.add("B"));
        assertEquals(List.of("B", "A,B"), published);
    }

    @Test
    void removingTheLastIdPublishesNothingLeft() {
        unknown.add("A");
        unknown.remove("C");
        unknown.remove("A");
        assertEquals(2, published.size());
        assertNull(published.get(1));
    }
}
