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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Reads the Declarative Services runtime's view of one bundle and lists every component that is not working.
 */
@NonNullByDefault
final class ComponentHealth {

    private static final String POLICY_REQUIRE = "require";

    private final ServiceComponentRuntime scr;

    ComponentHealth(ServiceComponentRuntime scr) {
        this.scr = scr;
    }

    /** The components SCR knows of in the bundle. */
    Collection<ComponentDescriptionDTO> components(Bundle bundle) {
        return scr.getComponentDescriptionDTOs(bundle);
    }

    /** Whether the named component of the bundle has an ACTIVE configuration. */
    boolean isActive(Bundle bundle, String componentName) {
        return components(bundle).stream().filter(d -> componentName.equals(d.name))
                .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                .anyMatch(c -> c.state == ComponentConfigurationDTO.ACTIVE);
    }

    /** Number of component descriptor files the bundle declares in its Service-Component header. */
    static int declaredDescriptors(Bundle bundle) {
        String header = bundle.getHeaders().get("Service-Component");
        if (header == null || header.isBlank()) {
            return 0;
        }
        return (int) Arrays.stream(header.split(",")).map(String::trim).filter(s -> !s.isEmpty()).count();
    }

    /**
     * Problems of the bundle's components, empty when all are fine: an enabled component must have a
     * configuration that is SATISFIED or ACTIVE; one with configuration policy "require" may have none yet.
     */
    List<String> problems(Bundle bundle) {
        List<String> problems = new ArrayList<>();
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null && components(bundle).size() < declaredDescriptors(bundle)) {
            problems.add(bundle.getSymbolicName() + ": declares " + declaredDescriptors(bundle)
                    + " component descriptors but SCR knows " + components(bundle).size());
        }
        for (ComponentDescriptionDTO description : components(bundle)) {
            problems.addAll(problems(description));
        }
        return problems;
    }

    private List<String> problems(ComponentDescriptionDTO description) {
        List<String> problems = new ArrayList<>();
        String name = description.name;
        if (!scr.isComponentEnabled(description)) {
            if (description.defaultEnabled) {
                problems.add(name + ": disabled");
            }
            return problems;
        }
        Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(description);
        if (configurations.isEmpty() && !POLICY_REQUIRE.equals(description.configurationPolicy)) {
            problems.add(name + ": enabled but has no configuration");
        }
        for (ComponentConfigurationDTO configuration : configurations) {
            if (configuration.state != ComponentConfigurationDTO.SATISFIED
                    && configuration.state != ComponentConfigurationDTO.ACTIVE) {
                problems.add(name + ": " + explain(configuration));
            }
        }
        return problems;
    }

    private static String explain(ComponentConfigurationDTO configuration) {
        StringBuilder text = new StringBuilder(stateName(configuration.state));
        for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
            text.append(", missing reference '").append(reference.name).append('\'');
            if (reference.target != null) {
                text.append(" with target ").append(reference.target);
            }
        }
        if (configuration.failure != null) {
            text.append(", failure: ").append(configuration.failure);
        }
        return text.toString();
    }

    static String stateName(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> "state " + state;
        };
    }
}
