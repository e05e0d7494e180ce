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
package org.openhab.v2x.sandbox.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.time.Clock;
import java.util.Hashtable;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sandbox's clock service carries what the automation's module handler factory asks of a clock, read from the
 * factory's component description in the automation bundle, as Declarative Services reads it.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class SandboxClockServiceTest {

    private static final String FACTORY_DS_XML = "OSGI-INF/org.openhab.automation.v2x.internal.V2xModuleHandlerFactory.xml";

    @Test
    void theAutomationTakesTheSandboxClockAndNoOther() throws Exception {
        Filter target = FrameworkUtil.createFilter(clockTarget());

        Hashtable<String, Object> sandbox = SandboxActivator.clockProperties();
        sandbox.put("objectClass", new String[] { Clock.class.getName() });
        assertTrue(target.match(sandbox), "the automation takes the sandbox's clock");

        Hashtable<String, Object> plain = new Hashtable<>();
        plain.put("objectClass", new String[] { Clock.class.getName() });
        assertFalse(target.match(plain), "and no unmarked clock");
    }

    private static String clockTarget() throws Exception {
        try (InputStream in = SandboxClockServiceTest.class.getClassLoader().getResourceAsStream(FACTORY_DS_XML)) {
            assertNotNull(in, FACTORY_DS_XML + " not found in the automation bundle");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList references = factory.newDocumentBuilder().parse(in).getElementsByTagName("reference");
            for (int i = 0; i < references.getLength(); i++) {
                Element reference = (Element) references.item(i);
                if (Clock.class.getName().equals(reference.getAttribute("interface"))) {
                    String target = reference.getAttribute("target");
                    assertFalse(target.isBlank(), "the Clock reference has no target: any clock would do");
                    return target;
                }
            }
            return fail("the factory has no Clock reference");
        }
    }
}
