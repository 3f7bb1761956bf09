package io.vnfbench.engine.env;

import edu.umd.cs.findbugs.annotations.CheckForNull;
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
 * The installed execution environments by orchestrator type, found with {@link ServiceLoader} in both the thread's
 * context class loader and the engine's own. {@value #DEFAULT_TYPE} is used when the VNF-BR names no type.
 */
public final class EnvironmentRegistry {
    /** The embedded environment, the default when {@code environment.orchestrator.type} is absent. */
    public static final String DEFAULT_TYPE = "local";

    private final Map<String, ExecutionEnvironmentProvider> providers;

    private EnvironmentRegistry(Map<String, ExecutionEnvironmentProvider> providers) {
        this.providers = Map.copyOf(providers);
    }

    public static EnvironmentRegistry load() {
        List<ExecutionEnvironmentProvider> found = new ArrayList<>();
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        loaders.add(EnvironmentRegistry.class.getClassLoader());
        for (ClassLoader loader : loaders) {
            try {
                for (ExecutionEnvironmentProvider provider : ServiceLoader.load(ExecutionEnvironmentProvider.class, loader)) {
                    found.add(provider);
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("cannot load execution environments: " + e.getMessage(), e);
            }
        }
        return of(found);
    }

    /** A registry of exactly these providers; the first one wins for a type. */
    public static EnvironmentRegistry of(List<? extends ExecutionEnvironmentProvider> providers) {
        Map<String, ExecutionEnvironmentProvider> byType = new LinkedHashMap<>();
        for (ExecutionEnvironmentProvider provider : providers) {
            byType.putIfAbsent(provider.type(), provider);
        }
        return new EnvironmentRegistry(byType);
    }

    public Optional<ExecutionEnvironmentProvider> find(String type) {
        return Optional.ofNullable(providers.get(type));
    }

    /**
     * The provider for a VNF-BR's orchestrator type, {@value #DEFAULT_TYPE} when {@code type} is null or blank.
     *
     * @throws UnknownEnvironmentException naming the installed types when none serves {@code type}
     */
    public ExecutionEnvironmentProvider require(@CheckForNull String type) {
        String wanted = type == null || type.isBlank() ? DEFAULT_TYPE : type.strip();
        ExecutionEnvironmentProvider provider = providers.get(wanted);
        if (provider == null) {
            throw new UnknownEnvironmentException(wanted, types());
        }
        return provider;
    }

    public Set<String> types() {
        return new TreeSet<>(providers.keySet());
    }
}
