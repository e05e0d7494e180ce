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
import java.util.stream.Collectors;

/**
 * One way in which the stand-in departs from the listing.
 *
 * @param subject the type or package concerned
 * @param member the member's simple name, or empty for a type or package
 */
public record ApiDifference(Kind kind, String subject, String member, String expected, String found) {

    public enum Kind {
        TYPE_NOT_IN_LISTING,
        TYPE_DECLARATION_DIFFERS,
        MEMBER_NOT_IN_LISTING,
        MEMBER_DIFFERS,
        PACKAGE_NOT_IN_LISTING,
        PACKAGE_VERSION_DIFFERS,
        PACKAGE_NOT_EXPORTED
    }

    @Override
    public String toString() {
        String where = member.isEmpty() ? subject : subject + "#" + member;
        return kind + " " + where + "\n    expected: " + expected + "\n    found:    " + found;
    }

    /** A readable report of all differences, one block each. */
    public static String report(List<ApiDifference> differences) {
        return differences.size() + " difference(s) from the openHAB API listing:\n"
                + differences.stream().map(ApiDifference::toString).collect(Collectors.joining("\n"));
    }
}
