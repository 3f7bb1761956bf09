package io.vnfbench.engine.probe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The {@code process} listener (Gym's name): CPU and memory of a SUT node's processes, as series —
 * {@code cpu_percent} (100 = one CPU busy), {@code mem_rss} (bytes), {@code num_threads}, summed over the node's
 * process and its descendants. Which processes: {@code target} (a node id of a local deployment), or Gym's
 * {@code pid} or {@code name} (command name).
 */
public final class ProcessListener extends SamplingListener {
    public static final String NAME = "process";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> version() {
        return Optional.of("1");
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> specs = new ArrayList<>(commonParameters());
        specs.add(new ParameterSpec("target", false, null, "SUT node id whose processes to sample (local environment)"));
        specs.add(new ParameterSpec("pid", false, null, "process id to sample, with its descendants"));
        specs.add(new ParameterSpec("name", false, null, "command name of the processes to sample"));
        return specs;
    }

    @Override
    public List<String> validate(Map<String, String> given) {
        List<String> problems = new ArrayList<>(super.validate(given));
        validateCommon(given, problems);
        long chosen = Stream.of("target", "pid", "name").filter(given::containsKey).count();
        if (chosen != 1) {
            problems.add("listener 'process' needs exactly one of 'target' (node id), 'pid' or 'name'");
        }
        ToolParameters.checkNumber("listener 'process'", given, "pid", 1, Long.MAX_VALUE, problems);
        return problems;
    }

    @Override
    protected Map<String, String> units() {
        return Map.of("cpu_percent", "%", "mem_rss", "bytes", "num_threads", "threads");
    }

    @Override
    protected Map<String, Double> sample(ToolContext context, Sampler state) throws Exception {
        List<ProcessHandle> processes = processes(context);
        if (processes.isEmpty() && state.memory.isEmpty()) {
            throw new IllegalStateException("no process found for " + selector(context.parameters()));
        }
        long nanos = System.nanoTime();
        Map<Long, Long> ticks = new HashMap<>();
        long rss = 0;
        long threads = 0;
        for (ProcessHandle process : processes) {
            try {
                ProcFs.ProcessTimes times = ProcFs.parseProcessStat(ProcFs.read("/proc/" + process.pid() + "/stat"));
                OptionalLong processRss = ProcFs.parseRss(ProcFs.read("/proc/" + process.pid() + "/status"));
                ticks.put(process.pid(), times.ticks());
                threads += times.threads();
                rss += processRss.orElse(0);
            } catch (IOException | RuntimeException e) {
                // The process ended between listing and reading: it no longer counts.
            }
        }
        @SuppressWarnings("unchecked")
        Map<Long, Long> before = (Map<Long, Long>) state.memory.put("ticks", ticks);
        Long beforeNanos = (Long) state.memory.put("nanos", nanos);
        Map<String, Double> values = new LinkedHashMap<>();
        if (before == null) {
            return values;
        }
        long busy = 0;
        for (Map.Entry<Long, Long> entry : ticks.entrySet()) {
            Long earlier = before.get(entry.getKey());
            if (earlier != null) {
                busy += entry.getValue() - earlier;
            }
        }
        double seconds = (nanos - beforeNanos) / 1e9;
        values.put("cpu_percent", seconds <= 0 ? 0 : 100.0 * busy / ProcFs.TICKS_PER_SECOND / seconds);
        values.put("mem_rss", (double) rss);
        values.put("num_threads", (double) threads);
        return values;
    }

    private static List<ProcessHandle> processes(ToolContext context) {
        Map<String, String> p = context.parameters();
        if (p.containsKey("target")) {
            if (context.targets() instanceof ProcessTargets local) {
                return local.processesOf(p.get("target").strip());
            }
            throw new IllegalStateException("'target' needs an environment whose nodes are local processes");
        }
        if (p.containsKey("pid")) {
            return ProcessHandle.of(Long.parseLong(p.get("pid").strip()))
                    .map(h -> Stream.concat(Stream.of(h), h.descendants()).filter(ProcessHandle::isAlive).toList())
                    .orElse(List.of());
        }
        String name = p.get("name").strip();
        return ProcessHandle.allProcesses()
                .filter(h -> h.info().command().map(c -> c.equals(name) || c.endsWith("/" + name)).orElse(false))
                .toList();
    }

    private static String selector(Map<String, String> p) {
        return p.containsKey("target") ? "node " + p.get("target") : p.containsKey("pid") ? "pid " + p.get("pid")
                : "command " + p.get("name");
    }
}
