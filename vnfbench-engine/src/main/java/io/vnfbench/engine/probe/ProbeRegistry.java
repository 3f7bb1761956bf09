package io.vnfbench.engine.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The probers and listeners available to a run, by kind and name. Built from {@link ServiceLoader} over both the
 * thread's context class loader and the engine's own (a Jenkins plugin's classes are visible only through the
 * latter, a CLI plug-in jar only through the former), or from an explicit list in tests.
 */
public final class ProbeRegistry {
    private final Map<String, Prober> probers;
    private final Map<String, Listener> listeners;

    private ProbeRegistry(Map<String, Prober> probers, Map<String, Listener> listeners) {
        this.probers = Map.copyOf(probers);
        this.listeners = Map.copyOf(listeners);
    }

    /** Every prober and listener registered as a service; the first one found wins for a name. */
    public static ProbeRegistry load() {
        List<Tool> tools = new ArrayList<>();
        for (ClassLoader loader : loaders()) {
            tools.addAll(services(Prober.class, loader));
            tools.addAll(services(Listener.class, loader));
        }
        return of(tools);
    }

    /** A registry of exactly these tools. */
    public static ProbeRegistry of(List<? extends Tool> tools) {
        Map<String, Prober> probers = new LinkedHashMap<>();
        Map<String, Listener> listeners = new LinkedHashMap<>();
        for (Tool tool : tools) {
            if (tool instanceof Prober prober) {
                probers.putIfAbsent(prober.name(), prober);
            } else if (tool instanceof Listener listener) {
                listeners.putIfAbsent(listener.name(), listener);
            } else {
                throw new IllegalArgumentException("tool '" + tool.name() + "' is neither a Prober nor a Listener");
            }
        }
        return new ProbeRegistry(probers, listeners);
    }

    /** This registry with more tools; existing names win. */
    public ProbeRegistry with(List<? extends Tool> more) {
        List<Tool> all = new ArrayList<>(probers.values());
        all.addAll(listeners.values());
        all.addAll(more);
        return of(all);
    }

    public Optional<Prober> prober(String name) {
        return Optional.ofNullable(probers.get(name));
    }

    public Optional<Listener> listener(String name) {
        return Optional.ofNullable(listeners.get(name));
    }

    public Optional<? extends Tool> find(ToolKind kind, String name) {
        return kind == ToolKind.PROBER ? prober(name) : listener(name);
    }

    public Set<String> names(ToolKind kind) {
        return new TreeSet<>(kind == ToolKind.PROBER ? probers.keySet() : listeners.keySet());
    }

    /**
     * Problems with one tool of a VNF-BD, before the run: an unknown tool (naming the installed ones) or the
     * tool's own parameter problems. Empty when the tool can run.
     */
    public List<String> validate(ToolKind kind, String name, Map<String, String> parameters) {
        Optional<? extends Tool> tool = find(kind, name);
        if (tool.isEmpty()) {
            return List.of("no " + kind.yangName() + " named '" + name + "' is installed; installed "
                    + kind.yangName() + "s: " + names(kind));
        }
        return tool.get().validate(parameters);
    }

    private static Set<ClassLoader> loaders() {
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        loaders.add(ProbeRegistry.class.getClassLoader());
        return loaders;
    }

    private static <T> List<T> services(Class<T> type, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        try {
            for (T service : ServiceLoader.load(type, loader)) {
                found.add(service);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load " + type.getSimpleName() + " services: " + e.getMessage(), e);
        }
        return found;
    }
}
