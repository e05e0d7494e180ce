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

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Access to the running framework for tests that run inside it.
 */
@NonNullByDefault
final class OsgiTestSupport {

    static final String BINDING_BSN = "org.openhab.binding.v2x";
    static final String AUTOMATION_BSN = "org.openhab.automation.v2x";

    private OsgiTestSupport() {
    }

    static BundleContext context() {
        Bundle self = FrameworkUtil.getBundle(OsgiTestSupport.class);
        assertNotNull(self, "the tests must run inside an OSGi framework");
        BundleContext context = self.getBundleContext();
        assertNotNull(context, "the test bundle is not started");
        return context;
    }

    static Optional<Bundle> findBundle(String symbolicName) {
        return Arrays.stream(context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst();
    }

    static Bundle bundle(String symbolicName) {
        return findBundle(symbolicName)
                .orElseThrow(() -> new AssertionError("bundle " + symbolicName + " is not installed"));
    }

    static <S> S service(Class<S> type, Duration timeout) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(timeout.toMillis());
            if (service == null) {
                throw new AssertionError("no " + type.getName() + " service within " + timeout);
            }
            return service;
        } finally {
            // the framework keeps the service object valid while its bundle is active
            tracker.close();
        }
    }

    static String describe(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion() + " [" + stateName(bundle.getState()) + "]";
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "state " + state;
        };
    }
}
