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
package org.openhab.v2x.host.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The names of the configuration parameters of each thing type, read from the inline {@code config-description} of
 * an add-on's {@code OH-INF/thing/*.xml}: the inbox needs them to tell a discovery result's configuration from its
 * plain properties.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class ConfigParameterNames {

    private final Map<String, Set<String>> byThingType = new HashMap<>();

    public synchronized void load(URL xml) throws IOException {
        try (InputStream in = xml.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            String bindingId = root.getAttribute("bindingId");
            for (Element type : children(root)) {
                if (!type.getTagName().equals("thing-type") && !type.getTagName().equals("bridge-type")) {
                    continue;
                }
                Set<String> names = new LinkedHashSet<>();
                for (Element description : children(type)) {
                    if (description.getTagName().equals("config-description")) {
                        for (Element parameter : children(description)) {
                            if (parameter.getTagName().equals("parameter")) {
                                names.add(parameter.getAttribute("name"));
                            }
                        }
                    }
                }
                byThingType.put(bindingId + ":" + type.getAttribute("id"), Set.copyOf(names));
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot read config descriptions from " + xml + ": " + e.getMessage(), e);
        }
    }

    /** The parameter names of a thing type; empty when unknown. */
    public synchronized Set<String> of(String thingTypeUid) {
        return byThingType.getOrDefault(thingTypeUid, Set.of());
    }

    private static Iterable<Element> children(Element parent) {
        java.util.List<Element> elements = new java.util.ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
