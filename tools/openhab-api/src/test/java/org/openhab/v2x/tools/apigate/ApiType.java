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

import java.util.List;

/**
 * One type as the listing writes it: its declaration line and its member lines
 * ({@code <declaration> | <JVM descriptor>}).
 */
public record ApiType(String name, String declaration, List<String> members) {

    /** The fully qualified (binary) name in a declaration such as {@code public class a.B<T> extends ...}. */
    public static String nameOf(String declaration) {
        String[] tokens = declaration.split(" ");
        for (int i = 0; i < tokens.length - 1; i++) {
            if ("class".equals(tokens[i]) || "interface".equals(tokens[i])) {
                String token = tokens[i + 1];
                int generic = token.indexOf('<');
                return generic < 0 ? token : token.substring(0, generic);
            }
        }
        throw new IllegalArgumentException("Not a type declaration: " + declaration);
    }

    /** The package of a binary type name. */
    public static String packageOf(String typeName) {
        int dot = typeName.lastIndexOf('.');
        return dot < 0 ? "" : typeName.substring(0, dot);
    }

    /**
     * The simple member name in a member line: a field's name, a method's name, or a constructor's type name.
     * Used only to pair a changed member with its listed counterpart in reports.
     */
    public static String memberNameOf(String memberLine) {
        String line = memberLine.strip();
        int bar = line.lastIndexOf(" | ");
        String declaration = bar < 0 ? line : line.substring(0, bar);
        int constant = declaration.indexOf(" = ");
        if (constant >= 0) {
            declaration = declaration.substring(0, constant);
        } else {
            int parenthesis = declaration.indexOf('(');
            if (parenthesis >= 0) {
                declaration = declaration.substring(0, parenthesis);
            }
        }
        return declaration.substring(declaration.lastIndexOf(' ') + 1);
    }
}
