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
package org.openhab.binding.v2x.internal.action;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.ActionOutputs;
import org.openhab.core.automation.annotation.RuleAction;

/**
 * Applies to every {@code @RuleAction} method of the binding the checks openHAB's annotation-based action module
 * types make when they read the annotations: a method with one {@code @ActionOutput} must use the default output
 * name, because openHAB renames that output to it anyway (and warns), so a rule reading the declared name would find
 * nothing; a method returning a {@code Map<String, Object>} must declare its outputs with {@code @ActionOutputs}.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class RuleActionOutputNamesTest {

    /** The name openHAB gives the single output of an action (AnnotationActionHandler.MODULE_RESULT). */
    private static final String DEFAULT_OUTPUT_NAME = "result";
    private static final String MAP_RETURN_TYPE = "java.util.Map<java.lang.String, java.lang.Object>";

    @Test
    void everyRuleActionFollowsOpenhabsOutputRules() throws Exception {
        List<Method> actions = ruleActionMethods();
        assertTrue(actions.size() >= 4, "the charger's actions are found: " + actions);
        List<String> problems = new ArrayList<>();
        for (Method method : actions) {
            String name = method.getDeclaringClass().getSimpleName() + "::" + method.getName();
            if (method.isAnnotationPresent(ActionOutputs.class)) {
                continue;
            }
            if (MAP_RETURN_TYPE.equals(method.getAnnotatedReturnType().toString())) {
                problems.add(name + " returns a map without @ActionOutputs");
            } else if (method.isAnnotationPresent(ActionOutput.class)) {
                String output = method.getAnnotation(ActionOutput.class).name();
                if (!DEFAULT_OUTPUT_NAME.equals(output)) {
                    problems.add(name + " names its single output '" + output + "'");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theChargerActionsAreAmongTheCheckedMethods() throws Exception {
        List<String> names = ruleActionMethods().stream().map(Method::getName).toList();
        assertTrue(names.containsAll(List.of("setMode", "setSetpoint", "startTransaction", "stopTransaction")),
                names.toString());
    }

    /** Every {@code @RuleAction} method of every class the binding compiles. */
    private static List<Method> ruleActionMethods() throws Exception {
        Path classes = classesDirectory();
        List<Method> methods = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = classes.relativize(file).toString();
                String className = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(className, false, RuleActionOutputNamesTest.class.getClassLoader());
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(RuleAction.class)) {
                        methods.add(method);
                    }
                }
            }
        }
        return methods;
    }

    private static Path classesDirectory() throws Exception {
        Path location = Path.of(OcppChargerActions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(location), "the binding's classes are a directory: " + location);
        return location;
    }

}
