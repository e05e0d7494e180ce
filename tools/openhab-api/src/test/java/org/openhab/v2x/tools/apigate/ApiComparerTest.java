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
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.v2x.tools.apigate.ApiDifference.Kind;

/**
 * Proves the gate fails: deliberately wrong variants of listed types are compiled at test time and the checker
 * must name exactly the differences planted in them, and nothing for the parts that are right.
 */
class ApiComparerTest {

    private static ApiListing listing;

    @BeforeAll
    static void load() throws IOException {
        listing = OpenhabApiGateTest.loadListing();
    }

    @Test
    void correctSamplesPass(@TempDir Path classes) throws IOException {
        compile(classes, Map.of("org.openhab.core.common.AbstractUID", """
                package org.openhab.core.common;
                public abstract class AbstractUID {
                    public static final String SEPARATOR = ":";
                    protected AbstractUID(String... segments) {}
                    protected abstract int getMinimalNumberOfSegments();
                    public String getAsString() { return ""; }
                }
                """, "org.openhab.core.types.Type", """
                package org.openhab.core.types;
                public interface Type {
                    String format(String pattern);
                    String toFullString();
                }
                """, "org.openhab.core.types.State", """
                package org.openhab.core.types;
                public interface State extends Type {
                    default <T extends State> T as(Class<T> target) { return null; }
                }
                """));

        Map<String, ApiType> standIn = StandInReader.read(classes);

        assertEquals(Set.of("org.openhab.core.common.AbstractUID", "org.openhab.core.types.Type",
                "org.openhab.core.types.State"), standIn.keySet());
        assertEquals(List.of(), ApiComparer.compareTypes(listing, standIn.values()));
    }

    @Test
    void wrongSamplesAreReportedByName(@TempDir Path classes) throws IOException {
        compile(classes, Map.of("org.openhab.core.common.AbstractUID", """
                package org.openhab.core.common;
                public abstract class AbstractUID {
                    public static final String SEPARATOR = "/";
                    protected AbstractUID() {}
                    protected abstract int getMinimalNumberOfSegments();
                }
                """, "org.openhab.core.types.Type", """
                package org.openhab.core.types;
                public interface Type {
                    String format(Object pattern);
                    String toFullString();
                    String toShortString();
                }
                """, "org.openhab.core.types.Command", """
                package org.openhab.core.types;
                public interface Command {
                }
                """, "org.openhab.core.types.Bogus", """
                package org.openhab.core.types;
                public class Bogus {
                }
                """, "org.openhab.core.types.Hidden", """
                package org.openhab.core.types;
                class Hidden {
                    public void notVisibleToAddons() {}
                }
                """, "org.openhab.core.thing.internal.Helper", """
                package org.openhab.core.thing.internal;
                public class Helper {
                    public void internalsAreNotChecked() {}
                }
                """));

        List<ApiDifference> differences = ApiComparer.compareTypes(listing, StandInReader.read(classes).values());

        assertEquals(Set.of("MEMBER_DIFFERS org.openhab.core.common.AbstractUID#SEPARATOR",
                "MEMBER_DIFFERS org.openhab.core.types.Type#format",
                "MEMBER_NOT_IN_LISTING org.openhab.core.types.Type#toShortString",
                "TYPE_DECLARATION_DIFFERS org.openhab.core.types.Command",
                "TYPE_NOT_IN_LISTING org.openhab.core.types.Bogus"), keys(differences),
                () -> ApiDifference.report(differences));
        ApiDifference constant = find(differences, Kind.MEMBER_DIFFERS, "SEPARATOR");
        assertEquals("public static final java.lang.String SEPARATOR = \":\" | Ljava/lang/String;",
                constant.expected());
        assertEquals("public static final java.lang.String SEPARATOR = \"/\" | Ljava/lang/String;",
                constant.found());
        ApiDifference parameter = find(differences, Kind.MEMBER_DIFFERS, "format");
        assertEquals("public abstract java.lang.String format(java.lang.String) | (Ljava/lang/String;)Ljava/lang/String;",
                parameter.expected());
        assertEquals("public abstract java.lang.String format(java.lang.Object) | (Ljava/lang/Object;)Ljava/lang/String;",
                parameter.found());
        ApiDifference declaration = find(differences, Kind.TYPE_DECLARATION_DIFFERS, "");
        assertEquals("public interface org.openhab.core.types.Command extends org.openhab.core.types.Type",
                declaration.expected());
        assertEquals("public interface org.openhab.core.types.Command", declaration.found());
        assertTrue(ApiDifference.report(differences).contains("toShortString"));
    }

    @Test
    void wrongExportsAreReportedByName() throws IOException {
        Path manifest = Files.createTempFile("MANIFEST", ".MF");
        try {
            Files.writeString(manifest, """
                    Manifest-Version: 1.0
                    Export-Package: org.openhab.core.types;version="5.2.0",org.openhab.core.common;uses:="a,b";ver
                     sion="5.2.1",org.openhab.core.bogus;version="5.2.1"
                    """);
            Map<String, String> exports = ExportedPackages.read(manifest);
            assertEquals(Map.of("org.openhab.core.types", "5.2.0", "org.openhab.core.common", "5.2.1",
                    "org.openhab.core.bogus", "5.2.1"), exports);

            List<ApiDifference> differences = ApiComparer.comparePackages(listing, exports,
                    Set.of("org.openhab.core.types", "org.openhab.core.common", "org.openhab.core.library.types"));

            assertEquals(Set.of("PACKAGE_VERSION_DIFFERS org.openhab.core.types",
                    "PACKAGE_NOT_IN_LISTING org.openhab.core.bogus",
                    "PACKAGE_NOT_EXPORTED org.openhab.core.library.types"), keys(differences),
                    () -> ApiDifference.report(differences));
            ApiDifference version = find(differences, Kind.PACKAGE_VERSION_DIFFERS, "");
            assertEquals("version 5.2.1", version.expected());
            assertEquals("version 5.2.0", version.found());
        } finally {
            Files.delete(manifest);
        }
    }

    @Test
    void memberNamesAreFoundInEveryLineShape() {
        assertEquals("SEPARATOR", ApiType.memberNameOf(
                "  public static final java.lang.String SEPARATOR = \"(a) b\" | Ljava/lang/String;"));
        assertEquals("as", ApiType.memberNameOf(
                "  public <T extends org.openhab.core.types.State> T as(java.lang.Class<T>) | (Ljava/lang/Class;)Lorg/openhab/core/types/State;"));
        assertEquals("org.openhab.core.thing.UID", ApiType.memberNameOf(
                "  public org.openhab.core.thing.UID(java.lang.String...) | ([Ljava/lang/String;)V"));
        assertEquals("scheduler", ApiType.memberNameOf(
                "  protected final java.util.concurrent.ScheduledExecutorService scheduler | Ljava/util/concurrent/ScheduledExecutorService;"));
    }

    private static Set<String> keys(List<ApiDifference> differences) {
        return differences.stream()
                .map(d -> d.kind() + " " + d.subject() + (d.member().isEmpty() ? "" : "#" + d.member()))
                .collect(Collectors.toSet());
    }

    private static ApiDifference find(List<ApiDifference> differences, Kind kind, String member) {
        return differences.stream().filter(d -> d.kind() == kind && d.member().equals(member)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + member + " in " + differences));
    }

    private static void compile(Path output, Map<String, String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertNotNull(compiler, "the gate's tests need a JDK");
        List<JavaFileObject> units = sources.entrySet().stream().map(e -> source(e.getKey(), e.getValue()))
                .map(JavaFileObject.class::cast).toList();
        StringWriter messages = new StringWriter();
        Boolean ok = compiler.getTask(messages, null, null, List.of("--release", "21", "-d", output.toString()),
                null, units).call();
        assertTrue(ok, () -> "sample did not compile: " + messages);
    }

    private static SimpleJavaFileObject source(String className, String code) {
        return new SimpleJavaFileObject(URI.create("string:///" + className.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }
}
