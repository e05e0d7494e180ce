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

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.openhab.binding.v2x.tests.fixture.ProbeComponent;
import org.openhab.binding.v2x.tests.fixture.UnsatisfiedProbeComponent;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Every Declarative Services component of the add-on bundles is satisfied or active. The check itself is shown to
 * work on a bundle without components and on the test bundle's own probe components, one of which can never be
 * satisfied, so it passes for the right reason whether the add-ons have components yet or not.
 */
@NonNullByDefault
class DeclarativeServicesTest {

    private static final Duration SETTLE_TIME = Duration.ofSeconds(10);

    private final ComponentHealth health;

    DeclarativeServicesTest() throws InterruptedException {
        health = new ComponentHealth(service(ServiceComponentRuntime.class, SETTLE_TIME));
    }

    @Test
    void everyComponentOfTheAddOnBundlesIsSatisfiedOrActive(TestReporter reporter) {
        for (String symbolicName : List.of(BINDING_BSN, AUTOMATION_BSN)) {
            Bundle bundle = bundle(symbolicName);
            Await.until(() -> health.problems(bundle).isEmpty(), SETTLE_TIME,
                    () -> "components of " + symbolicName + " that do not work: " + health.problems(bundle));

            reporter.publishEntry(symbolicName + ".components", componentNames(bundle));
            assertTrue(health.components(bundle).size() >= ComponentHealth.declaredDescriptors(bundle),
                    "every declared component of " + symbolicName + " is known to SCR");
        }
    }

    @Test
    void aBundleWithoutComponentsPassesTheCheck() {
        Bundle gson = bundle("com.google.gson");

        assertEquals(0, ComponentHealth.declaredDescriptors(gson));
        assertTrue(health.components(gson).isEmpty());
        assertEquals(List.of(), health.problems(gson));
    }

    @Test
    void theCheckAcceptsAWorkingComponentAndReportsAnUnsatisfiedOne() {
        Bundle self = FrameworkUtil.getBundle(DeclarativeServicesTest.class);
        assertNotNull(self);
        awaitActive(self, ProbeComponent.class.getName());

        List<String> problems = health.problems(self);

        assertEquals(2, ComponentHealth.declaredDescriptors(self), componentNames(self));
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.get(0);
        assertTrue(problem.startsWith(UnsatisfiedProbeComponent.class.getName() + ":"), problem);
        assertTrue(problem.contains("UNSATISFIED_REFERENCE"), problem);
        assertTrue(problem.contains("missing reference 'neverRegistered'"), problem);
    }

    private void awaitActive(Bundle bundle, String componentName) {
        Await.until(() -> health.isActive(bundle, componentName), SETTLE_TIME,
                () -> componentName + " did not become ACTIVE; components: " + componentNames(bundle));
    }

    private String componentNames(Bundle bundle) {
        Collection<ComponentDescriptionDTO> components = health.components(bundle);
        return components.size() + " " + components.stream().map(d -> d.name).sorted().collect(Collectors.toList());
    }
}
