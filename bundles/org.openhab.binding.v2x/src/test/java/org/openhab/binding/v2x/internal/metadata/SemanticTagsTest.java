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

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every semantic tag the binding's XML uses is one of openHAB 5.2.1's own tags (a copy of its tag list is in the test
 * resources), of the right kind: equipment tags on thing types, points and properties on channel types, at most one
 * point and one property per channel type. An unknown tag is dropped by openHAB and the item is not found by voice
 * assistants or the semantic model.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class SemanticTagsTest {

    private static final Map<String, String> KIND_OF_TAG = new HashMap<>();
    private static ThingDescriptions descriptions = new ThingDescriptions();

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SemanticTagsTest.class.getResourceAsStream("/semantics/SemanticTags-5.2.1.csv")) {
            assertNotNull(in, "openHAB's tag list is in the test resources");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header: Type,Tag,Parent,Label,Synonyms,Description
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // type and tag never hold commas or quotes; later columns may
                String[] columns = line.split(",", 3);
                if (columns.length >= 2) {
                    KIND_OF_TAG.put(columns[1], columns[0]);
                }
            }
        }
        descriptions = ThingDescriptions.load();
    }

    @Test
    void theTagListAndTheXmlAreRead() {
        assertEquals("Equipment", KIND_OF_TAG.get("EVSE"));
        assertEquals("Point", KIND_OF_TAG.get("Measurement"));
        assertEquals("Property", KIND_OF_TAG.get("StateOfCharge"));
        assertTrue(descriptions.thingTypes.containsKey("v2x:ocpp-charger"));
        assertTrue(descriptions.channelTypes.size() > 20, descriptions.channelTypes.keySet().toString());
    }

    @Test
    void thingTypesCarOpenhabEquipmentTags() {
        List<String> problems = new ArrayList<>();
        descriptions.thingTypes.values().forEach(type -> {
            checkKind(problems, type.uid() + " semantic-equipment-tag", type.equipmentTag(), "Equipment");
            // without a semantic-equipment-tag openHAB takes a thing type's category as its equipment tag
            checkKind(problems, type.uid() + " category", type.category(), "Equipment");
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void channelTypesCarryAtMostOnePointAndOneProperty() {
        List<String> problems = new ArrayList<>();
        descriptions.channelTypes.values().forEach(type -> {
            int points = 0;
            int properties = 0;
            for (String tag : type.tags()) {
                String kind = KIND_OF_TAG.get(tag);
                if ("Point".equals(kind)) {
                    points++;
                } else if ("Property".equals(kind)) {
                    properties++;
                } else {
                    problems.add(type.uid() + ": tag '" + tag + "' is " + (kind == null ? "unknown" : "a " + kind));
                }
            }
            if (points > 1 || properties > 1) {
                problems.add(type.uid() + ": " + type.tags() + " has more than one point or property");
            }
            String category = type.category();
            if (category != null && KIND_OF_TAG.containsKey(category) && !"Property".equals(KIND_OF_TAG.get(category))
                    && !"Point".equals(KIND_OF_TAG.get(category))) {
                problems.add(type.uid() + ": category '" + category + "' is a " + KIND_OF_TAG.get(category));
            }
        });
        assertEquals(List.of(), problems);
    }

    private static void checkKind(List<String> problems, String where, @org.eclipse.jdt.annotation.Nullable String tag,
            String kind) {
        if (tag != null && !kind.equals(KIND_OF_TAG.get(tag))) {
            problems.add(where + " '" + tag + "' is not an openHAB " + kind + " tag");
        }
    }
}
