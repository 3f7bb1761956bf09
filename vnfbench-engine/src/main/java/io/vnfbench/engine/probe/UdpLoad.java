package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import org.HdrHistogram.Histogram;

/**
 * The built-in UDP load generator and receiver: sends timestamped datagrams at a paced (or the highest possible)
 * rate into every chain's ingress, spreading the flows over the chains like NFVbench, and receives them on every
 * chain's egress. One trial = warm-up, paced sending for the duration, then a drain until the chains are quiet.
 *
 * <p>Payload layout (big endian): magic int, run id int, flow int, sequence long, send time long (System.nanoTime,
 * one clock for sender and receiver: here both live in this process; split over two namespaces by
 * {@link UdpLoadAgents}, both read this machine's CLOCK_MONOTONIC). Datagrams that are not ours, or belong to an
 * earlier trial or the warm-up, are not counted.
 */
public final class UdpLoad implements TrafficLoad {
    static final int MAGIC = 0x564e4642; // "VNFB"
    /** Smallest payload that carries the header. */
    public static final int MIN_FRAME_SIZE = 28;
    private static final long HIGHEST_LATENCY_NS = Duration.ofSeconds(60).toNanos();
    private static final int RECEIVE_BATCH = 64;
    private static final int BURST = 32;
    private static final int WARMUP_WINDOW = 64;
    private static final long STALL_NANOS = 200_000_000L;

    /** Where the generator sends (a chain's ingress) and where it listens (the address the chain's egress sends to). */
    public record Chain(InetSocketAddress ingress, InetSocketAddress egress) {
        public Chain {
            Objects.requireNonNull(ingress, "ingress");
            Objects.requireNonNull(egress, "egress");
        }
    }

    /**
     * One trial's stimulus.
     *
     * @param ratePps offered packets per second over all flows; 0 or less sends as fast as the window allows
     * @param window at most this many datagrams in flight when {@code ratePps <= 0}; 0 means no window (flat out)
     * @param frameSize UDP payload bytes, at least {@link #MIN_FRAME_SIZE}
     * @param flows distinct source sockets, spread round-robin over the chains
     * @param warmup time sent before the measured part (not counted), to let the NFs' JIT settle
     * @param drainIdle the trial ends once nothing arrived for this long after sending stopped
     * @param drainMax bound on the drain
     */
    public record Stimulus(double ratePps, int window, int frameSize, Duration duration, int flows, Duration warmup,
                           Duration drainIdle, Duration drainMax) {
        public Stimulus {
            if (frameSize < MIN_FRAME_SIZE || frameSize > 65_507) {
                throw new IllegalArgumentException("frame size " + frameSize + " is outside " + MIN_FRAME_SIZE + "..65507 bytes");
            }
            if (window < 0) {
                throw new IllegalArgumentException("window must not be negative, got " + window);
            }
            if (flows < 1) {
                throw new IllegalArgumentException("flows must be at least 1, got " + flows);
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("duration must be positive, got " + duration);
            }
        }

        public Stimulus withRate(double pps) {
            return new Stimulus(pps, window, frameSize, duration, flows, warmup, drainIdle, drainMax);
        }

        public Stimulus withDuration(Duration d) {
            return new Stimulus(ratePps, window, frameSize, d, flows, warmup, drainIdle, drainMax);
        }
    }

    /** What one trial measured. Latency values are nanoseconds; the histogram is empty when nothing arrived. */
    public record Outcome(double requestedPps, long txPackets, long rxPackets, double sendSeconds, int frameSize,
                          Histogram latency, double jitterNanos, long outOfOrder) implements NdrPdrSearch.Step {
        @Override
        public double txPps() {
            return sendSeconds > 0 ? txPackets / sendSeconds : 0;
        }

        @Override
        public double rxPps() {
            return sendSeconds > 0 ? rxPackets / sendSeconds : 0;
        }

        public double rxBps() {
            return rxPps() * frameSize * 8.0;
        }

        public double txBps() {
            return txPps() * frameSize * 8.0;
        }

        /** Lost fraction of what was sent, in percent; received duplicates never make it negative. */
        @Override
        public double lossPercent() {
            if (txPackets == 0) {
                return 100.0;
            }
            return Math.max(0, txPackets - rxPackets) * 100.0 / txPackets;
        }
    }

    private final List<Chain> chains;
    private final BooleanSupplier cancelled;
    private Runnable measureStarts = () -> { };
    private Runnable measureEnds = () -> { };

    @Override
    public UdpLoad onMeasuredPhase(Runnable starts, Runnable ends) {
        this.measureStarts = starts;
        this.measureEnds = ends;
        return this;
    }

    public UdpLoad(List<Chain> chains, BooleanSupplier cancelled) {
        if (chains.isEmpty()) {
            throw new IllegalArgumentException("the load needs at least one chain ingress/egress pair");
        }
        this.chains = List.copyOf(chains);
        this.cancelled = cancelled;
    }

    /** Runs one trial. Throws IOException when a socket cannot be bound (e.g. an egress address already in use). */
    @Override
    public Outcome run(Stimulus stimulus) throws IOException {
        int runId = ThreadLocalRandom.current().nextInt();
        int warmupId = runId ^ 0x5a5a5a5a;
        try (Receiver receiver = new Receiver(chains, runId, stimulus.flows());
             Senders senders = new Senders(chains, stimulus.flows(), stimulus.frameSize())) {
            Thread receiving = new Thread(receiver, "udp-load-receiver");
            receiving.setDaemon(true);
            receiving.start();
            if (!stimulus.warmup().isZero()) {
                // Warm-up is windowed whatever the trial's mode: it heats the NFs' JIT without overflowing their queues.
                senders.send(warmupId, 0, stimulus.window() > 0 ? stimulus.window() : WARMUP_WINDOW,
                        stimulus.warmup().toNanos(), () -> receiver.arrivals, cancelled);
                drain(() -> receiver.lastArrival, stimulus, cancelled);
            }
            measureStarts.run();
            receiver.measuring = true;
            long started = System.nanoTime();
            long sent = senders.send(runId, stimulus.ratePps(), stimulus.window(), stimulus.duration().toNanos(),
                    () -> receiver.arrivals, cancelled);
            double seconds = (System.nanoTime() - started) / 1e9;
            drain(() -> receiver.lastArrival, stimulus, cancelled);
            measureEnds.run();
            receiver.stop();
            try {
                receiving.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Outcome(stimulus.ratePps(), sent, receiver.received, seconds, stimulus.frameSize(),
                    receiver.latency, receiver.meanJitter(), receiver.outOfOrder);
        }
    }

    /** Waits until nothing arrived for the stimulus's drain idle time, at most its drain bound. */
    static void drain(LongSupplier lastArrival, Stimulus stimulus, BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + stimulus.drainMax().toNanos();
        long idle = stimulus.drainIdle().toNanos();
        while (System.nanoTime() < deadline && !cancelled.getAsBoolean()) {
            if (System.nanoTime() - lastArrival.getAsLong() > idle) {
                return;
            }
            LockSupport.parkNanos(Math.min(idle / 4, 5_000_000L));
        }
    }

    /** Paced sender; one socket per flow, flow f goes to chain f mod C. */
    static final class Senders implements AutoCloseable {
        private final DatagramChannel[] flows;
        private final ByteBuffer buffer;

        Senders(List<Chain> chains, int flowCount, int frameSize) throws IOException {
            flows = new DatagramChannel[flowCount];
            buffer = ByteBuffer.allocateDirect(frameSize);
            try {
                for (int f = 0; f < flowCount; f++) {
                    Chain chain = chains.get(f % chains.size());
                    DatagramChannel channel = DatagramChannel.open();
                    flows[f] = channel;
                    channel.setOption(StandardSocketOptions.SO_SNDBUF, 4 * 1024 * 1024);
                    // The wildcard address: the ingress is another host's address in a pod or namespace, never ours.
                    channel.bind(null);
                    channel.connect(chain.ingress());
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        /**
         * Sends for {@code nanos}, at {@code pps}, or when pps ≤ 0 as fast as possible with at most {@code window}
         * datagrams in flight (0: no window). A window whose datagrams stop arriving for {@link #STALL_NANOS} is
         * written off as lost, so a loss never stalls the sender. Returns the datagrams sent.
         */
        long send(int runId, double pps, int window, long nanos, LongSupplier arrivals, BooleanSupplier cancelled)
                throws IOException {
            long start = System.nanoTime();
            long end = start + nanos;
            long sent = 0;
            long arrivedBase = arrivals.getAsLong();
            long writtenOff = 0;
            long lastProgress = start;
            long lastArrived = 0;
            int flow = 0;
            while (true) {
                long now = System.nanoTime();
                if (now >= end || ((sent & 0x3ff) == 0 || pps > 0 || window > 0) && cancelled.getAsBoolean()) {
                    return sent;
                }
                long due;
                if (pps > 0) {
                    due = (long) ((now - start) * pps / 1e9) + 1;
                } else if (window > 0) {
                    long arrived = arrivals.getAsLong() - arrivedBase;
                    if (arrived != lastArrived) {
                        lastArrived = arrived;
                        lastProgress = now;
                    } else if (now - lastProgress > STALL_NANOS) {
                        writtenOff = sent - arrived;
                        lastProgress = now;
                    }
                    due = Math.min(sent + BURST, arrived + writtenOff + window);
                } else {
                    due = sent + BURST;
                }
                if (sent >= due) {
                    if (pps > 0) {
                        long wait = (long) ((sent - due + 1) * 1e9 / pps);
                        LockSupport.parkNanos(Math.max(wait, 20_000L));
                    } else {
                        LockSupport.parkNanos(10_000L);
                    }
                    continue;
                }
                flow = burst(runId, sent, due, flow);
                sent = due;
            }
        }

        /** Sends datagrams {@code from} until {@code to}; a method of its own so the JIT compiles it early. */
        private int burst(int runId, long from, long to, int firstFlow) throws IOException {
            int flow = firstFlow;
            for (long sequence = from; sequence < to; sequence++) {
                buffer.clear();
                buffer.putInt(MAGIC).putInt(runId).putInt(flow).putLong(sequence).putLong(System.nanoTime());
                buffer.position(0).limit(buffer.capacity());
                try {
                    flows[flow].write(buffer);
                } catch (java.net.PortUnreachableException e) {
                    // The ingress is not listening: the datagram is sent and lost, which the loss figure shows.
                }
                flow = flow + 1 == flows.length ? 0 : flow + 1;
            }
            return flow;
        }

        @Override
        public void close() throws IOException {
            for (DatagramChannel channel : flows) {
                if (channel != null) {
                    channel.close();
                }
            }
        }
    }

    /** Receives on every egress with one selector thread; counts, latency histogram, per-flow RFC 3550 jitter. */
    static final class Receiver implements Runnable, AutoCloseable {
        private final Selector selector;
        private final List<DatagramChannel> channels = new ArrayList<>();
        private final int runId;
        private final long[] lastTransit;
        private final double[] jitter;
        private final long[] nextSequence;
        final Histogram latency = new Histogram(HIGHEST_LATENCY_NS, 3);
        volatile boolean measuring;
        volatile long lastArrival = System.nanoTime();
        volatile long received;
        volatile long outOfOrder;
        /** Every datagram of ours that arrived, any run id; the sender's window counts against it. */
        volatile long arrivals;
        private volatile boolean stopped;
        /** Where arrivals are published for a sender in another process; null when the sender is in this one. */
        private final LoadFeedback feedback;

        Receiver(List<Chain> chains, int runId, int flows) throws IOException {
            this(chains, runId, flows, null);
        }

        Receiver(List<Chain> chains, int runId, int flows, @CheckForNull LoadFeedback feedback) throws IOException {
            this.runId = runId;
            this.feedback = feedback;
            if (feedback != null) {
                feedback.publish(0, lastArrival);
            }
            this.lastTransit = new long[flows];
            this.jitter = new double[flows];
            this.nextSequence = new long[flows];
            java.util.Arrays.fill(lastTransit, Long.MIN_VALUE);
            selector = Selector.open();
            try {
                for (Chain chain : chains) {
                    DatagramChannel channel = DatagramChannel.open();
                    channels.add(channel);
                    channel.setOption(StandardSocketOptions.SO_RCVBUF, 4 * 1024 * 1024);
                    channel.bind(chain.egress());
                    channel.configureBlocking(false);
                    channel.register(selector, SelectionKey.OP_READ);
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public void run() {
            ByteBuffer buffer = ByteBuffer.allocateDirect(65_536);
            long count = 0;
            long disorder = 0;
            long ours = 0;
            try {
                while (!stopped) {
                    selector.select(20);
                    for (SelectionKey key : selector.selectedKeys()) {
                        DatagramChannel channel = (DatagramChannel) key.channel();
                        for (int n = 0; n < RECEIVE_BATCH; n++) {
                            buffer.clear();
                            if (channel.receive(buffer) == null) {
                                break;
                            }
                            long now = System.nanoTime();
                            lastArrival = now;
                            if (buffer.position() < MIN_FRAME_SIZE || buffer.getInt(0) != MAGIC) {
                                continue;
                            }
                            arrivals = ++ours;
                            if (buffer.getInt(4) != runId || !measuring) {
                                continue;
                            }
                            int flow = buffer.getInt(8);
                            if (flow < 0 || flow >= lastTransit.length) {
                                continue;
                            }
                            long sequence = buffer.getLong(12);
                            long transit = now - buffer.getLong(20);
                            latency.recordValue(Math.min(Math.max(transit, 0), HIGHEST_LATENCY_NS));
                            if (lastTransit[flow] != Long.MIN_VALUE) {
                                jitter[flow] += (Math.abs(transit - lastTransit[flow]) - jitter[flow]) / 16.0;
                            }
                            lastTransit[flow] = transit;
                            if (sequence < nextSequence[flow]) {
                                disorder++;
                            } else {
                                nextSequence[flow] = sequence + 1;
                            }
                            count++;
                        }
                        received = count;
                        outOfOrder = disorder;
                        if (feedback != null) {
                            feedback.publish(ours, lastArrival);
                        }
                    }
                    selector.selectedKeys().clear();
                }
            } catch (IOException | ClosedSelectorException e) {
                // Closed under us at the end of the trial; the counts so far stand.
            }
            received = count;
            outOfOrder = disorder;
        }

        double meanJitter() {
            double sum = 0;
            int n = 0;
            for (int f = 0; f < jitter.length; f++) {
                if (lastTransit[f] != Long.MIN_VALUE) {
                    sum += jitter[f];
                    n++;
                }
            }
            return n == 0 ? 0 : sum / n;
        }

        void stop() {
            stopped = true;
            selector.wakeup();
        }

        @Override
        public void close() throws IOException {
            stopped = true;
            for (DatagramChannel channel : channels) {
                channel.close();
            }
            selector.close();
        }
    }
}
