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

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.openhab.v2x.tools.apigate.ApiDifference.Kind;

/**
 * Compares the stand-in with the listing. The stand-in may leave out listed types and members, but every type,
 * member and exported package it has must appear in the listing with exactly the same line.
 */
public final class ApiComparer {

    private ApiComparer() {
    }

    public static List<ApiDifference> compareTypes(ApiListing listing, Collection<ApiType> standIn) {
        List<ApiDifference> differences = new ArrayList<>();
        for (ApiType type : standIn) {
            ApiType listed = listing.types().get(type.name());
            if (listed == null) {
                differences.add(new ApiDifference(Kind.TYPE_NOT_IN_LISTING, type.name(), "", "(no such type)",
                        type.declaration()));
                continue;
            }
            if (!listed.declaration().equals(type.declaration())) {
                differences.add(new ApiDifference(Kind.TYPE_DECLARATION_DIFFERS, type.name(), "",
                        listed.declaration(), type.declaration()));
            }
            Set<String> listedMembers = new HashSet<>(listed.members());
            Set<String> declaredMembers = new HashSet<>(type.members());
            for (String member : type.members()) {
                if (listedMembers.contains(member)) {
                    continue;
                }
                String name = ApiType.memberNameOf(member);
                List<String> sameName = listed.members().stream()
                        .filter(candidate -> ApiType.memberNameOf(candidate).equals(name))
                        .filter(candidate -> !declaredMembers.contains(candidate)).map(String::strip).toList();
                if (sameName.isEmpty()) {
                    differences.add(new ApiDifference(Kind.MEMBER_NOT_IN_LISTING, type.name(), name,
                            "(no such member)", member.strip()));
                } else {
                    differences.add(new ApiDifference(Kind.MEMBER_DIFFERS, type.name(), name,
                            String.join("  OR  ", sameName), member.strip()));
                }
            }
        }
        return differences;
    }

    /**
     * @param exports the manifest's exported packages with versions
     * @param standInPackages the packages that hold visible stand-in types (each must be exported)
     */
    public static List<ApiDifference> comparePackages(ApiListing listing, Map<String, String> exports,
            Set<String> standInPackages) {
        List<ApiDifference> differences = new ArrayList<>();
        for (Map.Entry<String, String> export : exports.entrySet()) {
            String listedVersion = listing.packageVersions().get(export.getKey());
            if (listedVersion == null) {
                differences.add(new ApiDifference(Kind.PACKAGE_NOT_IN_LISTING, export.getKey(), "",
                        "(no such package)", "version " + export.getValue()));
            } else if (!listedVersion.equals(export.getValue())) {
                differences.add(new ApiDifference(Kind.PACKAGE_VERSION_DIFFERS, export.getKey(), "",
                        "version " + listedVersion, "version " + export.getValue()));
            }
        }
        for (String standInPackage : new TreeSet<>(standInPackages)) {
            if (!exports.containsKey(standInPackage)) {
                differences.add(new ApiDifference(Kind.PACKAGE_NOT_EXPORTED, standInPackage, "",
                        "exported at " + listing.packageVersions().getOrDefault(standInPackage, "(not listed)"),
                        "not exported"));
            }
        }
        return differences;
    }

    public static Set<String> packagesOf(Collection<ApiType> types) {
        return types.stream().map(type -> ApiType.packageOf(type.name())).collect(Collectors.toSet());
    }
}
