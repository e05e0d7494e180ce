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
package org.openhab.binding.v2x.internal.metadata;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The binding's thing, bridge, channel group and channel types as read from {@code OH-INF/thing/*.xml}, for tests
 * of the metadata.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class ThingDescriptions {

    /** A thing or bridge type: its equipment tag, category, thingTypeVersion and channels (group#id → type id). */
    record ThingType(String uid, @Nullable String equipmentTag, @Nullable String category, int version,
            Map<String, String> channels) {
    }

    record ChannelType(String uid, List<String> tags, @Nullable String category) {
    }

    final Map<String, ThingType> thingTypes = new LinkedHashMap<>();
    final Map<String, ChannelType> channelTypes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> groupTypes = new LinkedHashMap<>();

    static ThingDescriptions load() throws Exception {
        ThingDescriptions descriptions = new ThingDescriptions();
        List<Document> documents = new ArrayList<>();
        for (Path file : files("OH-INF/thing")) {
            documents.add(parse(file));
        }
        // channel groups first: thing types refer to them
        for (Document document : documents) {
            String binding = document.getDocumentElement().getAttribute("bindingId");
            for (Element group : children(document.getDocumentElement(), "channel-group-type")) {
                descriptions.groupTypes.put(binding + ":" + group.getAttribute("id"), channels(group, "", binding));
            }
            for (Element channel : children(document.getDocumentElement(), "channel-type")) {
                List<String> tags = new ArrayList<>();
                Element tagList = child(channel, "tags");
                if (tagList != null) {
                    children(tagList, "tag").forEach(tag -> tags.add(tag.getTextContent().trim()));
                }
                String uid = binding + ":" + channel.getAttribute("id");
                descriptions.channelTypes.put(uid, new ChannelType(uid, tags, text(channel, "category")));
            }
        }
        for (Document document : documents) {
            String binding = document.getDocumentElement().getAttribute("bindingId");
            for (String kind : List.of("thing-type", "bridge-type")) {
                for (Element type : children(document.getDocumentElement(), kind)) {
                    descriptions.addThingType(binding, type);
                }
            }
        }
        return descriptions;
    }

    private void addThingType(String binding, Element type) {
        Map<String, String> channels = new LinkedHashMap<>();
        Element channelList = child(type, "channels");
        if (channelList != null) {
            channels.putAll(channels(channelList, "", binding));
        }
        Element groups = child(type, "channel-groups");
        if (groups != null) {
            for (Element group : children(groups, "channel-group")) {
                Map<String, String> groupChannels = groupTypes.get(binding + ":" + group.getAttribute("typeId"));
                if (groupChannels == null) {
                    throw new IllegalStateException("unknown channel group type " + group.getAttribute("typeId"));
                }
                groupChannels.forEach((id, typeId) -> channels.put(group.getAttribute("id") + "#" + id, typeId));
            }
        }
        int version = 0;
        Element properties = child(type, "properties");
        if (properties != null) {
            for (Element property : children(properties, "property")) {
                if ("thingTypeVersion".equals(property.getAttribute("name"))) {
                    version = Integer.parseInt(property.getTextContent().trim());
                }
            }
        }
        String uid = binding + ":" + type.getAttribute("id");
        thingTypes.put(uid, new ThingType(uid, text(type, "semantic-equipment-tag"), text(type, "category"), version,
                channels));
    }

    private static Map<String, String> channels(Element parent, String prefix, String binding) {
        Map<String, String> channels = new LinkedHashMap<>();
        Element list = "channels".equals(parent.getTagName()) ? parent : child(parent, "channels");
        if (list != null) {
            for (Element channel : children(list, "channel")) {
                String typeId = channel.getAttribute("typeId");
                channels.put(prefix + channel.getAttribute("id"), typeId.contains(":") ? typeId : binding + ":" + typeId);
            }
        }
        return channels;
    }

    /** The XML files in a folder of the binding's resources. */
    static List<Path> files(String folder) throws Exception {
        URL url = ThingDescriptions.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException(folder + " is missing");
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && name.equals(element.getLocalName() != null ? element.getLocalName()
                    : element.getTagName())) {
                result.add(element);
            }
        }
        return result;
    }

    static @Nullable Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static @Nullable String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }
}
