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
package org.openhab.binding.v2x.internal.echonet;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ECHONET Lite node on UDP: sends requests with their own transaction id and matches the answers (by TID and
 * sender address), sends them again when unanswered, answers INFC notifications, and hands every other frame
 * (INF announcements, requests to this node) to a listener. Datagrams that are not frames are dropped.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class EchonetEndpoint implements AutoCloseable {

    /** Receives the frames that answer no request of this endpoint. */
    @FunctionalInterface
    public interface Listener {
        void frameReceived(InetSocketAddress sender, EchonetFrame frame);
    }

    private static final int MAX_DATAGRAM = 1500;

    private final Logger logger = LoggerFactory.getLogger(EchonetEndpoint.class);
    private final EchonetEndpointConfig config;
    private final ScheduledExecutorService scheduler;
    private final Listener listener;
    private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicInteger nextTid = new AtomicInteger(1);
    private @Nullable MulticastSocket socket;
    private @Nullable Thread receiver;
    private volatile boolean closed;

    public EchonetEndpoint(EchonetEndpointConfig config, ScheduledExecutorService scheduler, Listener listener) {
        this.config = config;
        this.scheduler = scheduler;
        this.listener = listener;
    }

    /** Binds the socket, joins the multicast group (if configured) and starts receiving. */
    public synchronized void start() throws IOException {
        MulticastSocket s = new MulticastSocket(null);
        try {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port()));
            String group = config.multicastGroup();
            if (group != null && !group.isBlank()) {
                NetworkInterface nif = networkInterface();
                if (nif != null) {
                    s.setNetworkInterface(nif);
                }
                s.joinGroup(new InetSocketAddress(InetAddress.getByName(group), 0), nif);
            }
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        socket = s;
        Thread thread = new Thread(this::receive, "v2x-echonet-" + s.getLocalPort());
        thread.setDaemon(true);
        receiver = thread;
        thread.start();
    }

    /** The local port, useful when the configuration asked for any free one. */
    public int localPort() {
        MulticastSocket s = socket;
        return s == null ? -1 : s.getLocalPort();
    }

    /**
     * Sends a request and completes with the answer; completes exceptionally with {@link EchonetSnaException} on a
     * refusal and {@link EchonetTimeoutException} when unanswered after the retries.
     */
    public CompletableFuture<EchonetFrame> request(InetSocketAddress target, int seoj, int deoj, int esv,
            List<EchonetProperty> properties) {
        int tid = nextTid();
        EchonetFrame frame = new EchonetFrame(tid, seoj, deoj, esv, properties);
        Pending request = new Pending(target, frame);
        pending.put(tid, request);
        request.result.whenComplete((answer, error) -> {
            pending.remove(tid, request);
            request.cancelTimer();
        });
        transmit(request);
        return request.result;
    }

    /** Sends a frame that expects no answer (INF, answers to requests). */
    public void send(InetSocketAddress target, EchonetFrame frame) throws IOException {
        MulticastSocket s = socket;
        if (s == null || closed) {
            throw new IOException("ECHONET Lite endpoint is not running");
        }
        byte[] data = frame.encode();
        s.send(new DatagramPacket(data, data.length, target));
    }

    public int nextTid() {
        return nextTid.getAndUpdate(t -> t >= 0xFFFF ? 1 : t + 1);
    }

    @Override
    public void close() {
        closed = true;
        MulticastSocket s = socket;
        if (s != null) {
            s.close();
        }
        Thread thread = receiver;
        if (thread != null) {
            thread.interrupt();
        }
        pending.values().forEach(p -> p.result.completeExceptionally(new EchonetException("Endpoint closed")));
        pending.clear();
    }

    private void transmit(Pending request) {
        if (request.result.isDone()) {
            return;
        }
        try {
            send(request.target, request.frame);
        } catch (IOException e) {
            logger.debug("Sending to {} failed: {}", request.target, e.getMessage());
        }
        synchronized (request) {
            if (!request.result.isDone()) {
                request.timer = scheduler.schedule(() -> timedOut(request), config.timeout().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    private void timedOut(Pending request) {
        if (request.result.isDone()) {
            return;
        }
        if (request.attempts.incrementAndGet() > config.retries()) {
            request.result.completeExceptionally(new EchonetTimeoutException(String.format(
                    "No answer from %s to ESV 0x%02X after %d attempts", request.target.getAddress().getHostAddress(),
                    request.frame.esv(), config.retries() + 1)));
            return;
        }
        logger.debug("No answer from {} to TID {}, sending again", request.target, request.frame.tid());
        transmit(request);
    }

    private void receive() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!closed) {
            MulticastSocket s = socket;
            if (s == null) {
                return;
            }
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                s.receive(packet);
            } catch (IOException e) {
                if (!closed) {
                    logger.debug("Receiving failed: {}", e.getMessage());
                }
                continue;
            }
            InetSocketAddress sender = (InetSocketAddress) packet.getSocketAddress();
            try {
                handle(sender, EchonetFrame.decode(packet.getData(), packet.getLength()));
            } catch (EchonetFormatException e) {
                logger.debug("Dropped a malformed datagram from {}: {}", sender, e.getMessage());
            } catch (RuntimeException e) {
                // a listener's failure must not end the receiver: the endpoint would stall for everyone
                logger.warn("Handling a frame from {} failed", sender, e);
            }
        }
    }

    private void handle(InetSocketAddress sender, EchonetFrame frame) {
        if (Esv.isResponse(frame.esv())) {
            Pending request = pending.get(frame.tid());
            if (request != null && request.target.getAddress().equals(sender.getAddress())) {
                if (Esv.isSna(frame.esv())) {
                    request.result.completeExceptionally(new EchonetSnaException(frame, frame.refusedProperties()));
                } else {
                    request.result.complete(frame);
                }
                return;
            }
            logger.debug("Dropped an answer from {} with TID {} that matches no request", sender, frame.tid());
            return;
        }
        if (frame.esv() == Esv.INFC) {
            answerInfc(sender, frame);
        }
        listener.frameReceived(sender, frame);
    }

    private void answerInfc(InetSocketAddress sender, EchonetFrame frame) {
        List<EchonetProperty> accepted = frame.properties().stream().map(p -> EchonetProperty.empty(p.epc()))
                .toList();
        try {
            send(sender, new EchonetFrame(frame.tid(), frame.deoj(), frame.seoj(), Esv.INFC_RES, accepted));
        } catch (IOException e) {
            logger.debug("Answering INFC from {} failed: {}", sender, e.getMessage());
        }
    }

    private @Nullable NetworkInterface networkInterface() throws SocketException {
        String name = config.networkInterface();
        if (name == null || name.isBlank()) {
            return null;
        }
        NetworkInterface nif = NetworkInterface.getByName(name);
        if (nif == null) {
            throw new SocketException("No network interface " + name);
        }
        return nif;
    }

    private static final class Pending {
        final InetSocketAddress target;
        final EchonetFrame frame;
        final CompletableFuture<EchonetFrame> result = new CompletableFuture<>();
        final AtomicInteger attempts = new AtomicInteger();
        @Nullable
        ScheduledFuture<?> timer;

        Pending(InetSocketAddress target, EchonetFrame frame) {
            this.target = target;
            this.frame = frame;
        }

        synchronized void cancelTimer() {
            ScheduledFuture<?> t = timer;
            if (t != null) {
                t.cancel(false);
            }
        }
    }
}
