package io.vnfbench.jenkins.stubs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists the top-level types that exist in the test-harness side of the real build (jenkins-test-harness, workflow-job,
 * workflow-cps, cloudbees-folder, the test jars of checks-api and workflow-step-api, core) at the refs in
 * {@code test-harness-sources.txt}, one canonical name a line, with the commits as comments. The JenkinsRule tests'
 * imports are checked against it ({@code JenkinsRuleTestImportsTest}). Arguments: {@code <sources> <output file>
 * <repositories dir>}, the repositories found as for {@link RecordRealSignatures}.
 */
public final class RecordTypeIndex {

    private RecordTypeIndex() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: RecordTypeIndex <test-harness-sources.txt> <output file> <repositories dir>");
            System.exit(2);
        }
        StringBuilder header = new StringBuilder();
        Set<String> types = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\s+");
            Path git = RecordRealSignatures.gitDir(Path.of(args[2]), f[0]);
            String commit = RecordRealSignatures.git(git, "rev-parse", f[1] + "^{commit}").strip();
            header.append("# ").append(f[0]).append('@').append(f[1]).append(' ').append(commit).append(' ').append(f[2]).append('\n');
            for (String root : List.of(f[2].split(","))) {
                for (String p : RecordRealSignatures.git(git, "ls-tree", "-r", "--name-only", commit, "--", root).split("\n")) {
                    if (p.endsWith(".java") && !p.endsWith("package-info.java")) {
                        types.add(p.substring(root.length() + 1, p.length() - 5).replace('/', '.'));
                    }
                }
            }
        }
        Files.writeString(Path.of(args[1]), header + String.join("\n", types) + "\n", StandardCharsets.UTF_8);
        System.err.println("wrote " + types.size() + " type names to " + args[1]);
    }
}
