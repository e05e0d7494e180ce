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
package org.openhab.v2x.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Finding the server process by its listening port and reading its heap, against this test JVM.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class ServerHeapTest {

    @Test
    void parsesTheHeapLineOfOldAndNewJdks() {
        assertEquals("used 120 MB of 256 MB committed", ServerHeap.heapFromJcmd(
                "42:\n garbage-first heap   total reserved 8388608K, committed 262144K, used 122880K [0x0, 0x1)\n"
                        + "  region size 2048K, 3 young (6144K), 0 survivors (0K)\n"));
        assertEquals("used 120 MB of 256 MB committed",
                ServerHeap.heapFromJcmd("42:\n garbage-first heap   total 262144K, used 122880K [0x0, 0x1)\n"));
        assertTrue(ServerHeap.heapFromJcmd("42:\nAttach failed").startsWith("unknown"));
    }

    @Test
    void findsTheProcessListeningOnAPortAndReadsItsHeap() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux /proc");
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            OptionalLong pid = ServerHeap.listeningPid(socket.getLocalPort());
            assertEquals(ProcessHandle.current().pid(), pid.orElse(-1));
            String text = ServerHeap.describe(socket.getLocalPort());
            assertTrue(text.contains("(pid " + ProcessHandle.current().pid() + ")"), text);
            assertTrue(text.matches(".*RSS \\d+ MB.*"), text);
            if (Files.isExecutable(Path.of(System.getProperty("java.home"), "bin", "jcmd"))) {
                assertTrue(text.matches("server heap used \\d+ MB of \\d+ MB committed.*"), text);
            }
        }
    }

    @Test
    void aPortNobodyListensOnIsReportedAsUnknown() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertTrue(ServerHeap.describe(port).startsWith("server heap: unknown"), ServerHeap.describe(port));
    }
}
