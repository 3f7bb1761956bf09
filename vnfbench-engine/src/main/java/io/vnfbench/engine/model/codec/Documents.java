package io.vnfbench.engine.model.codec;

import io.vnfbench.engine.model.Lifecycle;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Variable;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading and writing VNF-BR, VNF-BD and VNF-PP documents (JSON or YAML). The one place that parses documents.
 */
public final class Documents {

    static final Set<String> VARIABLE_CLASSES = Set.of("stimulus", "resource", "configuration");
    static final Set<String> WORKFLOWS = Set.of("create", "configure", "start", "stop", "delete", "custom");
    static final Set<String> ROLES = Set.of("manager", "agent", "monitor", "sut");

    private Documents() {
    }

    /** Reads a file as {@code type}; the format comes from the file name (.json, .yaml, .yml) or the content. */
    public static <T> ReadResult<T> read(Path file, Class<T> type) throws DocumentException {
        return read(file, type, Limits.DEFAULT);
    }

    public static <T> ReadResult<T> read(Path file, Class<T> type, Limits limits) throws DocumentException {
        String source = file.toString();
        byte[] bytes = readBytes(file, limits);
        return read(source, bytes, type, limits);
    }

    /** Reads in-memory content; {@code sourceName} names it in messages and picks the format by its extension. */
    public static <T> ReadResult<T> read(String sourceName, byte[] content, Class<T> type) throws DocumentException {
        return read(sourceName, content, type, Limits.DEFAULT);
    }

    public static <T> ReadResult<T> read(String sourceName, String content, Class<T> type) throws DocumentException {
        return read(sourceName, content.getBytes(StandardCharsets.UTF_8), type, Limits.DEFAULT);
    }

    public static <T> ReadResult<T> read(String sourceName, byte[] content, Class<T> type, Limits limits)
            throws DocumentException {
        Tree tree = new TreeReader(sourceName, limits).read(content, TreeReader.formatOf(sourceName));
        return bind(sourceName, tree, type);
    }

    /** Reads a file whose kind (VNF-BR, VNF-BD or VNF-PP) is told by its top-level members. */
    public static ReadResult<Object> readAny(Path file) throws DocumentException {
        String source = file.toString();
        Tree tree = new TreeReader(source, Limits.DEFAULT).read(readBytes(file, Limits.DEFAULT),
                TreeReader.formatOf(source));
        @SuppressWarnings("unchecked")
        Class<Object> kind = (Class<Object>) kindOf(tree);
        return bind(source, tree, kind);
    }

    static Class<?> kindOf(Tree tree) {
        if (tree instanceof Tree.Obj obj) {
            Map<String, Tree.Member> m = obj.members();
            if (m.containsKey("scenario") || m.containsKey("proceedings") || m.containsKey("experiments")) {
                return VnfBd.class;
            }
            if (m.containsKey("reports")) {
                return VnfPp.class;
            }
        }
        return VnfBr.class;
    }

    @SuppressWarnings("unchecked")
    private static <T> ReadResult<T> bind(String source, Tree tree, Class<T> type) throws DocumentException {
        Binder binder = new Binder(source);
        Object value = binder.bindRoot(tree, type);
        if (!binder.problems().isEmpty() || value == null) {
            throw new DocumentException(binder.problems());
        }
        Origins origins = new Origins(source, binder.places());
        List<Problem> warnings = new ArrayList<>(binder.warnings());
        warnings.addAll(warnings(binder.places().keySet(), origins));
        warnings.sort((a, b) -> a.location().line() != b.location().line()
                ? Integer.compare(a.location().line(), b.location().line())
                : Integer.compare(a.location().column(), b.location().column()));
        return new ReadResult<>((T) value, warnings, origins);
    }

    private static List<Problem> warnings(Set<Object> records, Origins origins) {
        List<Problem> warnings = new ArrayList<>();
        for (Object record : records) {
            if (record instanceof Variable v && v.clazz() != null && !VARIABLE_CLASSES.contains(v.clazz())) {
                warnings.add(origins.problem(record, "variable class '" + v.clazz()
                        + "' is not one of the draft's stimulus, resource, configuration"));
            } else if (record instanceof Lifecycle l && !WORKFLOWS.contains(l.workflow())) {
                warnings.add(origins.problem(record, "workflow '" + l.workflow()
                        + "' is not one of the draft's create, configure, start, stop, delete, custom"));
            } else if (record instanceof Node n && n.role() != null && !n.role().isEmpty() && !ROLES.contains(n.role())) {
                warnings.add(origins.problem(record, "role '" + n.role()
                        + "' is not one of the draft's manager, agent, monitor, sut"));
            }
        }
        return warnings;
    }

    private static byte[] readBytes(Path file, Limits limits) throws DocumentException {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw DocumentException.of(source, Location.UNKNOWN, "", "document is " + size
                        + " bytes, over the limit of " + limits.maxBytes() + " bytes (raise it with -Dvnfbench.document.maxBytes=N)");
            }
            if (Files.isDirectory(file)) {
                throw DocumentException.of(source, Location.UNKNOWN, "", "is a directory, not a document");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DocumentException.of(source, Location.UNKNOWN, "", "no such file");
        } catch (IOException e) {
            throw DocumentException.of(source, Location.UNKNOWN, "", "cannot read: " + e);
        }
    }

    /** A temporary file is created owner-only; the document keeps the target's permissions, or gets rw-r--r--. */
    /** JSON with arrays for lists, members in YANG order, two-space indentation, trailing newline. */
    public static String writeJson(Object record) {
        return Writer.json(record);
    }

    public static String writeYaml(Object record) {
        return Writer.yaml(record);
    }

    /**
     * Replaces {@code file} with the JSON (or, for .yaml/.yml names, YAML) of {@code record} atomically: written to a
     * temporary file beside it, flushed to disk, then renamed over it, so a reader never sees half a document; a new file
     * gets the user's umask, an existing one keeps its permissions ({@link AtomicFiles}).
     */
    public static void writeAtomically(Path file, Object record) throws IOException {
        String name = FileNames.name(file);
        String text = TreeReader.formatOf(name) == TreeReader.Format.YAML ? writeYaml(record) : writeJson(record);
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8), true);
    }
}
