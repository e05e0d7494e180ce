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
package org.openhab.v2x.tools.apigate;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The signature gate: every type, member and exported package of the compiled stand-in (target/classes and the
 * manifest bnd wrote there) must appear identically in the openHAB 5.2.1 API listing.
 */
class OpenhabApiGateTest {

    static final String LISTING = "/openhab-core-5.2.1-api.txt";

    private static ApiListing listing;
    private static Path classes;

    @BeforeAll
    static void load() throws IOException {
        listing = loadListing();
        classes = Path.of(System.getProperty("basedir", "."), "target", "classes");
    }

    static ApiListing loadListing() throws IOException {
        try (InputStream in = OpenhabApiGateTest.class.getResourceAsStream(LISTING)) {
            assertNotNull(in, "listing resource " + LISTING);
            return ApiListing.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void standInMatchesListing() throws IOException {
        Map<String, ApiType> standIn = StandInReader.read(classes);
        assertFalse(standIn.isEmpty(), "no stand-in classes found in " + classes);

        List<ApiDifference> differences = new ArrayList<>(
                ApiComparer.compareTypes(listing, standIn.values()));
        Path manifest = classes.resolve("META-INF/MANIFEST.MF");
        assertTrue(Files.isRegularFile(manifest), "bnd-process must write " + manifest + " before the tests");
        differences.addAll(ApiComparer.comparePackages(listing, ExportedPackages.read(manifest),
                ApiComparer.packagesOf(standIn.values())));

        int members = standIn.values().stream().mapToInt(type -> type.members().size()).sum();
        System.out.printf("openHAB API gate: %d types, %d members, %d packages checked against %s%n",
                standIn.size(), members, ApiComparer.packagesOf(standIn.values()).size(), LISTING);
        assertTrue(differences.isEmpty(), () -> ApiDifference.report(differences));
    }

    @Test
    void listingIsReadCompletely() {
        assertEquals("5.2.1", listing.packageVersions().get("org.openhab.core.thing"));
        assertEquals(94, listing.packageVersions().size());
        ApiType uid = listing.types().get("org.openhab.core.common.AbstractUID");
        assertNotNull(uid);
        assertTrue(uid.members().contains(
                "  public static final java.lang.String SEPARATOR = \":\" | Ljava/lang/String;"));
    }
}
