package io.vnfbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code vnfbench} command. */
@Command(name = "vnfbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Benchmarks VNF/CNF chains after draft-rosa-bmwg-vnfbench and gates merges on their performance.",
        footer = ExitCode.HELP,
        subcommands = {
            ValidateCommand.class,
            PlanCommand.class,
            RunCommand.class,
            VerifyCommand.class,
            ImportCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Builds the command line with the project's exit-code mapping; tests call it to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> ExitCode.RUN_ERROR);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("vnfbench: " + e);
            return ExitCode.RUN_ERROR;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("vnfbench: " + e.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
