package io.vnfbench.engine.run;

import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.AtomicFiles;
import io.vnfbench.engine.model.codec.Documents;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VNF-BR file of a run, rewritten after every Trial. Serialising the whole document each time would cost more
 * with every finished instance; instead the JSON of each output is kept and reused while the output is unchanged
 * (the Manager replaces an output's record only when it changes), and spliced into the header's JSON. The result is
 * byte for byte what {@link Documents#writeJson} writes (tested; if the codec's layout ever changes so that the splice
 * point is not found, the whole document is serialised instead).
 *
 * <p>Every write goes through {@link AtomicFiles}: a temporary file renamed over the old one, so readers and a killed
 * run see either the previous or the new document, with the user's umask for a new file and the old permissions for
 * an existing one; non-durable writes skip the flush to disk (a process kill loses nothing, a power loss may lose the
 * Trials since the last durable write).
 */
final class VnfBrFile implements RunSink {
    private static final String PLACEHOLDER = "@@vnfbench-outputs@@";
    private static final String ITEM_INDENT = "    ";
    private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private Map<Output, byte[]> fragments = new IdentityHashMap<>();

    VnfBrFile(Path file) {
        this.file = file;
    }

    @Override
    public void write(VnfBr vnfbr, boolean durable) throws IOException {
        replace(parts(vnfbr), durable);
    }

    /** The JSON of {@code vnfbr}, reusing the JSON of outputs written before. */
    String splice(VnfBr vnfbr) {
        StringBuilder text = new StringBuilder();
        for (ByteBuffer part : parts(vnfbr)) {
            text.append(StandardCharsets.UTF_8.decode(part.duplicate()));
        }
        return text.toString();
    }

    /** The document as UTF-8 pieces: header, each output's cached bytes with separators, trailer. */
    private List<ByteBuffer> parts(VnfBr vnfbr) {
        if (vnfbr.outputs().isEmpty()) {
            return List.of(utf8(Documents.writeJson(vnfbr)));
        }
        String skeleton = Documents.writeJson(vnfbr.withOutputs(List.of(new Output(PLACEHOLDER, List.of(), null, null))));
        String marker = ITEM_INDENT + "{\n" + ITEM_INDENT + "  \"id\" : \"" + PLACEHOLDER + "\"\n" + ITEM_INDENT + "}";
        int at = skeleton.indexOf(marker);
        if (at < 0) {
            return List.of(utf8(Documents.writeJson(vnfbr)));
        }
        Map<Output, byte[]> next = new IdentityHashMap<>();
        List<ByteBuffer> parts = new ArrayList<>(2 * vnfbr.outputs().size() + 2);
        parts.add(utf8(skeleton.substring(0, at)));
        boolean first = true;
        for (Output output : vnfbr.outputs()) {
            byte[] fragment = fragments.get(output);
            if (fragment == null) {
                fragment = indent(Documents.writeJson(output)).getBytes(StandardCharsets.UTF_8);
            }
            next.put(output, fragment);
            if (!first) {
                parts.add(ByteBuffer.wrap(SEPARATOR));
            }
            parts.add(ByteBuffer.wrap(fragment));
            first = false;
        }
        parts.add(utf8(skeleton.substring(at + marker.length())));
        fragments = next;
        return parts;
    }

    private static ByteBuffer utf8(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String indent(String json) {
        String body = json.endsWith("\n") ? json.substring(0, json.length() - 1) : json;
        return ITEM_INDENT + body.replace("\n", "\n" + ITEM_INDENT);
    }

    private void replace(List<ByteBuffer> parts, boolean durable) throws IOException {
        AtomicFiles.write(file, parts, durable);
    }
}
