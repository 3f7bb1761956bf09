package io.vnfbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vnfbench import TOOL ...}: other tools' results as a VNF-BR. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turns other tools' result files into a VNF-BR.",
        footer = ExitCode.HELP,
        subcommands = {ImportNfvbenchCommand.class})
final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name the tool whose results to import, e.g."
                + " 'vnfbench import nfvbench FILE... --out vnf-br.json'");
    }
}
