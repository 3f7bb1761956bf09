package io.vnfbench.engine.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The earlier runs of one benchmark that a {@link BaselinePolicy} chooses from. Which runs exist and which of them this
 * run may see is the keeper's business (a history directory; a CI server's builds, branches and permissions); which of
 * them is the baseline, and whether a run passed, is the engine's ({@link Benchmarks#chooseBaseline}).
 */
public interface RunHistory {

    /**
     * One earlier run.
     *
     * @param id    how it is named in notes and verdicts (a file's name, a build's {@code #41})
     * @param vnfbr its stored VNF-BR; a file that is gone is named in the note and passed over
     */
    record StoredRun(String id, Path vnfbr) {
    }

    /** How the history is named in notes: a directory, a CI job ({@code vnf/PR-7}). */
    String name();

    /** The earlier runs, finished ones only, newest first, as far back as the keeper looks. */
    List<StoredRun> runs() throws IOException, InvalidInputException;

    /** The run with this id (also one older than {@link #runs()} reaches); empty when there is none. */
    Optional<StoredRun> run(String id) throws IOException, InvalidInputException;

    /** The branch the run is to be merged into when it is a run of a change (a pull request); else empty. */
    Optional<String> changeTarget();

    /** The history of that branch of the same project, when there is one this run may see; else empty. */
    Optional<RunHistory> branch(String name) throws IOException;

    /** The VNF-BR file of {@code file:PATH}, where the gate can read it; empty when it does not exist. */
    Optional<Path> file(String path) throws IOException, InterruptedException;
}
