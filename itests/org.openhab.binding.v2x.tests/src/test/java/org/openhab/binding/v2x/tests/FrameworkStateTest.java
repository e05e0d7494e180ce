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
package org.openhab.binding.v2x.tests;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.v2x.tests.OsgiTestSupport.*;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * Every bundle of the test runtime resolves and starts: a missing import or a failing activator shows up here
 * with the bundle's name.
 */
@NonNullByDefault
class FrameworkStateTest {

    @Test
    void everyBundleIsActiveAndEveryFragmentResolved() {
        List<String> wrong = Arrays.stream(context().getBundles()).filter(b -> b.getState() != expectedState(b))
                .map(b -> describe(b) + ", expected " + stateName(expectedState(b))).collect(Collectors.toList());

        assertEquals(List.of(), wrong, "bundles not in their expected state");
    }

    @Test
    void theAddOnBundlesAreInstalled() {
        assertEquals(Bundle.ACTIVE, bundle(BINDING_BSN).getState(), describe(bundle(BINDING_BSN)));
        assertEquals(Bundle.ACTIVE, bundle(AUTOMATION_BSN).getState(), describe(bundle(AUTOMATION_BSN)));
    }

    @Test
    void theOpenHabApiStandInIsPresentForTestsOnly() {
        Bundle standIn = bundle("org.openhab.addons.v2x.tools.openhab-api");
        assertEquals(Bundle.ACTIVE, standIn.getState(), describe(standIn));
    }

    private static int expectedState(Bundle bundle) {
        return bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null ? Bundle.RESOLVED : Bundle.ACTIVE;
    }
}
