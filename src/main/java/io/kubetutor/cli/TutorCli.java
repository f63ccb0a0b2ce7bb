package io.kubetutor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line (DESIGN.md, "Headless CLI"): plain Java, no JavaFX. */
@Command(name = "kube-service-tutor", mixinStandardHelpOptions = true, version = "Kube Service Tutor 0.1",
        description = "A simulated Kubernetes cluster that shows how Services move traffic.",
        subcommands = {ValidateCommand.class, KubectlCommand.class, TraceCommand.class, LessonsCommand.class})
public final class TutorCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI with the process's streams; returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new TutorCli());
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
