package io.vnfbench.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.probe.CancellationToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VnfBrFileTest {

    @Test
    void shouldWriteExactlyWhatTheCodecWritesAfterEveryTrial(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vnf-br.json");
        VnfBrFile sink = new VnfBrFile(file);
        List<String> mismatches = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        RunSink checking = (vnfbr, durable) -> {
            sink.write(vnfbr, durable);
            String written = Files.readString(file);
            sizes.add(written.length());
            if (!written.equals(Documents.writeJson(vnfbr))) {
                mismatches.add("write " + sizes.size() + (durable ? " (durable)" : ""));
            }
        };
        VnfBr br = Fixtures.vnfbr(2, 2, "- {id: 1, name: noop}");
        Manager manager = new Manager(new Fixtures.FakeEnvironment().registry(),
                Fixtures.registry(new Fixtures.CountingProber()), Fixtures.fastOptions(), Clock.systemUTC(),
                ProgressListener.NONE);

        manager.run(br, Fixtures.instances(br, 3), checking, null, new CancellationToken());

        assertThat(sizes).hasSizeGreaterThan(12);
        assertThat(mismatches).isEmpty();
        assertThat(Documents.read(file, VnfBr.class).value().outputs()).hasSize(3);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("vnf-br.json");
        }
    }
}
