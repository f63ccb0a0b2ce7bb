package io.kubetutor.kubectl.exec;

import io.kubetutor.model.Container;
import io.kubetutor.model.GoValues;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which programs a container has and how a missing one fails. The tutor gives every container the
 * same toolbox (decision 0016): curl 8.14.1, bind's nslookup, iputils ping, and coreutils' cat, env,
 * printenv and hostname, wherever the learner's image would keep them ({@code /bin}, {@code /usr/bin},
 * ...), as if a debugging image were at hand. Images built FROM scratch hold a single binary and
 * nothing else, so every command fails in them, as it does on a real cluster. Shells exist but are
 * interactive, which a one-shot console cannot be.
 */
final class Programs {
    /** Where images keep executables; a toolbox program named by any of these paths is found. */
    private static final List<String> BIN_DIRS = List.of("/usr/local/sbin/", "/usr/local/bin/", "/usr/sbin/",
            "/usr/bin/", "/sbin/", "/bin/");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh");
    /**
     * Utilities every image with a userland has (coreutils, grep, sed or busybox's): the tutor does
     * not run them, and says so rather than claim the container lacks them.
     */
    private static final Set<String> CORE_UTILITIES = Set.of("ls", "echo", "date", "sleep", "id", "uname", "whoami",
            "mkdir", "rm", "cp", "mv", "touch", "head", "tail", "grep", "sed", "find", "df", "du", "true", "false",
            "wc", "sort", "uniq", "tr", "cut", "test", "[", "pwd", "chmod", "chown", "ln", "tee", "xargs", "kill",
            "expr", "basename", "dirname", "seq", "yes", "stat", "readlink");
    /** Images with no file but their one binary (their Dockerfiles start FROM scratch). */
    private static final Set<String> SCRATCH_IMAGES = Set.of("traefik/whoami", "containous/whoami",
            "hashicorp/http-echo");

    private Programs() {
    }

    /** Runs {@code argv}; the exec id names the exec in containerd's error when the binary is missing. */
    static ExecResult run(InPod where, List<String> argv, String execId) throws Unsimulated {
        String program = argv.get(0);
        List<String> args = argv.subList(1, argv.size());
        String name = programName(program);
        if (name == null || scratch(where.container())) {
            return missing(program, execId);
        }
        return switch (name) {
            case "curl" -> CurlProgram.run(where, args);
            case "nslookup" -> NslookupProgram.run(where, args);
            case "ping" -> PingProgram.run(where, args);
            case "cat" -> PodFiles.cat(where, args);
            case "env" -> PodFiles.env(where, args);
            case "printenv" -> PodFiles.printenv(where, args);
            case "hostname" -> PodFiles.hostname(where, args);
            default -> {
                if (SHELLS.contains(name)) {
                    throw new Unsimulated("runs one program per kubectl exec and does not simulate shells (" + program
                            + "); run the program itself: kubectl exec POD -- curl http://web");
                }
                if (CORE_UTILITIES.contains(name)) {
                    throw new Unsimulated("does not simulate " + name + "; inside a pod it runs curl, nslookup, ping,"
                            + " cat (of /etc/resolv.conf, /etc/hosts, /etc/hostname), env, printenv and hostname");
                }
                yield missing(program, execId);
            }
        };
    }

    /** The toolbox program or shell {@code program} names, or null when the container has no such file. */
    private static String programName(String program) {
        String base = program;
        if (program.contains("/")) {
            String dir = program.substring(0, program.lastIndexOf('/') + 1);
            if (!BIN_DIRS.contains(dir)) {
                return null;
            }
            base = program.substring(dir.length());
        }
        return switch (base) {
            case "curl", "nslookup", "ping", "cat", "env", "printenv", "hostname" -> base;
            default -> SHELLS.contains(base) || CORE_UTILITIES.contains(base) || !program.contains("/") ? base : null;
        };
    }

    private static boolean scratch(Container c) {
        String image = c.image();
        int at = image.indexOf('@');
        if (at >= 0) {
            image = image.substring(0, at);
        }
        int colon = image.lastIndexOf(':');
        if (colon > image.lastIndexOf('/')) {
            image = image.substring(0, colon);
        }
        image = image.toLowerCase(Locale.ROOT);
        if (image.startsWith("docker.io/")) {
            image = image.substring("docker.io/".length());
        }
        return SCRATCH_IMAGES.contains(image);
    }

    /**
     * containerd's answer when runc cannot start the process: a name is looked up in PATH, a path
     * is stat'ed. The kubelet returns it as an internal error, which kubectl prints with "error: ".
     */
    static ExecResult missing(String program, String execId) {
        String why = program.contains("/")
                ? "exec: " + GoValues.quote(program) + ": stat " + program + ": no such file or directory"
                : "exec: " + GoValues.quote(program) + ": executable file not found in $PATH";
        return ExecResult.failed("error: Internal error occurred: error executing command in container: failed to"
                + " exec in container: failed to start exec " + GoValues.quote(execId) + ": OCI runtime exec failed: exec"
                + " failed: unable to start container process: " + why + ": unknown");
    }
}
