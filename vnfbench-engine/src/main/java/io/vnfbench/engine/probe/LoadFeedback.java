package io.vnfbench.engine.probe;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the UDP load's receiver tells its sender while a trial runs — datagrams of ours that arrived, and when the
 * last one did — shared through a memory-mapped file when the two run in different processes (and network
 * namespaces) of this machine. {@code System.nanoTime} reads CLOCK_MONOTONIC, one clock for every process here, so
 * arrival times and the send times in the payload compare across processes.
 */
final class LoadFeedback {
    static final int SIZE = 16;
    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private final MappedByteBuffer buffer;

    private LoadFeedback(MappedByteBuffer buffer) {
        this.buffer = buffer;
    }

    /** Maps {@code file} (created and sized by whoever made it) for reading and writing. */
    static LoadFeedback map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return new LoadFeedback(channel.map(FileChannel.MapMode.READ_WRITE, 0, SIZE));
        }
    }

    long arrivals() {
        return (long) LONGS.getVolatile(buffer, 0);
    }

    long lastArrival() {
        return (long) LONGS.getVolatile(buffer, 8);
    }

    void publish(long arrivals, long lastArrival) {
        LONGS.setRelease(buffer, 8, lastArrival);
        LONGS.setRelease(buffer, 0, arrivals);
    }
}
