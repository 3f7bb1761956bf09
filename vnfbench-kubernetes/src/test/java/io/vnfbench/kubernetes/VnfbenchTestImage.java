package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vnfbench.kubernetes.podman.Podman;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The vnfbench image as the tests build it, with the project's own Containerfile and scripts: a base from Debian's
 * packages ({@code docker/build-base}: mmdebstrap, podman import), kept under a tag derived from the script, so
 * later runs and other test classes reuse it; and on it the image of this build ({@code docker/build-image}) whose
 * {@code vnfbench.jar} puts the test class path's jars and classes on its own class path. The image of this build is
 * removed when the JVM ends.
 */
final class VnfbenchTestImage {

    private static String image;

    private VnfbenchTestImage() {
    }

    /** Requires podman and root: missing under CI=true fails, elsewhere skips. */
    static void requirePodman() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean podman = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "podman")));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (ci && !podman) {
            fail("podman is not installed but CI=true; .ci/run installs it (apt-get install -y podman)");
        }
        if (ci && !root) {
            fail("CI=true but not root: .ci/run runs as root (pods need a bridge network and nftables)");
        }
        assumeTrue(podman, "podman is not installed (apt-get install -y podman)");
        assumeTrue(root, "pods on a bridge network need root");
    }

    /** The base from Debian's packages ({@code docker/build-base}), built once per version of the script. */
    static synchronized String base() throws Exception {
        requirePodman();
        Path root = repositoryRoot();
        String base = "localhost/vnfbench-base:bookworm-" + sha(Files.readAllBytes(root.resolve("docker/build-base")));
        if (!Podman.podman().run(Duration.ofSeconds(30), "image", "exists", base).ok()) {
            run(Duration.ofMinutes(20), root.resolve("docker/build-base").toString(), "--tag", base);
        }
        return base;
    }

    private static String firewall;

    /**
     * The example firewall CNF ({@code examples/cnf/nft-firewall}) built on the base as a user would, under a tag of
     * this JVM's own, removed when the JVM ends.
     */
    static synchronized String firewall() throws Exception {
        if (firewall != null) {
            return firewall;
        }
        String base = base();
        String tag = "localhost/vnfbench-test-nft-" + Long.toString(ProcessHandle.current().pid(), 36) + "-"
                + Long.toString(System.nanoTime() % 1_000_000, 36) + ":1";
        run(Duration.ofMinutes(10), "podman", "build", "-q", "--build-arg", "BASE=" + base, "-t", tag,
                repositoryRoot().resolve("examples/cnf/nft-firewall").toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Podman.podman().run(Duration.ofSeconds(60), "rmi",
                "-f", tag)));
        firewall = tag;
        return tag;
    }

    static synchronized String image() throws Exception {
        if (image != null) {
            return image;
        }
        requirePodman();
        Path root = repositoryRoot();
        String base = base();
        Podman podman = Podman.podman();
        Path dist = Files.createTempDirectory("vnfbench-dist");
        try {
            writeDistribution(dist);
            String tag = "localhost/vnfbench-test-" + Long.toString(ProcessHandle.current().pid(), 36) + "-"
                    + Long.toString(System.nanoTime() % 1_000_000, 36) + ":1";
            run(Duration.ofMinutes(10), root.resolve("docker/build-image").toString(), "--dist", dist.toString(),
                    "--tag", tag, "--base", base);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> podman.run(Duration.ofSeconds(60), "rmi", "-f",
                    tag)));
            image = tag;
            return tag;
        } finally {
            try (var walk = Files.walk(dist)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** lib/ holds the class path's jars and class directories; vnfbench.jar names them in Class-Path. */
    private static void writeDistribution(Path dist) throws IOException {
        Path lib = Files.createDirectories(dist.resolve("lib"));
        List<String> classPath = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.contains("test-classes") || !Files.exists(p)) {
                continue;
            }
            n++;
            if (Files.isDirectory(p)) {
                Path target = lib.resolve("classes-" + n);
                copyTree(p, target);
                classPath.add("lib/classes-" + n + "/");
            } else {
                Files.copy(p, lib.resolve(n + "-" + p.getFileName()));
                classPath.add("lib/" + n + "-" + p.getFileName());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream out = Files.newOutputStream(dist.resolve("vnfbench.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("Containerfile"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no Containerfile above " + System.getProperty("user.dir"));
        }
        return dir;
    }

    private static void run(Duration bound, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(bound.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within " + bound);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + out);
        }
    }

    private static String sha(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
    }
}
