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
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * openHAB's config description registry in miniature: config descriptions by URI, read from thing type XML (inline
 * {@code <config-description>}) and from {@code OH-INF/config/*.xml}; applies defaults, normalizes types and
 * validates configurations against them.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class ConfigDescriptions {

    private final Map<String, List<ConfigParameter>> descriptions = new ConcurrentHashMap<>();

    public void add(String uri, List<ConfigParameter> parameters) {
        descriptions.put(uri, List.copyOf(parameters));
    }

    public @Nullable List<ConfigParameter> get(String uri) {
        return descriptions.get(uri);
    }

    /** Reads the {@code <config-description uri="...">} elements of an {@code OH-INF/config/*.xml} file. */
    public void load(URL xml) throws IOException {
        Element root = parse(xml);
        for (Element element : children(root)) {
            if ("config-description".equals(localName(element))) {
                add(element.getAttribute("uri"), parameters(element));
            }
        }
    }

    /** The parameters of a {@code <config-description>} element. */
    public static List<ConfigParameter> parameters(Element description) {
        List<ConfigParameter> parameters = new ArrayList<>();
        for (Element element : children(description)) {
            if (localName(element).equals("parameter-group")) {
                continue;
            }
            if (!localName(element).equals("parameter")) {
                continue;
            }
            List<String> options = new ArrayList<>();
            Element optionList = first(element, "options");
            if (optionList != null) {
                for (Element option : children(optionList)) {
                    options.add(option.getAttribute("value"));
                }
            }
            Element limit = first(element, "limitToOptions");
            Element multiple = first(element, "multiple");
            Element defaultValue = first(element, "default");
            parameters.add(new ConfigParameter(element.getAttribute("name"), element.getAttribute("type"),
                    Boolean.parseBoolean(element.getAttribute("required")), decimal(element.getAttribute("min")),
                    decimal(element.getAttribute("max")), blankToNull(element.getAttribute("pattern")), options,
                    limit == null || Boolean.parseBoolean(limit.getTextContent().trim()),
                    Boolean.parseBoolean(element.getAttribute("multiple"))
                            || (multiple != null && Boolean.parseBoolean(multiple.getTextContent().trim())),
                    defaultValue == null ? null : defaultValue.getTextContent().trim()));
        }
        return parameters;
    }

    /** Puts each parameter's default into the configuration where it has no value, as openHAB does. */
    public static void applyDefaults(Configuration configuration, List<ConfigParameter> parameters) {
        for (ConfigParameter parameter : parameters) {
            Object value = parameter.typedDefault();
            if (value != null && configuration.get(parameter.name()) == null) {
                configuration.put(parameter.name(), value);
            }
        }
    }

    /** Converts the values of described parameters to their types; undescribed ones as openHAB guesses them. */
    public static void normalize(Configuration configuration, List<ConfigParameter> parameters) {
        Map<String, ConfigParameter> byName = new LinkedHashMap<>();
        parameters.forEach(parameter -> byName.put(parameter.name(), parameter));
        for (String key : List.copyOf(configuration.keySet())) {
            Object value = configuration.get(key);
            ConfigParameter parameter = byName.get(key);
            configuration.put(key, parameter != null ? parameter.normalize(value) : guessType(value));
        }
    }

    /** openHAB's type guess for values without a description: numbers become BigDecimal. */
    public static @Nullable Object guessType(@Nullable Object value) {
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return new BigDecimal(number.toString());
        }
        return value;
    }

    /** The violations by parameter name, empty when the configuration is valid. */
    public static Map<String, String> violations(Map<String, @Nullable Object> configuration,
            List<ConfigParameter> parameters) {
        Map<String, String> violations = new LinkedHashMap<>();
        for (ConfigParameter parameter : parameters) {
            String violation = parameter.violation(configuration.get(parameter.name()));
            if (violation != null) {
                violations.put(parameter.name(), violation);
            }
        }
        return violations;
    }

    static Element parse(URL xml) throws IOException {
        try (InputStream in = xml.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(false);
            Document document = factory.newDocumentBuilder().parse(in);
            return document.getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot read " + xml + ": " + e.getMessage(), e);
        }
    }

    static String localName(Element element) {
        String name = element.getTagName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    static @Nullable Element first(Element parent, String tag) {
        for (Element child : children(parent)) {
            if (localName(child).equals(tag)) {
                return child;
            }
        }
        return null;
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static @Nullable BigDecimal decimal(String text) {
        return text.isBlank() ? null : new BigDecimal(text.trim());
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
