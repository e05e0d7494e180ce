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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The openHAB API listing: exported packages with their versions, and types with their member lines.
 * Format: {@code bundle B V}, {@code package P V}, {@code type <declaration>}, {@code "  " <member> | <descriptor>};
 * lines starting with {@code #} are comments.
 */
public record ApiListing(Map<String, String> packageVersions, Map<String, ApiType> types) {

    public static ApiListing parse(Reader source) throws IOException {
        Map<String, String> packages = new LinkedHashMap<>();
        Map<String, ApiType> types = new LinkedHashMap<>();
        String typeName = null;
        String declaration = null;
        List<String> members = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("  ")) {
                if (typeName == null) {
                    throw new IOException("Member outside a type at line " + lineNumber + ": " + line);
                }
                members.add(line);
                continue;
            }
            if (typeName != null) {
                types.put(typeName, new ApiType(typeName, declaration, List.copyOf(members)));
                typeName = null;
                members.clear();
            }
            if (line.startsWith("package ")) {
                String[] parts = line.split(" ");
                packages.put(parts[1], parts[2]);
            } else if (line.startsWith("type ")) {
                declaration = line.substring("type ".length());
                typeName = ApiType.nameOf(declaration);
            } else if (!line.startsWith("bundle ")) {
                throw new IOException("Unexpected listing line " + lineNumber + ": " + line);
            }
        }
        if (typeName != null) {
            types.put(typeName, new ApiType(typeName, declaration, List.copyOf(members)));
        }
        return new ApiListing(Map.copyOf(packages), Map.copyOf(types));
    }
}
