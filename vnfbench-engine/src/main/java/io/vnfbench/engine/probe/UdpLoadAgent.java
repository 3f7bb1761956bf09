package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One half of the built-in UDP load, as a process of its own inside a network namespace: {@code send} (the traffic
 * generator's namespace) or {@code receive} (the sink's). {@link UdpLoadAgents} drives it with one command per line on
 * stdin and reads one answer per line on stdout; the receiver publishes arrivals through a shared
 * {@link LoadFeedback} file so the sender keeps its window. The agent exits when stdin closes.
 *
 * <p>Commands: receiver {@code open RUN FLOWS HOST:PORT...}, {@code measure}, {@code close} (answers
 * {@code result RECEIVED OUT_OF_ORDER JITTER_NS HISTOGRAM_BASE64}); sender {@code open FLOWS FRAME_SIZE HOST:PORT...},
 * {@code send RUN PPS WINDOW NANOS} (answers {@code sent COUNT ELAPSED_NS}), {@code stop} (ends a send early),
 * {@code close}. Failures answer {@code error MESSAGE}.
 */
public final class UdpLoadAgent {
    static final String READY = "vnfbench-load-agent-ready";

    private volatile boolean stop;

    private UdpLoadAgent() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !(args[0].equals("send") || args[0].equals("receive"))) {
            System.err.println("usage: UdpLoadAgent send|receive FEEDBACK_FILE");
            System.exit(2);
            return;
        }
        LoadFeedback feedback = LoadFeedback.map(Path.of(args[1]));
        new UdpLoadAgent().serve(args[0].equals("send"), feedback, System.out);
    }

    private void serve(boolean sender, LoadFeedback feedback, PrintStream out) throws InterruptedException {
        BlockingQueue<String> commands = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("stop")) {
                        stop = true;
                    } else {
                        commands.add(line);
                    }
                }
            } catch (IOException e) {
                // A broken stdin means the engine is gone, as on end of file.
            }
            System.exit(0);
        }, "commands");
        reader.setDaemon(true);
        reader.start();
        out.println(READY);
        out.flush();
        UdpLoad.Senders senders = null;
        UdpLoad.Receiver receiver = null;
        Thread receiving = null;
        while (true) {
            String[] command = commands.take().strip().split("\\s+");
            String answer;
            try {
                switch (command[0]) {
                    case "open" -> {
                        if (sender) {
                            close(senders);
                            senders = new UdpLoad.Senders(chains(command, 3), Integer.parseInt(command[1]),
                                    Integer.parseInt(command[2]));
                        } else {
                            close(receiver);
                            receiver = new UdpLoad.Receiver(chains(command, 3), Integer.parseInt(command[1]),
                                    Integer.parseInt(command[2]), feedback);
                            receiving = new Thread(receiver, "udp-load-receiver");
                            receiving.setDaemon(true);
                            receiving.start();
                        }
                        answer = "ok";
                    }
                    case "measure" -> {
                        receiver.measuring = true;
                        answer = "ok";
                    }
                    case "send" -> {
                        stop = false;
                        long started = System.nanoTime();
                        long sent = senders.send(Integer.parseInt(command[1]), Double.parseDouble(command[2]),
                                Integer.parseInt(command[3]), Long.parseLong(command[4]), feedback::arrivals, () -> stop);
                        answer = "sent " + sent + " " + (System.nanoTime() - started);
                    }
                    case "close" -> {
                        if (sender) {
                            close(senders);
                            senders = null;
                            answer = "ok";
                        } else {
                            answer = result(receiver, receiving);
                            close(receiver);
                            receiver = null;
                        }
                    }
                    default -> answer = "error unknown command " + command[0];
                }
            } catch (IOException | RuntimeException e) {
                answer = "error " + String.valueOf(e.getMessage()).replace('\n', ' ') + " (" + e.getClass().getSimpleName() + ")";
            }
            out.println(answer);
            out.flush();
        }
    }

    private static String result(@CheckForNull UdpLoad.Receiver receiver, @CheckForNull Thread receiving) throws InterruptedException {
        if (receiver == null) {
            return "error nothing open";
        }
        receiver.stop();
        receiving.join(Duration.ofSeconds(5).toMillis());
        ByteBuffer encoded = ByteBuffer.allocate(receiver.latency.getNeededByteBufferCapacity());
        int length = receiver.latency.encodeIntoCompressedByteBuffer(encoded);
        byte[] histogram = new byte[length];
        encoded.flip();
        encoded.get(histogram);
        return "result " + receiver.received + " " + receiver.outOfOrder + " " + receiver.meanJitter() + " "
                + Base64.getEncoder().encodeToString(histogram);
    }

    /** HOST:PORT arguments from {@code first} on, as chains whose ingress and egress are that address. */
    private static List<UdpLoad.Chain> chains(String[] command, int first) {
        List<UdpLoad.Chain> chains = new ArrayList<>();
        for (int i = first; i < command.length; i++) {
            int colon = command[i].lastIndexOf(':');
            InetSocketAddress address = new InetSocketAddress(command[i].substring(0, colon),
                    Integer.parseInt(command[i].substring(colon + 1)));
            chains.add(new UdpLoad.Chain(address, address));
        }
        if (chains.isEmpty()) {
            throw new IllegalArgumentException("no HOST:PORT given");
        }
        return chains;
    }

    private static void close(@CheckForNull AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Closing sockets of a finished trial: nothing to recover.
            }
        }
    }
}
