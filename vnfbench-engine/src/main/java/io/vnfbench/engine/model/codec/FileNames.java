package io.vnfbench.engine.model.codec;

import java.nio.file.Path;

/**
 * The name and the directory of a file the engine reads or writes. {@link Path#getFileName()} and
 * {@link Path#getParent()} answer null for a file system root; a root is never a document, so asking for its name or
 * directory is a usage error named here instead of a NullPointerException later.
 */
public final class FileNames {
    private FileNames() {
    }

    /** The last element of {@code file} as text. */
    public static String name(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("'" + file + "' is a file system root, not a file");
        }
        return name.toString();
    }

    /** The directory {@code file} is in (absolute). */
    public static Path directory(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null) {
            throw new IllegalArgumentException("'" + file + "' is a file system root, not a file");
        }
        return parent;
    }
}
