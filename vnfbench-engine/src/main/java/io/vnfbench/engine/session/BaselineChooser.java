package io.vnfbench.engine.session;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.verify.Baseline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a {@link BaselinePolicy} to a {@link RunHistory}: the one place that decides which earlier runs pass (the
 * gate's own rule, {@link Baseline.Run#passing()}, read from each run's stored VNF-BR, newest first until enough are
 * found), how many are pooled, and how the choice is named. A run whose stored VNF-BR is gone is passed over and named
 * in the note; a stored VNF-BR that does not read is an invalid input.
 */
final class BaselineChooser {

    private BaselineChooser() {
    }

    private record Choice(Map<String, Path> runs, String note) {
    }

    static BaselineSource choose(BaselinePolicy policy, RunHistory history)
            throws InvalidInputException, IOException, InterruptedException {
        List<String> skipped = new ArrayList<>();
        Choice c;
        if (policy instanceof BaselinePolicy.MedianOf m) {
            c = passing(history, m.n(), skipped);
        } else if (policy instanceof BaselinePolicy.Pinned p) {
            c = pinned(history, p.id());
        } else if (policy instanceof BaselinePolicy.File f) {
            Optional<Path> file = history.file(f.path());
            c = file.map(p -> new Choice(Map.of(f.path(), p), "file " + f.path()))
                    .orElseGet(() -> none("file " + f.path() + " does not exist"));
        } else if (policy instanceof BaselinePolicy.TargetBranch) {
            c = targetBranch(history, skipped);
        } else {
            c = passing(history, 1, skipped);
        }
        String note = skipped.isEmpty() ? c.note() : c.note() + " (" + String.join("; ", skipped) + ")";
        return BaselineSource.runs(c.runs(), policy instanceof BaselinePolicy.MedianOf, note);
    }

    /** The newest {@code wanted} passing runs, read newest first until enough are found. */
    private static Choice passing(RunHistory history, int wanted, List<String> skipped)
            throws InvalidInputException, IOException {
        List<RunHistory.StoredRun> runs = history.runs();
        Map<String, Path> chosen = new LinkedHashMap<>();
        int failed = 0;
        for (RunHistory.StoredRun r : runs) {
            if (chosen.size() == wanted) {
                break;
            }
            if (!Files.isRegularFile(r.vnfbr())) {
                skipped.add("run " + r.id() + ": its stored VNF-BR is gone; passed over");
            } else if (new Baseline.Run(r.id(), read(r.vnfbr())).passing()) {
                chosen.put(r.id(), r.vnfbr());
            } else {
                failed++;
            }
        }
        if (chosen.isEmpty()) {
            return none(runs.isEmpty() ? "no earlier run in " + history.name()
                    : failed == 0 ? "no earlier run in " + history.name() + " has a stored VNF-BR"
                    : "none of the " + failed + " earlier run(s) in " + history.name() + " passed its gate");
        }
        List<String> ids = new ArrayList<>(chosen.keySet());
        if (wanted == 1) {
            return new Choice(chosen, "last passing run " + ids.get(0));
        }
        Collections.reverse(ids);
        return new Choice(chosen, "median of " + chosen.size() + " passing run" + (chosen.size() == 1 ? "" : "s")
                + (chosen.size() < wanted ? " (" + wanted + " asked for)" : "") + ": " + String.join(", ", ids));
    }

    private static Choice pinned(RunHistory history, String id) throws InvalidInputException, IOException {
        Optional<RunHistory.StoredRun> run = history.run(id);
        if (run.isEmpty()) {
            return none("no run with id '" + id + "' in " + history.name());
        }
        if (!Files.isRegularFile(run.get().vnfbr())) {
            return none("run " + run.get().id() + " in " + history.name() + ": its stored VNF-BR is gone");
        }
        return new Choice(Map.of(run.get().id(), run.get().vnfbr()), "pinned run " + run.get().id());
    }

    /** For a change, the target branch's last passing run; for any other run, this history's. */
    private static Choice targetBranch(RunHistory history, List<String> skipped)
            throws InvalidInputException, IOException {
        Optional<String> target = history.changeTarget();
        if (target.isEmpty()) {
            Choice c = passing(history, 1, skipped);
            return new Choice(c.runs(), "not a change (no target branch), so " + c.note());
        }
        Optional<RunHistory> branch = history.branch(target.get());
        if (branch.isEmpty()) {
            return none("no history of target branch '" + target.get() + "' next to " + history.name());
        }
        Choice c = passing(branch.get(), 1, skipped);
        return c.runs().isEmpty() ? c : new Choice(c.runs(), "target branch " + branch.get().name() + ": " + c.note());
    }

    private static Choice none(String why) {
        return new Choice(Map.of(), why);
    }

    private static VnfBr read(Path file) throws InvalidInputException {
        try {
            return Documents.read(file, VnfBr.class).value();
        } catch (DocumentException e) {
            throw GateUseCase.invalid(e);
        }
    }
}
