package io.kubetutor.cli;

import io.kubetutor.lesson.CourseCheck;
import io.kubetutor.lesson.LessonFolder;
import io.kubetutor.lesson.LoadedLesson;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lessons check [DIR]}: the lesson files, validated and played (lessons/README.md). */
@Command(name = "lessons", mixinStandardHelpOptions = true, description = "Work with lesson files.",
        subcommands = {LessonsCommand.Check.class})
final class LessonsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Loads every lesson of DIR (default: the lessons inside the app) and plays each step: one
     * {@code FILE:LINE:COL: error|warning: TEXT} line per problem, then one line per lesson. Exit 1
     * when any lesson has an error.
     */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate every lesson file and play its steps and solutions.")
    static final class Check implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "a lessons folder (default: the bundled lessons)")
        String dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            LessonFolder folder;
            try {
                if (dir == null) {
                    folder = LessonFolder.bundled();
                } else if (!Files.isDirectory(Path.of(dir))) {
                    err.println(Files.exists(Path.of(dir)) ? "error: " + dir + " is not a folder of lessons"
                            : "error: the path \"" + dir + "\" does not exist");
                    return 1;
                } else {
                    folder = LessonFolder.of(Path.of(dir));
                }
                List<LoadedLesson> lessons = CourseCheck.check(folder);
                if (lessons.isEmpty()) {
                    err.println("error: " + (dir == null ? "the app" : dir) + " holds no lesson files (*.yaml)");
                    return 1;
                }
                boolean failed = false;
                for (LoadedLesson l : lessons) {
                    l.diagnostics().forEach(d -> out.println(d.format()));
                    failed |= l.hasErrors();
                }
                for (LoadedLesson l : lessons) {
                    long errors = count(l.diagnostics(), Severity.ERROR);
                    long warnings = count(l.diagnostics(), Severity.WARNING);
                    out.println(l.file() + ": " + (l.hasErrors() ? "FAILED" : "ok")
                            + (l.lesson() == null ? "" : ", " + steps(l.lesson().steps().size()) + " played")
                            + (errors + warnings == 0 ? "" : " (" + plural(errors, "error") + ", "
                            + plural(warnings, "warning") + ")"));
                }
                return failed ? 1 : 0;
            } catch (IOException e) {
                err.println("error: " + e.getMessage());
                return 1;
            }
        }

        private static String steps(int n) {
            return plural(n, "step");
        }

        private static String plural(long n, String word) {
            return n + " " + word + (n == 1 ? "" : "s");
        }

        private static long count(List<Diagnostic> ds, Severity s) {
            return ds.stream().filter(d -> d.severity() == s).count();
        }
    }
}
