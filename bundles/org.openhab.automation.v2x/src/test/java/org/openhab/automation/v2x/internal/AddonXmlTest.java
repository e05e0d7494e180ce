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
package org.openhab.automation.v2x.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code OH-INF/addon/addon.xml} says what openHAB's add-on store shows, and its type and id must match the bundle
 * and the Karaf feature: openHAB derives an add-on's id from the feature name {@code openhab-<type>-<id>}.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class AddonXmlTest {

    private static final String NAMESPACE = "https://openhab.org/schemas/addon/v1.0.0";

    @Test
    void addonXmlDescribesThisAutomationBundle() throws Exception {
        Element addon = addonXml().getDocumentElement();
        assertEquals(NAMESPACE, addon.getNamespaceURI());
        assertEquals("addon", addon.getLocalName());
        String id = addon.getAttribute("id");
        String type = child(addon, "type");

        assertEquals("v2x", id);
        assertEquals("automation", type);
        assertEquals("none", child(addon, "connection"), "the automation talks to items only, never to devices");
        assertFalse(child(addon, "name").isBlank());
        assertFalse(child(addon, "description").isBlank());

        assertEquals("org.openhab." + type + "." + id, bundleSymbolicName());
        String features = Files.readString(Path.of("../../features/org.openhab.addons.v2x.karaf/src/main/feature/feature.xml"),
                StandardCharsets.UTF_8);
        assertTrue(features.contains("<feature name=\"openhab-" + type + "-" + id + "\""), "Karaf feature name");
    }

    @Test
    void addonNameAndDescriptionAreTranslatable() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/OH-INF/i18n/v2x.properties")) {
            assertNotNull(in);
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Element addon = addonXml().getDocumentElement();
        assertEquals(child(addon, "name"), texts.getProperty("addon.v2x.name"));
        assertEquals(child(addon, "description"), texts.getProperty("addon.v2x.description"));
    }

    private Document addonXml() {
        try (InputStream in = getClass().getResourceAsStream("/OH-INF/addon/addon.xml")) {
            assertNotNull(in, "OH-INF/addon/addon.xml is missing");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            return fail("cannot parse addon.xml: " + e);
        }
    }

    private static String child(Element parent, String name) {
        var nodes = parent.getElementsByTagName(name);
        assertEquals(1, nodes.getLength(), "one <" + name + ">");
        return nodes.item(0).getTextContent().trim();
    }

    /** The name bnd gave the bundle, from the manifest it wrote before the tests run. */
    private static String bundleSymbolicName() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            String name = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
            assertNotNull(name);
            return name.split(";")[0].trim();
        }
    }
}
