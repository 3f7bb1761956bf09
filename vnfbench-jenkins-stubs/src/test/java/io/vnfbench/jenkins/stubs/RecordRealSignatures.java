package io.vnfbench.jenkins.stubs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Records the real signatures of every stand-in type from the real sources, read out of git repositories at the refs
 * listed in {@code sources.txt} (one line each: {@code owner/name ref sourceRoot[,sourceRoot...]}); the first repository
 * holding a type's file is its source. Writes one {@code <canonical name>.sig} per stand-in type (top-level and nested)
 * with the repository, ref, commit and path it came from, the type's header, direct and all (transitive, raw)
 * supertypes, and every non-private member (and every field). See docs/jenkins.md for the command.
 *
 * <p>Arguments: {@code <stand-in source dir> <sources.txt> <output dir> <repositories dir>}. A repository
 * {@code owner/name} is looked up in the repositories directory as {@code owner+name/repo}, {@code name.git} or
 * {@code name} (a bare or normal clone; {@code git clone --bare https://github.com/owner/name.git} makes {@code name.git}).
 */
public final class RecordRealSignatures {

    private record Repo(String name, String ref, String commit, Path gitDir, List<String> roots, Set<String> files) {
    }

    private final List<Repo> repos = new ArrayList<>();
    private final Set<String> known = new HashSet<>();
    private final Map<String, List<JavaSignatures.TypeSignature>> parsed = new HashMap<>();
    private final Map<String, Set<String>> allSupertypes = new HashMap<>();
    private final Set<String> parsing = new HashSet<>();
    private final JavaSignatures.Universe universe = new JavaSignatures.Universe() {
        @Override
        public boolean exists(String name) {
            if (known.contains(name)) {
                return true;
            }
            try {
                return signature(name) != null;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<String> directSupertypes(String name) {
            try {
                JavaSignatures.TypeSignature sig = signature(name);
                List<String> out = new ArrayList<>();
                if (sig != null) {
                    for (String s : sig.supertypes()) {
                        out.add(raw(s.substring(s.indexOf(' ') + 1)));
                    }
                }
                return out;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: RecordRealSignatures <stand-in src/main/java> <sources.txt> <output dir> <repositories dir>");
            System.exit(2);
        }
        new RecordRealSignatures().record(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    }

    void record(Path standIn, Path sources, Path out, Path reposDir) throws IOException, InterruptedException {
        for (String line : Files.readAllLines(sources)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\s+");
            Path git = gitDir(reposDir, f[0]);
            String commit = git(git, "rev-parse", f[1] + "^{commit}").strip();
            List<String> roots = List.of(f[2].split(","));
            Set<String> files = new HashSet<>();
            for (String root : roots) {
                for (String p : git(git, "ls-tree", "-r", "--name-only", commit, "--", root).split("\n")) {
                    if (p.endsWith(".java")) {
                        files.add(p);
                        known.add(p.substring(root.length() + 1, p.length() - 5).replace('/', '.'));
                    }
                }
            }
            repos.add(new Repo(f[0], f[1], commit, git, roots, files));
        }
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                if (p.toString().endsWith(".sig")) {
                    Files.delete(p);
                }
            }
        }
        Set<String> standInTypes = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(standIn)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.toString().endsWith(".java")) {
                    for (JavaSignatures.TypeSignature t : JavaSignatures.read(p.getFileName().toString(), Files.readString(p),
                            NOTHING)) {
                        standInTypes.add(t.name());
                    }
                }
            }
        }
        int written = 0;
        for (String type : standInTypes) {
            Located loc = locate(type);
            if (loc == null) {
                System.err.println("not found in any repository: " + type);
                continue;
            }
            JavaSignatures.TypeSignature sig = signature(type);
            StringBuilder sb = new StringBuilder();
            sb.append("# ").append(loc.repo().name()).append('@').append(loc.repo().ref()).append(' ').append(loc.repo().commit())
                    .append(' ').append(loc.path()).append('\n');
            sb.append(sig.header()).append('\n');
            for (String s : sig.supertypes()) {
                sb.append(s).append('\n');
            }
            sb.append("all-supertypes ").append(String.join(" ", supertypes(type))).append('\n');
            for (String m : sig.members()) {
                sb.append(m).append('\n');
            }
            Files.writeString(out.resolve(type + ".sig"), sb.toString(), StandardCharsets.UTF_8);
            written++;
        }
        System.err.println("wrote " + written + " of " + standInTypes.size() + " stand-in types to " + out);
    }

    private record Located(Repo repo, String path, String topLevel) {
    }

    /** The file declaring a canonical type name: the longest prefix that is a top-level type in some repository. */
    private Located locate(String type) {
        String candidate = type;
        while (candidate.contains(".")) {
            for (Repo r : repos) {
                for (String root : r.roots()) {
                    String path = root + "/" + candidate.replace('.', '/') + ".java";
                    if (r.files().contains(path)) {
                        return new Located(r, path, candidate);
                    }
                }
            }
            candidate = candidate.substring(0, candidate.lastIndexOf('.'));
        }
        return null;
    }

    private JavaSignatures.TypeSignature signature(String type) throws IOException, InterruptedException {
        Located loc = locate(type);
        if (loc == null) {
            return null;
        }
        String key = loc.path() + "@" + loc.repo().commit();
        List<JavaSignatures.TypeSignature> types = parsed.get(key);
        if (types == null) {
            if (!parsing.add(key)) {
                return null; // asked again while this file is being read (a cycle through supertypes)
            }
            String source = git(loc.repo().gitDir(), "show", loc.repo().commit() + ":" + loc.path());
            types = JavaSignatures.read(loc.path().substring(loc.path().lastIndexOf('/') + 1), source, universe);
            parsed.put(key, types);
            parsing.remove(key);
        }
        for (JavaSignatures.TypeSignature t : types) {
            if (t.name().equals(type)) {
                return t;
            }
        }
        return null;
    }

    /** Every supertype, transitively, as raw canonical names (java.lang.Object left out). */
    Set<String> supertypes(String type) throws IOException, InterruptedException {
        Set<String> cached = allSupertypes.get(type);
        if (cached != null) {
            return cached;
        }
        Set<String> all = new TreeSet<>();
        allSupertypes.put(type, all);
        JavaSignatures.TypeSignature sig = signature(type);
        if (sig != null) {
            for (String s : sig.supertypes()) {
                String raw = raw(s.substring(s.indexOf(' ') + 1));
                all.add(raw);
                all.addAll(supertypes(raw));
            }
        } else if (JavaSignatures.isJdk(type)) {
            jdkSupertypes(type, all);
        }
        all.remove("java.lang.Object");
        return all;
    }

    private static void jdkSupertypes(String type, Set<String> all) {
        try {
            Class<?> c = Class.forName(type, false, ClassLoader.getPlatformClassLoader());
            List<Class<?>> direct = new ArrayList<>(List.of(c.getInterfaces()));
            if (c.getSuperclass() != null) {
                direct.add(c.getSuperclass());
            }
            for (Class<?> s : direct) {
                all.add(s.getCanonicalName());
                jdkSupertypes(s.getName(), all);
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For listing the stand-in's type names only: resolves nothing outside the file. */
    static final JavaSignatures.Universe NOTHING = new JavaSignatures.Universe() {
        @Override
        public boolean exists(String name) {
            return false;
        }

        @Override
        public List<String> directSupertypes(String name) {
            return List.of();
        }
    };

    static String raw(String type) {
        int lt = type.indexOf('<');
        return lt < 0 ? type : type.substring(0, lt);
    }

    static Path gitDir(Path reposDir, String repo) {
        String owner = repo.substring(0, repo.indexOf('/'));
        String name = repo.substring(repo.indexOf('/') + 1);
        for (Path p : List.of(reposDir.resolve(owner + "+" + name).resolve("repo"), reposDir.resolve(name + ".git"), reposDir.resolve(name))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no clone of " + repo + " in " + reposDir + " (expected " + owner + "+" + name + "/repo, "
                + name + ".git or " + name + ")");
    }

    static String git(Path gitDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "--git-dir=" + resolveGitDir(gitDir)));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] outBytes = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed");
        }
        return new String(outBytes, StandardCharsets.UTF_8);
    }

    private static Path resolveGitDir(Path dir) {
        return Files.isDirectory(dir.resolve(".git")) ? dir.resolve(".git") : dir;
    }
}
