package io.vnfbench.engine.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import org.HdrHistogram.Histogram;

/**
 * The built-in UDP load split over two processes: a sending {@link UdpLoadAgent} in the traffic generator's network
 * namespace and a receiving one in the sink's, so that every datagram crosses the chain between two namespaces the way
 * it would between two hosts. One pair serves a deployment (JVM start-up is paid once per Test, not per Trial); it
 * runs one trial at a time. Latency stays one-clock: both agents read CLOCK_MONOTONIC of this machine.
 */
public final class UdpLoadAgents implements AutoCloseable {
    /** Flags of the agent JVMs: small heap, C2 kept for the send and receive loops. */
    static final List<String> JVM_FLAGS = List.of("-Xms16m", "-Xmx64m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:CICompilerCount=2", "-XX:-UsePerfData", "-Xshare:auto", "-Djava.net.preferIPv4Stack=true");
    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final Path feedbackFile;
    private final LoadFeedback feedback;
    private final Agent sender;
    private final Agent receiver;
    private final ReentrantLock busy = new ReentrantLock();

    private UdpLoadAgents(Path feedbackFile, LoadFeedback feedback, Agent sender, Agent receiver) {
        this.feedbackFile = feedbackFile;
        this.feedback = feedback;
        this.sender = sender;
        this.receiver = receiver;
    }

    /**
     * Starts both agents, each behind its command prefix (e.g. {@code nsenter -t PID -n --}), and waits, at most
     * {@code bound}, for both to be ready.
     */
    public static UdpLoadAgents start(List<String> senderPrefix, List<String> receiverPrefix, Duration bound)
            throws IOException {
        Path file = Files.createTempFile("vnfbench-load-", ".feedback");
        Agent sender = null;
        Agent receiver = null;
        try {
            Files.write(file, new byte[LoadFeedback.SIZE]);
            LoadFeedback feedback = LoadFeedback.map(file);
            sender = new Agent("sender", command(senderPrefix, "send", file));
            receiver = new Agent("receiver", command(receiverPrefix, "receive", file));
            sender.awaitReady(bound);
            receiver.awaitReady(bound);
            return new UdpLoadAgents(file, feedback, sender, receiver);
        } catch (IOException | RuntimeException e) {
            if (sender != null) {
                sender.close();
            }
            if (receiver != null) {
                receiver.close();
            }
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static List<String> command(List<String> prefix, String role, Path feedback) {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.add("-cp");
        command.add(classPath());
        command.add(UdpLoadAgent.class.getName());
        command.add(role);
        command.add(feedback.toString());
        return command;
    }

    /** Where the agent's classes and HdrHistogram come from (one shaded jar, or the build's directories and jars). */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(UdpLoadAgent.class, Histogram.class)) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            try {
                if (source == null || source.getLocation() == null) {
                    return System.getProperty("java.class.path");
                }
                entries.add(Path.of(source.getLocation().toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
                return System.getProperty("java.class.path");
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** A trial runner over {@code chains} (each chain's ingress is where the sender sends, its egress where the receiver binds). */
    public TrafficLoad load(List<UdpLoad.Chain> chains, BooleanSupplier cancelled) {
        return new SplitLoad(List.copyOf(chains), cancelled);
    }

    /** Whether a datagram sent into {@code chain} arrives at its egress, trying for at most {@code bound}. */
    public boolean forwards(UdpLoad.Chain chain, Duration bound, BooleanSupplier abort) throws IOException {
        long deadline = System.nanoTime() + bound.toNanos();
        UdpLoad.Stimulus probe = new UdpLoad.Stimulus(0, 4, UdpLoad.MIN_FRAME_SIZE, Duration.ofMillis(20), 1,
                Duration.ZERO, Duration.ofMillis(30), Duration.ofMillis(200));
        do {
            if (load(List.of(chain), abort).run(probe).rxPackets() > 0) {
                return true;
            }
        } while (System.nanoTime() < deadline && !abort.getAsBoolean());
        return false;
    }

    /** The agents' processes (for teardown checks). */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        for (Agent agent : List.of(sender, receiver)) {
            all.add(agent.process.toHandle());
            agent.process.descendants().forEach(all::add);
        }
        return all;
    }

    /** The exact commands of both agents. */
    public List<String> commands() {
        return List.of(String.join(" ", sender.command), String.join(" ", receiver.command));
    }

    @Override
    public void close() {
        sender.close();
        receiver.close();
        try {
            Files.deleteIfExists(feedbackFile);
        } catch (IOException e) {
            // A temporary file of 16 bytes: nothing to do about it.
        }
    }

    private final class SplitLoad implements TrafficLoad {
        private final List<UdpLoad.Chain> chains;
        private final BooleanSupplier cancelled;
        private Runnable starts = () -> { };
        private Runnable ends = () -> { };

        SplitLoad(List<UdpLoad.Chain> chains, BooleanSupplier cancelled) {
            this.chains = chains;
            this.cancelled = cancelled;
        }

        @Override
        public TrafficLoad onMeasuredPhase(Runnable starts, Runnable ends) {
            this.starts = starts;
            this.ends = ends;
            return this;
        }

        @Override
        public UdpLoad.Outcome run(UdpLoad.Stimulus s) throws IOException {
            if (!busy.tryLock()) {
                throw new IOException("the deployment's UDP load agents are running another trial (run one udp prober "
                        + "instance per deployment at a time)");
            }
            try {
                return trial(s);
            } finally {
                busy.unlock();
            }
        }

        private UdpLoad.Outcome trial(UdpLoad.Stimulus s) throws IOException {
            int runId = ThreadLocalRandom.current().nextInt();
            int warmupId = runId ^ 0x5a5a5a5a;
            sender.answers.clear();
            receiver.answers.clear();
            receiver.expect("ok", "open " + runId + " " + s.flows() + addresses(false));
            boolean received = false;
            try {
                sender.expect("ok", "open " + s.flows() + " " + s.frameSize() + addresses(true));
                if (!s.warmup().isZero()) {
                    send(warmupId, 0, s.window() > 0 ? s.window() : 64, s.warmup());
                    UdpLoad.drain(feedback::lastArrival, s, cancelled);
                }
                starts.run();
                receiver.expect("ok", "measure");
                String[] sent = send(runId, s.ratePps(), s.window(), s.duration());
                UdpLoad.drain(feedback::lastArrival, s, cancelled);
                ends.run();
                String[] result = receiver.expect("result", "close");
                received = true;
                Histogram latency = Histogram.decodeFromCompressedByteBuffer(
                        ByteBuffer.wrap(Base64.getDecoder().decode(result[4])), 0);
                return new UdpLoad.Outcome(s.ratePps(), Long.parseLong(sent[1]), Long.parseLong(result[1]),
                        Long.parseLong(sent[2]) / 1e9, s.frameSize(), latency, Double.parseDouble(result[3]),
                        Long.parseLong(result[2]));
            } catch (java.util.zip.DataFormatException | RuntimeException e) {
                throw new IOException("the UDP load agents answered what cannot be read: " + e, e);
            } finally {
                closeQuietly(sender, "ok");
                if (!received) {
                    closeQuietly(receiver, "result");
                }
            }
        }

        /** Ends the agent's trial without masking the exception that may be under way. */
        private void closeQuietly(Agent agent, String answer) {
            try {
                agent.expect(answer, "close");
            } catch (IOException e) {
                // The trial's own outcome or exception tells what happened.
            }
        }

        private String[] send(int runId, double pps, int window, Duration duration) throws IOException {
            sender.send("send " + runId + " " + pps + " " + window + " " + duration.toNanos());
            boolean[] stopped = {false};
            return sender.await("sent", duration.plus(ANSWER), () -> {
                if (!stopped[0] && cancelled.getAsBoolean()) {
                    stopped[0] = true;
                    sender.send("stop");
                }
            });
        }

        private String addresses(boolean ingress) {
            StringBuilder text = new StringBuilder();
            for (UdpLoad.Chain chain : chains) {
                var address = ingress ? chain.ingress() : chain.egress();
                text.append(' ').append(address.getAddress().getHostAddress()).append(':').append(address.getPort());
            }
            return text.toString();
        }
    }

    /** One agent process: commands in, answers out, the last lines of its stderr for error messages. */
    private static final class Agent {
        private final String role;
        private final List<String> command;
        private final Process process;
        private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        private final OutputStream in;

        Agent(String role, List<String> command) throws IOException {
            this.role = role;
            this.command = List.copyOf(command);
            this.process = new ProcessBuilder(command).start();
            this.in = process.getOutputStream();
            pump(process.getInputStream(), line -> answers.add(line), "answers");
            pump(process.getErrorStream(), line -> {
                synchronized (errors) {
                    errors.add(line);
                    if (errors.size() > 10) {
                        errors.remove(0);
                    }
                }
            }, "errors");
        }

        private void pump(java.io.InputStream stream, java.util.function.Consumer<String> sink, String what) {
            Thread thread = new Thread(() -> {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        sink.accept(line);
                    }
                } catch (IOException e) {
                    // The agent ended.
                }
            }, "load-agent-" + role + "-" + what);
            thread.setDaemon(true);
            thread.start();
        }

        void awaitReady(Duration bound) throws IOException {
            await(UdpLoadAgent.READY, bound, () -> { });
        }

        synchronized void send(String line) throws IOException {
            try {
                in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            } catch (IOException e) {
                throw new IOException("the UDP load " + role + " is gone" + said(), e);
            }
        }

        String[] expect(String answer, String line) throws IOException {
            send(line);
            return await(answer, ANSWER, () -> { });
        }

        /** What runs every 10 ms while an answer is awaited. */
        interface Tick {
            void run() throws IOException;
        }

        /** The next answer, which must start with {@code expected}; {@code tick} runs every 10 ms while waiting. */
        String[] await(String expected, Duration bound, Tick tick) throws IOException {
            long deadline = System.nanoTime() + bound.toNanos();
            while (true) {
                String line;
                try {
                    line = answers.poll(10, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the UDP load " + role, e);
                }
                if (line != null) {
                    String[] words = line.split(" ");
                    if (words[0].equals(expected)) {
                        return words;
                    }
                    throw new IOException("the UDP load " + role + " answered '" + line + "'" + said());
                }
                if (!process.isAlive()) {
                    throw new IOException("the UDP load " + role + " exited with status " + process.exitValue() + said());
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("the UDP load " + role + " did not answer within " + bound.toMillis() + " ms"
                            + said());
                }
                tick.run();
            }
        }

        private String said() {
            synchronized (errors) {
                return errors.isEmpty() ? "" : ": " + String.join(" | ", errors);
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // Already gone.
            }
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroy();
                    if (!process.waitFor(2, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        process.waitFor(2, TimeUnit.SECONDS);
                    }
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
