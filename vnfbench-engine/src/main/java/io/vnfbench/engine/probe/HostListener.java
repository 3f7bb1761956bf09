package io.vnfbench.engine.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code host} listener (Gym's name): CPU and memory of the machine from /proc, as series —
 * {@code cpu_percent} (all CPUs, 0–100), {@code mem_percent}, {@code used_mem} and {@code available_mem} (bytes).
 */
public final class HostListener extends SamplingListener {
    public static final String NAME = "host";

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
        return commonParameters();
    }

    @Override
    public List<String> validate(Map<String, String> given) {
        List<String> problems = new ArrayList<>(super.validate(given));
        validateCommon(given, problems);
        return problems;
    }

    @Override
    protected Map<String, String> units() {
        return Map.of("cpu_percent", "%", "mem_percent", "%", "used_mem", "bytes", "available_mem", "bytes");
    }

    @Override
    protected Map<String, Double> sample(ToolContext context, Sampler state) throws Exception {
        ProcFs.CpuTimes now = ProcFs.parseStat(ProcFs.read("/proc/stat"));
        ProcFs.CpuTimes before = (ProcFs.CpuTimes) state.memory.put("cpu", now);
        Map<String, Double> values = new LinkedHashMap<>();
        if (before == null) {
            return values;
        }
        String meminfo = ProcFs.read("/proc/meminfo");
        long total = ProcFs.meminfo(meminfo, "MemTotal").orElseThrow();
        long available = ProcFs.meminfo(meminfo, "MemAvailable").orElse(ProcFs.meminfo(meminfo, "MemFree").orElse(0));
        values.put("cpu_percent", now.percentSince(before));
        values.put("mem_percent", total == 0 ? 0 : 100.0 * (total - available) / total);
        values.put("used_mem", (double) (total - available));
        values.put("available_mem", (double) available);
        return values;
    }
}
