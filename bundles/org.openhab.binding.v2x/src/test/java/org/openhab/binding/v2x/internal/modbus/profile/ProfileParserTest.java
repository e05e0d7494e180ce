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
package org.openhab.binding.v2x.internal.modbus.profile;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.charger.OperatingState;
import org.openhab.binding.v2x.internal.modbus.RegisterType;

/**
 * Register-map profiles: a full profile is read, the built-in ones are valid, and every kind of broken profile is
 * refused naming the field and the line.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class ProfileParserTest {

    private static final String VALID = """
            {
              "id": "test-charger",
              "label": "Test",
              "unverified": ["everything"],
              "unitId": 3,
              "wordOrder": "little",
              "connectorStride": 100,
              "registers": {
                "state": { "address": 100, "type": "int32" },
                "power": { "address": 110, "type": "float32", "table": "input" },
                "soc": { "address": 112, "type": "uint16", "scale": 0.1 },
                "setpoint": { "address": 186, "type": "int32", "invert": true },
                "startStop": { "address": 200, "start": 1, "stop": 2 },
                "failSafe": { "address": 42, "perConnector": false, "maxSeconds": 600 },
                "keepAlive": { "address": 300, "value": 1, "intervalSeconds": 10 }
              },
              "states": { "7": "charging", "8": "discharging", "9": "fault" }
            }
            """;

    @Test
    void readsAFullProfile() throws ProfileException {
        ChargerProfile profile = ProfileParser.parse(VALID);
        assertEquals("test-charger", profile.id());
        assertEquals(3, profile.unitId());
        assertEquals(286, profile.address(186, 2));
        ChargerProfile.Point power = profile.reads().get("power");
        assertNotNull(power);
        assertTrue(power.input());
        assertEquals(RegisterType.FLOAT32, power.format().type());
        assertFalse(power.format().highWordFirst());
        ChargerProfile.Point setpoint = profile.setpoint();
        assertNotNull(setpoint);
        assertTrue(setpoint.format().inverted());
        assertEquals(new ChargerProfile.FailSafe(42, false, 600), profile.failSafe());
        assertEquals(new ChargerProfile.KeepAlive(300, 1, 10), profile.keepAlive());
        assertEquals(OperatingState.DISCHARGING, profile.states().get(8));
        assertEquals(java.util.List.of("everything"), profile.unverified());
    }

    @Test
    void builtInProfilesAreValid() throws IOException, ProfileException {
        for (String id : BuiltInProfiles.IDS) {
            String text = BuiltInProfiles.text(id).orElseThrow();
            ChargerProfile profile = ProfileParser.parse(text);
            assertEquals(id, profile.id());
            assertFalse(profile.unverified().isEmpty(), id + " marks what is unverified");
        }
        assertTrue(BuiltInProfiles.text("no-such-charger").isEmpty());
        ChargerProfile ambibox = ProfileParser.parse(BuiltInProfiles.text("ambibox").orElseThrow());
        ChargerProfile.Point target = ambibox.setpoint();
        assertNotNull(target);
        assertArrayEquals(new int[] { 0, 3000 }, target.format().encode(-3000),
                "a discharge is a positive Ambibox target");
    }

    @Test
    void unknownTypeNamesFieldAndLine() {
        ProfileException e = refused(VALID.replace("\"type\": \"float32\"", "\"type\": \"int12\""));
        assertEquals("registers.power.type", e.field());
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("int12"), e.getMessage());
    }

    @Test
    void overlappingRegistersAreRefused() {
        // soc at 101 lies inside the int32 state at 100-101
        ProfileException e = refused(VALID.replace("\"address\": 112", "\"address\": 101").replace(
                "\"type\": \"float32\", \"table\": \"input\"", "\"type\": \"float32\""));
        assertEquals("registers.soc", e.field());
        assertEquals(11, e.line());
        assertTrue(e.getMessage().contains("overlap state"), e.getMessage());
    }

    @Test
    void inputAndHoldingTablesDoNotOverlap() throws ProfileException {
        // power (input 110-111) and a holding register at 110 live in different tables
        ProfileParser.parse(VALID.replace("\"address\": 200", "\"address\": 110"));
    }

    @Test
    void missingSetpointIsRefused() {
        ProfileException e = refused(VALID.replace("\"setpoint\": { \"address\": 186, \"type\": \"int32\", \"invert\": true },", ""));
        assertEquals("registers.setpoint", e.field());
        assertEquals(8, e.line());
    }

    @Test
    void badJsonNamesTheLine() {
        ProfileException e = refused(VALID.replace("\"unitId\": 3,", "\"unitId\": 3"));
        assertEquals(6, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void otherMistakesNameTheirField() {
        assertEquals("registers.soc.scale", refused(VALID.replace("\"scale\": 0.1", "\"scale\": 0")).field());
        assertEquals("states.8", refused(VALID.replace("\"discharging\", \"9\"", "\"unloading\", \"9\"")).field());
        assertEquals("registers.volts", refused(VALID.replace("\"state\":", "\"volts\":")).field());
        assertEquals("wordOrder", refused(VALID.replace("\"little\"", "\"middle\"")).field());
        assertEquals("registers.setpoint.table",
                refused(VALID.replace("\"invert\": true", "\"invert\": true, \"table\": \"input\"")).field());
        assertEquals("id", refused(VALID.replace("\"id\": \"test-charger\",", "")).field());
    }

    private static ProfileException refused(String json) {
        @Nullable
        ProfileException thrown = null;
        try {
            ProfileParser.parse(json);
        } catch (ProfileException e) {
            thrown = e;
        }
        assertNotNull(thrown, "the profile was accepted");
        return thrown;
    }
}
