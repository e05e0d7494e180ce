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

/**
 * Identifies a thing: {@code bindingId:thingTypeId[:bridgeId...]:id}. A thing created without a type has an empty
 * type segment.
 */
public class ThingUID extends UID {

    private static final String NO_THING_TYPE = "";

    public ThingUID(ThingTypeUID thingTypeUID, String id) {
        super(thingTypeUID.getBindingId(), thingTypeUID.getId(), id);
    }

    public ThingUID(ThingTypeUID thingTypeUID, ThingUID bridgeUID, String id) {
        super(segments(thingTypeUID.getBindingId(), thingTypeUID.getId(), id, bridgeIdsOf(bridgeUID)));
    }

    public ThingUID(ThingTypeUID thingTypeUID, String id, String... bridgeIds) {
        super(segments(thingTypeUID.getBindingId(), thingTypeUID.getId(), id, List.of(bridgeIds)));
    }

    public ThingUID(String bindingId, String id) {
        super(bindingId, NO_THING_TYPE, id);
    }

    public ThingUID(String bindingId, ThingUID bridgeUID, String id) {
        super(segments(bindingId, NO_THING_TYPE, id, bridgeIdsOf(bridgeUID)));
    }

    public ThingUID(String bindingId, String thingTypeId, String id) {
        super(bindingId, thingTypeId, id);
    }

    public ThingUID(String thingUID) {
        super(thingUID);
    }

    public ThingUID(String... segments) {
        super(segments);
    }

    /** A bridge's own id and the ids of its bridges, i.e. everything after its type segment. */
    private static List<String> bridgeIdsOf(ThingUID bridgeUID) {
        List<String> all = bridgeUID.getAllSegments();
        return all.subList(2, all.size());
    }

    private static List<String> segments(String bindingId, String thingTypeId, String id, List<String> bridgeIds) {
        List<String> segments = new ArrayList<>();
        segments.add(bindingId);
        segments.add(thingTypeId);
        segments.addAll(bridgeIds);
        segments.add(id);
        return segments;
    }

    /** The ids of the bridges this thing is reached through, outermost first. */
    public List<String> getBridgeIds() {
        List<String> all = getAllSegments();
        return all.subList(2, all.size() - 1);
    }

    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 3;
    }
}
