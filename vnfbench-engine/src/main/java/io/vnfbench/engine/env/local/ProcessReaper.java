package io.vnfbench.engine.env.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A small guard process started with every deployment that runs {@code process} nodes: the engine writes
 * {@code watch PID} lines to its stdin; when stdin closes — the engine tore down, or was killed with SIGKILL and
 * could not — it kills every watched process that is still the same process (same start time) with its
 * descendants, then exits. Built-in NFs need no guard: they exit themselves when their stdin closes.
 */
public final class ProcessReaper {
    static final String READY = "vnfbench-reaper-ready";

    private ProcessReaper() {
    }

    public static void main(String[] args) throws IOException {
        Map<Long, Optional<Instant>> watched = new LinkedHashMap<>();
        System.out.println(READY);
        System.out.flush();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("watch ")) {
                    long pid = Long.parseLong(line.substring(6).strip());
                    watched.put(pid, ProcessHandle.of(pid).flatMap(h -> h.info().startInstant()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A broken pipe means the engine is gone: reap as on end of file.
        }
        reap(watched);
        System.exit(0);
    }

    static void reap(Map<Long, Optional<Instant>> watched) {
        List<ProcessHandle> victims = watched.entrySet().stream()
                .flatMap(e -> ProcessHandle.of(e.getKey()).filter(h -> h.info().startInstant().equals(e.getValue()))
                        .stream())
                .flatMap(h -> Stream.concat(h.descendants(), Stream.of(h)))
                .filter(ProcessHandle::isAlive).toList();
        victims.forEach(ProcessHandle::destroy);
        for (ProcessHandle victim : victims) {
            try {
                victim.onExit().get(1, TimeUnit.SECONDS);
            } catch (Exception e) {
                victim.destroyForcibly();
            }
        }
    }
}
