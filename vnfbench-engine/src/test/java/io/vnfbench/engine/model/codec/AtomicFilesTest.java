package io.vnfbench.engine.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic replacement keeps the user's permissions: the umask for new files, the file's own for existing ones. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldCreateNewFilesWithWhatTheUmaskAllows() throws Exception {
        // given
        Set<PosixFilePermission> expected = fromUmask(umask());

        // when
        Path file = dir.resolve("vnf-br.json");
        AtomicFiles.write(file, "{}".getBytes(StandardCharsets.UTF_8), false);
        Path doc = dir.resolve("doc.yaml");
        Documents.writeAtomically(doc, new io.vnfbench.engine.model.Parameter("rate", "1"));

        // then
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(expected);
        assertThat(Files.getPosixFilePermissions(doc)).isEqualTo(expected);
        assertThat(expected).as("more than owner-only under the usual umasks").contains(PosixFilePermission.GROUP_READ);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no temporary file left").hasSize(2);
        }
    }

    @Test
    void shouldKeepTheOwnPermissionsOfAFileItReplaces() throws Exception {
        // given
        Path file = dir.resolve("vnf-br.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        // when
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), true);

        // then
        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    /** This process's umask, as Linux reports it. */
    static int umask() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("Umask:")) {
                return Integer.parseInt(line.substring("Umask:".length()).trim(), 8);
            }
        }
        throw new IllegalStateException("no Umask line in /proc/self/status");
    }

    /** What a new file (mode 0666) gets under a umask. */
    static Set<PosixFilePermission> fromUmask(int umask) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        int mode = 0666 & ~umask;
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }
}
