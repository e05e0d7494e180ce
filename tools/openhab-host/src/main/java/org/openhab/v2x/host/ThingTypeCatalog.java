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
package org.openhab.v2x.host;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.v2x.host.internal.ConfigDescriptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads thing types from an add-on's {@code OH-INF/thing/*.xml}: their channels, so things created by the host
 * carry the same channels as in openHAB (and a channel id used in code but missing in the XML shows up in tests),
 * whether they need a bridge, and their config descriptions (inline ones are added to the host's config
 * descriptions under openHAB's URI {@code thing-type:<binding>:<type>}).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class ThingTypeCatalog {

    /** A channel of a thing: {@code id} is {@code group#channel} for channels in groups. */
    public record ChannelSpec(String id, String channelTypeUid, String itemType) {
    }

    private record Ref(String id, String typeId) {
    }

    private final Map<String, List<Ref>> thingChannels = new HashMap<>();
    private final Map<String, List<Ref>> thingGroups = new HashMap<>();
    private final Map<String, List<Ref>> groupChannels = new HashMap<>();
    private final Map<String, String> channelItemTypes = new HashMap<>();
    private final java.util.Set<String> bridgeTypes = new java.util.HashSet<>();
    private final Map<String, String> configDescriptionUris = new HashMap<>();
    private final Map<String, Boolean> needsBridge = new HashMap<>();
    private final ConfigDescriptions configDescriptions;

    public ThingTypeCatalog(ConfigDescriptions configDescriptions) {
        this.configDescriptions = configDescriptions;
    }

    public synchronized void load(URL xml) throws IOException {
        try (InputStream in = xml.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document document = builder.parse(in);
            Element root = document.getDocumentElement();
            String bindingId = root.getAttribute("bindingId");
            for (Element element : children(root)) {
                String id = bindingId + ":" + element.getAttribute("id");
                switch (element.getTagName()) {
                    case "thing-type", "bridge-type" -> {
                        thingChannels.put(id, refs(element, "channels", "channel", bindingId));
                        thingGroups.put(id, refs(element, "channel-groups", "channel-group", bindingId));
                        if (element.getTagName().equals("bridge-type")) {
                            bridgeTypes.add(id);
                        }
                        needsBridge.put(id, first(element, "supported-bridge-type-refs") != null);
                        readConfigDescription(element, "thing-type:" + id);
                    }
                    case "channel-group-type" -> groupChannels.put(id, refs(element, "channels", "channel", bindingId));
                    case "channel-type" -> {
                        Element itemType = first(element, "item-type");
                        channelItemTypes.put(id, itemType == null ? "String" : itemType.getTextContent().trim());
                    }
                    default -> {
                    }
                }
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot read thing types from " + xml + ": " + e.getMessage(), e);
        }
    }

    private void readConfigDescription(Element type, String inlineUri) {
        Element inline = first(type, "config-description");
        Element reference = first(type, "config-description-ref");
        if (inline != null) {
            configDescriptions.add(inlineUri, ConfigDescriptions.parameters(inline));
            configDescriptionUris.put(inlineUri.substring(inlineUri.indexOf(':') + 1), inlineUri);
        } else if (reference != null) {
            configDescriptionUris.put(inlineUri.substring(inlineUri.indexOf(':') + 1), reference.getAttribute("uri"));
        }
    }

    /** The URI of the thing type's config description, or null if it has none. */
    public synchronized @Nullable String configDescriptionUri(String thingTypeUid) {
        return configDescriptionUris.get(thingTypeUid);
    }

    /** Whether the thing type lists supported bridge types, so a thing of it must have a bridge. */
    public synchronized boolean needsBridge(String thingTypeUid) {
        return needsBridge.getOrDefault(thingTypeUid, false);
    }

    public synchronized boolean knows(String thingTypeUid) {
        return thingChannels.containsKey(thingTypeUid);
    }

    public synchronized boolean isBridgeType(String thingTypeUid) {
        return bridgeTypes.contains(thingTypeUid);
    }

    /** The channels of a thing type, or an empty list for an unknown type. */
    public synchronized List<ChannelSpec> channelsOf(String thingTypeUid) {
        List<ChannelSpec> result = new ArrayList<>();
        for (Ref channel : thingChannels.getOrDefault(thingTypeUid, List.of())) {
            result.add(spec(channel.id(), channel.typeId()));
        }
        for (Ref group : thingGroups.getOrDefault(thingTypeUid, List.of())) {
            for (Ref channel : groupChannels.getOrDefault(group.typeId(), List.of())) {
                result.add(spec(group.id() + "#" + channel.id(), channel.typeId()));
            }
        }
        return result;
    }

    private ChannelSpec spec(String id, String typeId) {
        return new ChannelSpec(id, typeId, channelItemTypes.getOrDefault(typeId, "String"));
    }

    private static List<Ref> refs(Element parent, String listTag, String entryTag, String bindingId) {
        Element list = first(parent, listTag);
        if (list == null) {
            return List.of();
        }
        List<Ref> refs = new ArrayList<>();
        for (Element entry : children(list)) {
            if (entry.getTagName().equals(entryTag)) {
                String typeId = entry.getAttribute("typeId");
                // system channel types keep their own prefix
                String qualified = typeId.contains(":") ? typeId : bindingId + ":" + typeId;
                refs.add(new Ref(entry.getAttribute("id"), qualified));
            }
        }
        return refs;
    }

    private static @Nullable Element first(Element parent, String tag) {
        for (Element child : children(parent)) {
            if (child.getTagName().equals(tag)) {
                return child;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
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
}
