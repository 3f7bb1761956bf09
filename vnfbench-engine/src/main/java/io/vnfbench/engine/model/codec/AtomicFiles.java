package io.vnfbench.engine.model.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/**
 * The one way the engine replaces a file a reader may be looking at (a run's VNF-BR after every Trial, a report's
 * index): written to a temporary file beside it and renamed over it, so a reader — or a run killed at any moment —
 * sees the previous or the new content, never half of it.
 *
 * <p>Permissions are the user's: a new file gets what the process's umask allows (as any file the user's tools
 * create), and a file that already exists keeps its own. (A temporary file created with
 * {@link Files#createTempFile} would be owner-only, and renaming it over the target would turn every written file
 * into 0600.)
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Replaces {@code file} with {@code bytes}; {@code durable}: flushed to disk before the rename. */
    public static void write(Path file, byte[] bytes, boolean durable) throws IOException {
        write(file, List.of(ByteBuffer.wrap(bytes)), durable);
    }

    /**
     * Replaces {@code file} with the concatenation of {@code parts}; {@code durable}: flushed to disk before the
     * rename (survives a power loss), else the write survives the death of the process only.
     */
    public static void write(Path file, List<ByteBuffer> parts, boolean durable) throws IOException {
        Path dir = FileNames.directory(file);
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + FileNames.name(file) + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer[] buffers = parts.stream().map(ByteBuffer::duplicate).toArray(ByteBuffer[]::new);
                long remaining = parts.stream().mapToLong(ByteBuffer::remaining).sum();
                while (remaining > 0) {
                    remaining -= channel.write(buffers);
                }
                if (durable) {
                    channel.force(true);
                }
            }
            if (Files.exists(file) && temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
