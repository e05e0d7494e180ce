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
package org.openhab.core.thing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Identifies a channel: {@code <thingUID>:channelId}, or {@code <thingUID>:groupId#channelId} for a channel in a
 * group.
 */
public class ChannelUID extends UID {

    public static final Pattern CHANNEL_SEGMENT_PATTERN = Pattern.compile("[\\w-]*|[\\w-]*#[\\w-]*");
    public static final String CHANNEL_GROUP_SEPARATOR = "#";

    public ChannelUID(String channelUid) {
        super(channelUid);
    }

    public ChannelUID(ThingUID thingUID, String id) {
        super(append(thingUID, id));
    }

    public ChannelUID(ChannelGroupUID channelGroupUID, String id) {
        super(append(channelGroupUID.getThingUID(), channelGroupUID.getId() + CHANNEL_GROUP_SEPARATOR + id));
    }

    public ChannelUID(ThingUID thingUID, String groupId, String id) {
        super(append(thingUID, groupId + CHANNEL_GROUP_SEPARATOR + id));
    }

    private static List<String> append(ThingUID thingUID, String id) {
        List<String> segments = new ArrayList<>(List.of(thingUID.getAsString().split(SEPARATOR, -1)));
        segments.add(id);
        return segments;
    }

    /** The channel id, including the group as {@code groupId#channelId} when the channel is in a group. */
    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    public String getIdWithoutGroup() {
        String id = getId();
        int separator = id.indexOf(CHANNEL_GROUP_SEPARATOR);
        return separator < 0 ? id : id.substring(separator + 1);
    }

    public boolean isInGroup() {
        return getId().contains(CHANNEL_GROUP_SEPARATOR);
    }

    public @Nullable String getGroupId() {
        String id = getId();
        int separator = id.indexOf(CHANNEL_GROUP_SEPARATOR);
        return separator < 0 ? null : id.substring(0, separator);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    @Override
    protected void validateSegment(String segment, int index, int length) {
        if (index < length - 1) {
            super.validateSegment(segment, index, length);
        } else if (!CHANNEL_SEGMENT_PATTERN.matcher(segment).matches()) {
            throw new IllegalArgumentException("Channel id '" + segment
                    + "' contains invalid characters; allowed are letters, digits, '_', '-' and one '#'");
        }
    }

    public ThingUID getThingUID() {
        List<String> all = getAllSegments();
        return new ThingUID(all.subList(0, all.size() - 1).toArray(String[]::new));
    }
}
