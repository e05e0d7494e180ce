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
package org.openhab.binding.v2x.internal.ocpp.server;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.UpgradeException;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.v2x.internal.ocpp.ManualScheduler;
import org.openhab.binding.v2x.internal.ocpp.Ocpp2Actions;
import org.openhab.binding.v2x.internal.ocpp.OcppCallDispatcher;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.OcppSessionConfig;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.HeartbeatResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.RequestStopTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.StatusResponse;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/**
 * The server on loopback with a real Jetty WebSocket client.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class OcppServerTest {
    private static final Map<String, OcppChargePointAccess> CHARGERS = Map.of("CP1",
            OcppChargePointAccess.withPassword("secret-key-0123456"), "CP 2ä",
            OcppChargePointAccess.withPassword("pw2"), "OPEN", OcppChargePointAccess.withoutPassword());

    private final ScheduledExecutorService scheduler = new ScheduledThreadPoolExecutor(1);
    private final RecordingListener listener = new RecordingListener();
    private @Nullable OcppServer server;
    private @Nullable WebSocketClient client;

    @BeforeEach
    void setUp() throws Exception {
        WebSocketClient newClient = new WebSocketClient();
        newClient.start();
        client = newClient;
    }

    @AfterEach
    void tearDown() throws Exception {
        OcppServer current = server;
        if (current != null) {
            current.stop();
        }
        WebSocketClient currentClient = client;
        if (currentClient != null) {
            currentClient.stop();
        }
        scheduler.shutdownNow();
    }

    private OcppServer start(OcppServerConfig config) throws Exception {
        return start(config, scheduler);
    }

    private OcppServer start(OcppServerConfig config, ScheduledExecutorService timers) throws Exception {
        OcppServer newServer = new OcppServer(config, CHARGERS::get, listener, timers);
        newServer.start();
        server = newServer;
        return newServer;
    }

    private static OcppServerConfig config() {
        OcppServerConfig config = new OcppServerConfig();
        config.host = "127.0.0.1";
        config.port = 0;
        config.path = "/ocpp/";
        config.requireAuthentication = false;
        return config;
    }

    private Session connect(OcppServer server, TestClientSocket socket, String pathId, @Nullable String user,
            @Nullable String password, String... protocols) throws Exception {
        ClientUpgradeRequest request = new ClientUpgradeRequest();
        request.setSubProtocols(protocols);
        if (user != null && password != null) {
            request.setHeader("Authorization", basic(user, password));
        }
        URI uri = URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/ocpp/" + pathId);
        WebSocketClient current = client;
        assertNotNull(current);
        return current.connect(socket, uri, request).get(5, TimeUnit.SECONDS);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private int upgradeStatus(OcppServer server, String pathId, @Nullable String user, @Nullable String password) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> connect(server, new TestClientSocket(),
                pathId, user, password, "ocpp1.6"));
        Throwable cause = e.getCause();
        UpgradeException upgrade = assertInstanceOf(UpgradeException.class, cause, String.valueOf(cause));
        return upgrade.getResponseStatusCode();
    }

    @Test
    void picksTheBestCommonSubprotocolAndExchangesMessages() throws Exception {
        OcppServer server = start(config());
        TestClientSocket socket = new TestClientSocket();
        Session ws = connect(server, socket, "CP1", "CP1", "secret-key-0123456", "ocpp1.6", "ocpp2.0.1");
        assertEquals("ocpp2.0.1", ws.getUpgradeResponse().getAcceptedSubProtocol());
        OcppSession session = listener.opened.get(5, TimeUnit.SECONDS);
        assertEquals(OcppVersion.V201, session.getVersion());
        assertSame(session, server.getSession("CP1"));

        socket.send("[2,\"m1\",\"Heartbeat\",{}]");
        JsonArray answer = JsonParser.parseString(socket.next()).getAsJsonArray();
        assertEquals(3, answer.get(0).getAsInt());
        assertEquals("2025-01-01T00:00:00Z", answer.get(2).getAsJsonObject().get("currentTime").getAsString());

        RequestStopTransactionRequest stop = new RequestStopTransactionRequest();
        stop.transactionId = "tx-9";
        CompletableFuture<StatusResponse> result = session.call(Ocpp2Actions.REQUEST_STOP_TRANSACTION, stop);
        JsonArray call = JsonParser.parseString(socket.next()).getAsJsonArray();
        assertEquals("RequestStopTransaction", call.get(2).getAsString());
        socket.send("[3," + call.get(1) + ",{\"status\":\"Accepted\"}]");
        assertEquals("Accepted", result.get(5, TimeUnit.SECONDS).status);

        ws.close(1000, "bye");
        assertEquals(1000, listener.closedCodes.poll(5, TimeUnit.SECONDS));
        assertNull(server.getSession("CP1"));
    }

    @Test
    void prefers21AndFallsBackTo16() throws Exception {
        OcppServer server = start(config());
        Session ws = connect(server, new TestClientSocket(), "OPEN", null, null, "ocpp1.6", "ocpp2.0.1", "ocpp2.1");
        assertEquals("ocpp2.1", ws.getUpgradeResponse().getAcceptedSubProtocol());
        ws.close();
        Session ws16 = connect(server, new TestClientSocket(), "OPEN", null, null, "ocpp1.6");
        assertEquals("ocpp1.6", ws16.getUpgradeResponse().getAcceptedSubProtocol());
    }

    @Test
    void withoutCommonSubprotocolTheConnectionIsClosed() throws Exception {
        OcppServerConfig config = config();
        config.versions = EnumSet.of(OcppVersion.V16);
        OcppServer server = start(config);
        TestClientSocket socket = new TestClientSocket();
        Session ws = connect(server, socket, "OPEN", null, null, "ocpp2.0.1", "ocpp2.1");
        assertNull(ws.getUpgradeResponse().getAcceptedSubProtocol());
        assertEquals(OcppSession.CLOSE_PROTOCOL_ERROR, socket.closed.get(5, TimeUnit.SECONDS));
        assertEquals(OcppRejectReason.NO_COMMON_SUBPROTOCOL, listener.rejections.get(0));
        assertTrue(server.getSessions().isEmpty());
    }

    @Test
    void basicAuthentication() throws Exception {
        OcppServerConfig config = config();
        config.requireAuthentication = true;
        OcppServer server = start(config);
        assertEquals(401, upgradeStatus(server, "CP1", null, null));
        assertEquals(401, upgradeStatus(server, "CP1", "CP1", "wrong"));
        assertEquals(401, upgradeStatus(server, "CP1", "OTHER", "secret-key-0123456"));
        assertEquals(401, upgradeStatus(server, "OPEN", null, null), "required authentication needs a password");
        assertEquals(List.of(OcppRejectReason.MISSING_CREDENTIALS, OcppRejectReason.WRONG_CREDENTIALS,
                OcppRejectReason.WRONG_CREDENTIALS, OcppRejectReason.WRONG_CREDENTIALS), listener.rejections);
        Session ok = connect(server, new TestClientSocket(), "CP1", "CP1", "secret-key-0123456", "ocpp1.6");
        assertTrue(ok.isOpen());
        // a percent-encoded id with a space and a non-ASCII letter (Jetty itself refuses an encoded '/' with 400)
        Session encoded = connect(server, new TestClientSocket(), "CP%202%C3%A4", "CP 2ä", "pw2", "ocpp1.6");
        assertTrue(encoded.isOpen());
        // the server registers the session on its own thread, possibly after the client's handshake completed
        await("the session of CP 2ä").until(() -> server.getSession("CP 2ä") != null);
    }

    @Test
    void unknownAndInvalidIdsAreRejected() throws Exception {
        OcppServer server = start(config());
        assertEquals(404, upgradeStatus(server, "NEW-CHARGER", "NEW-CHARGER", "x"));
        assertEquals("NEW-CHARGER", listener.rejectedIds.get(0));
        assertEquals(OcppRejectReason.UNKNOWN_CHARGE_POINT, listener.rejections.get(0));
        assertEquals(400, upgradeStatus(server, "a%3Ab", null, null));
        assertEquals(400, upgradeStatus(server, "x".repeat(49), null, null));
        assertEquals(404, upgradeStatus(server, "a/b", null, null));
        assertEquals(OcppRejectReason.INVALID_PATH, listener.rejections.get(3));
    }

    @Test
    void tooLargeMessagesCloseWith1009() throws Exception {
        OcppServerConfig config = config();
        config.maxMessageSize = 4096;
        OcppServer server = start(config);
        TestClientSocket socket = new TestClientSocket();
        connect(server, socket, "OPEN", null, null, "ocpp2.0.1");
        socket.send("[2,\"m1\",\"Heartbeat\",{}]");
        assertEquals(3, JsonParser.parseString(socket.next()).getAsJsonArray().get(0).getAsInt());
        socket.send("[2,\"m2\",\"DataTransfer\",{\"data\":\"" + "x".repeat(5000) + "\"}]");
        assertEquals(1009, socket.closed.get(5, TimeUnit.SECONDS));
    }

    @Test
    void answeredPingsKeepTheConnection() throws Exception {
        OcppServerConfig config = config();
        config.session = OcppSessionConfig.defaults().withSupervision(Duration.ofMillis(100), Duration.ofMillis(400));
        ManualScheduler timers = new ManualScheduler();
        OcppServer server = start(config, timers);
        TestClientSocket socket = new TestClientSocket();
        connect(server, socket, "OPEN", null, null, "ocpp2.0.1");
        await("supervision to start").until(() -> server.getSession("OPEN") != null && timers.pendingTasks() > 0);

        // three times the silence timeout, one ping interval at a time; Jetty's client answers each ping
        for (int tick = 1; tick <= 12; tick++) {
            timers.advance(Duration.ofMillis(100));
            int pings = tick;
            await("ping " + pings).until(() -> socket.pings.get() >= pings);
        }
        assertEquals(12, socket.pings.get());
        assertFalse(socket.closed.isDone(), "the client answers pings, so it is not silent");
        assertNotNull(server.getSession("OPEN"));
    }

    @Test
    void aSilentPeerIsDisconnected() throws Exception {
        OcppServerConfig config = config();
        config.session = OcppSessionConfig.defaults().withSupervision(Duration.ofMillis(100), Duration.ofMillis(400));
        ManualScheduler timers = new ManualScheduler();
        OcppServer server = start(config, timers);
        try (Socket raw = new Socket("127.0.0.1", server.getLocalPort())) {
            raw.setSoTimeout(5000);
            OutputStream out = raw.getOutputStream();
            out.write(("GET /ocpp/OPEN HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Protocol: ocpp2.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = raw.getInputStream();
            String headers = readHeaders(in);
            assertTrue(headers.startsWith("HTTP/1.1 101"), headers);
            assertTrue(headers.toLowerCase().contains("sec-websocket-protocol: ocpp2.0.1"), headers);
            await("supervision to start").until(() -> server.getSession("OPEN") != null && timers.pendingTasks() > 0);
            // this peer never answers: one ping per interval while the silence is shorter than 400 ms, then a close
            // frame with 1001 at the tick that reaches it; the socket timeout only guards against a hang
            List<Integer> opcodes = new ArrayList<>();
            int closeCode = -1;
            for (int tick = 1; tick <= 4; tick++) {
                timers.advance(Duration.ofMillis(100));
                int opcode = in.read() & 0x0f;
                int length = in.read() & 0x7f;
                byte[] payload = in.readNBytes(length);
                opcodes.add(opcode);
                if (opcode == 0x8) {
                    closeCode = ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
                }
            }
            assertEquals(List.of(0x9, 0x9, 0x9, 0x8), opcodes, "three pings, then the close at 400 ms of silence");
            assertEquals(OcppSession.CLOSE_GOING_AWAY, closeCode);
        }
        // this peer never completed the close handshake, so Jetty reports the end as abnormal
        assertNotNull(listener.closedCodes.poll(5, TimeUnit.SECONDS));
        assertTrue(server.getSessions().isEmpty());
    }

    @Test
    void aReconnectReplacesTheOldSession() throws Exception {
        OcppServer server = start(config());
        TestClientSocket first = new TestClientSocket();
        connect(server, first, "OPEN", null, null, "ocpp1.6");
        OcppSession firstSession = listener.opened.get(5, TimeUnit.SECONDS);
        TestClientSocket second = new TestClientSocket();
        connect(server, second, "OPEN", null, null, "ocpp2.1");
        assertEquals(1000, first.closed.get(5, TimeUnit.SECONDS));
        // the close frame may reach the client a moment before the server thread marks the session closed
        await("the first session to close").until(() -> !firstSession.isOpen());
        OcppSession current = server.getSession("OPEN");
        assertNotNull(current);
        assertEquals(OcppVersion.V21, current.getVersion());
    }

    @Test
    void tlsWithAGeneratedKeystore(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "ocpp", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                keystore.toString(), "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, keytool.exitValue(), output);
        assertTrue(Files.size(keystore) > 0);

        OcppServerConfig config = config();
        config.keystorePath = keystore.toString();
        config.keystorePassword = "changeit";
        config.requireAuthentication = true;
        OcppServer server = start(config);

        SslContextFactory.Client tls = new SslContextFactory.Client();
        tls.setTrustStorePath(keystore.toString());
        tls.setTrustStorePassword("changeit");
        tls.setTrustStoreType("PKCS12");
        tls.setIncludeProtocols("TLSv1.2");
        HttpClient http = new HttpClient(tls);
        WebSocketClient tlsClient = new WebSocketClient(http);
        tlsClient.start();
        try {
            ClientUpgradeRequest request = new ClientUpgradeRequest();
            request.setSubProtocols("ocpp2.0.1");
            request.setHeader("Authorization", basic("CP1", "secret-key-0123456"));
            TestClientSocket socket = new TestClientSocket();
            Session ws = tlsClient.connect(socket, URI.create("wss://127.0.0.1:" + server.getLocalPort() + "/ocpp/CP1"),
                    request).get(10, TimeUnit.SECONDS);
            assertEquals("ocpp2.0.1", ws.getUpgradeResponse().getAcceptedSubProtocol());
            socket.send("[2,\"t1\",\"Heartbeat\",{}]");
            assertTrue(socket.next().startsWith("[3,\"t1\""));
        } finally {
            tlsClient.stop();
        }
        // plain WebSocket to the TLS port does not get through
        assertThrows(Exception.class, () -> connect(server, new TestClientSocket(), "CP1", "CP1",
                "secret-key-0123456", "ocpp2.0.1"));
    }

    /**
     * Security profile 3: the charge point is known by its TLS client certificate, whose common name must be its id;
     * no Basic credentials are asked for.
     */
    @Test
    void clientCertificatesIdentifyTheChargePoint(@TempDir Path dir) throws Exception {
        Path serverStore = keytool(dir, "server", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost");
        Path cp1Store = keytool(dir, "cp1", "CN=CP1, O=Test");
        Path cp2Store = keytool(dir, "cp2", "CN=CP2, O=Test");
        Path trustStore = dir.resolve("trust.p12");
        for (Path client : List.of(cp1Store, cp2Store)) {
            Path certificate = dir.resolve(client.getFileName() + ".cer");
            run("-exportcert", "-alias", "key", "-keystore", client.toString(), "-storepass", "changeit", "-file",
                    certificate.toString());
            run("-importcert", "-noprompt", "-alias", client.getFileName().toString(), "-file", certificate.toString(),
                    "-storetype", "PKCS12", "-keystore", trustStore.toString(), "-storepass", "changeit");
        }
        OcppServerConfig config = config();
        config.keystorePath = serverStore.toString();
        config.keystorePassword = "changeit";
        config.truststorePath = trustStore.toString();
        config.truststorePassword = "changeit";
        config.requireAuthentication = true;
        OcppServer server = start(config);
        URI cp1 = URI.create("wss://127.0.0.1:" + server.getLocalPort() + "/ocpp/CP1");

        // CP1's own certificate, no Authorization header: accepted
        TestClientSocket socket = new TestClientSocket();
        WebSocketClient client = tlsClient(serverStore, cp1Store);
        try {
            ClientUpgradeRequest request = new ClientUpgradeRequest();
            request.setSubProtocols("ocpp2.1");
            Session ws = client.connect(socket, cp1, request).get(10, TimeUnit.SECONDS);
            assertEquals("ocpp2.1", ws.getUpgradeResponse().getAcceptedSubProtocol());
            socket.send("[2,\"c1\",\"Heartbeat\",{}]");
            assertTrue(socket.next().startsWith("[3,\"c1\""));
        } finally {
            client.stop();
        }
        // CP2's certificate (trusted, but another charge point) on CP1's path: refused
        WebSocketClient impostor = tlsClient(serverStore, cp2Store);
        try {
            ClientUpgradeRequest request = new ClientUpgradeRequest();
            request.setSubProtocols("ocpp2.1");
            assertThrows(Exception.class,
                    () -> impostor.connect(new TestClientSocket(), cp1, request).get(10, TimeUnit.SECONDS));
            assertTrue(listener.rejections.contains(OcppRejectReason.WRONG_CERTIFICATE), listener.rejections.toString());
        } finally {
            impostor.stop();
        }
        // no client certificate: no TLS handshake
        WebSocketClient anonymous = tlsClient(serverStore, null);
        try {
            ClientUpgradeRequest request = new ClientUpgradeRequest();
            request.setSubProtocols("ocpp2.1");
            request.setHeader("Authorization", basic("CP1", "secret-key-0123456"));
            assertThrows(Exception.class,
                    () -> anonymous.connect(new TestClientSocket(), cp1, request).get(10, TimeUnit.SECONDS));
        } finally {
            anonymous.stop();
        }
    }

    private static WebSocketClient tlsClient(Path trustStore, @Nullable Path keyStore) throws Exception {
        SslContextFactory.Client tls = new SslContextFactory.Client();
        tls.setTrustStorePath(trustStore.toString());
        tls.setTrustStorePassword("changeit");
        tls.setTrustStoreType("PKCS12");
        if (keyStore != null) {
            tls.setKeyStorePath(keyStore.toString());
            tls.setKeyStorePassword("changeit");
            tls.setKeyStoreType("PKCS12");
        }
        WebSocketClient client = new WebSocketClient(new HttpClient(tls));
        client.start();
        return client;
    }

    private static Path keytool(Path dir, String name, String subject, String... extra) throws Exception {
        Path store = dir.resolve(name + ".p12");
        List<String> arguments = new ArrayList<>(List.of("-genkeypair", "-alias", "key", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", subject, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit"));
        arguments.addAll(List.of(extra));
        run(arguments.toArray(String[]::new));
        return store;
    }

    private static void run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, keytool.exitValue(), output);
    }

    private static String readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            bytes.write(b);
            String text = bytes.toString(StandardCharsets.US_ASCII);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    /** Records the server's events and answers Heartbeats. */
    static class RecordingListener implements OcppServerListener {
        final CompletableFuture<OcppSession> opened = new CompletableFuture<>();
        final java.util.concurrent.BlockingQueue<Integer> closedCodes = new java.util.concurrent.LinkedBlockingQueue<>();
        final List<OcppRejectReason> rejections = new CopyOnWriteArrayList<>();
        final List<String> rejectedIds = new CopyOnWriteArrayList<>();

        @Override
        public void sessionOpened(OcppSession session) {
            session.setCallHandler(new OcppCallDispatcher().on(Ocpp2Actions.HEARTBEAT, (s, request) -> {
                HeartbeatResponse response = new HeartbeatResponse();
                response.currentTime = "2025-01-01T00:00:00Z";
                return response;
            }));
            opened.complete(session);
        }

        @Override
        public void sessionClosed(OcppSession session, int statusCode, String reason) {
            closedCodes.add(statusCode);
        }

        @Override
        public void connectionRejected(String chargePointId, OcppRejectReason reason, String remoteAddress) {
            rejectedIds.add(chargePointId);
            rejections.add(reason);
        }
    }
}
