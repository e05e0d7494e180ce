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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

/** The {@code Export-Package} header of a bundle manifest: package to version ({@code 0.0.0} when unversioned). */
public final class ExportedPackages {

    private ExportedPackages() {
    }

    public static Map<String, String> read(Path manifestFile) throws IOException {
        try (InputStream in = Files.newInputStream(manifestFile)) {
            String header = new Manifest(in).getMainAttributes().getValue("Export-Package");
            return header == null ? Map.of() : parse(header);
        }
    }

    static Map<String, String> parse(String header) {
        Map<String, String> exports = new LinkedHashMap<>();
        for (String clause : split(header, ',')) {
            List<String> packages = new ArrayList<>();
            String version = "0.0.0";
            for (String part : split(clause, ';')) {
                String item = part.strip();
                int equals = item.indexOf('=');
                if (equals < 0) {
                    packages.add(item);
                } else if (item.substring(0, equals).strip().equals("version")) {
                    version = item.substring(equals + 1).strip().replace("\"", "");
                }
            }
            for (String exported : packages) {
                exports.put(exported, version);
            }
        }
        return exports;
    }

    /** Splits at a separator outside double quotes (attribute values such as uses:="a,b" contain commas). */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }
}
