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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.metadata.ThingDescriptions.ThingType;
import org.w3c.dom.Element;

/**
 * The update instructions in {@code OH-INF/update} bring things made from an older thing type to the current one, as
 * openHAB applies them when a thing's {@code thingTypeVersion} property is below the thing type's: every instruction
 * names a real thing type and channel, adds or updates a channel to the type the thing type now declares for it,
 * removes only channels the thing type no longer has, and the thing type's version is the highest target version.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class UpdateInstructionsTest {

    @Test
    void instructionsMatchTheThingTypes() throws Exception {
        ThingDescriptions descriptions = ThingDescriptions.load();
        List<Path> files = ThingDescriptions.files("OH-INF/update");
        assertFalse(files.isEmpty(), "update instructions exist");
        Map<String, Integer> highestTarget = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Element root = ThingDescriptions.parse(file).getDocumentElement();
            for (Element thingTypeElement : ThingDescriptions.children(root, "thing-type")) {
                String uid = thingTypeElement.getAttribute("uid");
                ThingType type = descriptions.thingTypes.get(uid);
                if (type == null) {
                    problems.add(file.getFileName() + ": unknown thing type " + uid);
                    continue;
                }
                int previous = 0;
                for (Element set : ThingDescriptions.children(thingTypeElement, "instruction-set")) {
                    int target = Integer.parseInt(set.getAttribute("targetVersion"));
                    if (target <= previous) {
                        problems.add(uid + ": target version " + target + " does not follow " + previous);
                    }
                    previous = target;
                    highestTarget.merge(uid, target, Math::max);
                    checkInstructions(descriptions, type, set, problems);
                }
            }
        }
        highestTarget.forEach((uid, target) -> {
            int version = descriptions.thingTypes.get(uid).version();
            if (version != target) {
                problems.add(uid + ": thingTypeVersion is " + version + " but instructions go up to " + target);
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(2, highestTarget.get("v2x:ev"), "the car's SoC channel change is covered");
    }

    @Test
    void thingTypesAboveTheFirstVersionHaveInstructions() throws Exception {
        ThingDescriptions descriptions = ThingDescriptions.load();
        List<String> covered = new ArrayList<>();
        for (Path file : ThingDescriptions.files("OH-INF/update")) {
            Element root = ThingDescriptions.parse(file).getDocumentElement();
            ThingDescriptions.children(root, "thing-type").forEach(t -> covered.add(t.getAttribute("uid")));
        }
        List<String> missing = descriptions.thingTypes.values().stream().filter(t -> t.version() > 1)
                .map(ThingType::uid).filter(uid -> !covered.contains(uid)).toList();
        assertEquals(List.of(), missing);
    }

    private static void checkInstructions(ThingDescriptions descriptions, ThingType type, Element set,
            List<String> problems) {
        String where = type.uid() + " v" + set.getAttribute("targetVersion");
        for (String kind : List.of("add-channel", "update-channel", "remove-channel")) {
            for (Element instruction : ThingDescriptions.children(set, kind)) {
                for (String channel : channelIds(instruction)) {
                    String declared = type.channels().get(channel);
                    if ("remove-channel".equals(kind)) {
                        if (declared != null) {
                            problems.add(where + ": removes " + channel + ", which the thing type still has");
                        }
                        continue;
                    }
                    String channelType = ThingDescriptions.text(instruction, "type");
                    if (channelType == null || !descriptions.channelTypes.containsKey(channelType)) {
                        problems.add(where + ": " + kind + " " + channel + " names unknown channel type "
                                + channelType);
                    } else if (!channelType.equals(declared)) {
                        problems.add(where + ": " + kind + " " + channel + " to " + channelType
                                + ", but the thing type declares " + declared);
                    }
                }
            }
        }
    }

    /** The channel ids an instruction touches: its id, inside each of its groups if it names any. */
    private static List<String> channelIds(Element instruction) {
        String id = instruction.getAttribute("id");
        String groups = instruction.getAttribute("groupIds");
        if (groups.isBlank()) {
            return List.of(id);
        }
        return List.of(groups.split(",")).stream().map(group -> group.trim() + "#" + id).toList();
    }
}
