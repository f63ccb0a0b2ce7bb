package io.kubetutor.kubectl;

import io.kubetutor.kubectl.exec.ExecRequest;
import io.kubetutor.kubectl.exec.ExecResult;
import io.kubetutor.model.Container;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kubectl exec [-c CONTAINER] [-i] [-t] [-q] POD -- COMMAND [ARGS...]} (pkg/cmd/exec/exec.go):
 * finds the pod (for {@code deploy/NAME}, {@code svc/NAME} and the like, the one
 * AttachablePodForObject picks), refuses a completed one, picks the container (the first, saying so when there are
 * others), and streams the command's output; a non-zero exit of the command ends kubectl with
 * {@code command terminated with exit code N} and that status. With {@code -i -t} the tutor's
 * console counts as a terminal: the program writes both streams to it, so they arrive on stdout.
 */
final class ExecCommand {
    static final CommandDef DEF = new CommandDef("exec", List.of(
            FlagSpec.string("container", 'c'),
            FlagSpec.bool("stdin", 'i'),
            FlagSpec.bool("tty", 't'),
            FlagSpec.bool("quiet", 'q'),
            FlagSpec.string("filename", 'f'),
            FlagSpec.string("pod-running-timeout")),
            Set.of("filename", "pod-running-timeout"), List.of(), ExecCommand::run);
    /** The annotation naming the container kubectl picks by default (KEP 2227). */
    static final String DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container";

    private ExecCommand() {
    }

    static void run(Invocation inv) throws KubectlError {
        List<String> args = inv.args();
        int dash = inv.flags.argsLenAtDash();
        String resource = !args.isEmpty() && dash != 0 ? args.get(0) : "";
        List<String> command = List.of();
        if (dash > -1) {
            command = args.subList(dash, args.size());
        } else if (args.size() > 1) {
            throw KubectlError.usage(inv.commandPath,
                    "exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead");
        }
        if (resource.isEmpty()) {
            throw KubectlError.plain("pod, type/name or --filename must be specified");
        }
        if (command.isEmpty()) {
            throw KubectlError.plain("you must specify at least one command for the container");
        }
        Pod pod = pod(inv, resource);
        String phase = pod.status().phase();
        if (phase.equals("Succeeded") || phase.equals("Failed")) {
            throw KubectlError.plain("cannot exec into a container in a completed pod; current phase is " + phase);
        }
        String container = inv.flags.getOr("container", "");
        if (container.isEmpty()) {
            container = defaultContainer(pod, inv.flags.flag("quiet"), inv.err);
        }
        boolean tty = inv.flags.flag("stdin") && inv.flags.flag("tty");
        ExecResult r = inv.cluster.exec(new ExecRequest(inv.namespace(), pod.name(), container, command, tty));
        if (!r.ran()) {
            throw KubectlError.verbatim(r.failure());
        }
        inv.out.append(r.stdout());
        (tty ? inv.out : inv.err).append(r.stderr());
        if (r.interrupted() && !tty) {
            // Ctrl-C reached kubectl itself, not the program: nothing more is printed.
            throw KubectlError.exitStatus("", r.exitCode());
        }
        if (r.exitCode() != 0) {
            throw KubectlError.exitStatus("command terminated with exit code " + r.exitCode(), r.exitCode());
        }
    }

    /**
     * The pod POD or TYPE/NAME names, as the resource builder fetches it for ResourceNames("pods", ...);
     * for a workload or Service, the pod AttachablePodForObject picks.
     */
    private static Pod pod(Invocation inv, String resource) throws KubectlError {
        ResourceType type = ResourceTypes.resolve("pods");
        String name = resource;
        int slash = resource.indexOf('/');
        if (slash >= 0) {
            String[] seg = resource.split("/", -1);
            if (seg.length != 2) {
                throw KubectlError.plain("arguments in resource/name form may not have more than one slash");
            }
            if (seg[0].isEmpty() || seg[1].isEmpty()) {
                throw KubectlError.plain("arguments in resource/name form must have a single resource and name");
            }
            type = ResourceTypes.resolve(seg[0]);
            name = seg[1];
        }
        Optional<KubeObject> found = inv.find(type, name);
        if (found.isEmpty()) {
            throw KubectlError.verbatim(type.notFound(name));
        }
        return AttachablePods.forObject(inv, found.get());
    }

    /**
     * podcmd.FindOrDefaultContainerByName with no name: the default-container annotation when it
     * names one of the pod's containers, else the first container, with a note on stderr when the
     * pod has others.
     */
    static String defaultContainer(Pod pod, boolean quiet, StringBuilder warn) {
        String annotated = pod.metadata().annotations().get(DEFAULT_CONTAINER_ANNOTATION);
        if (annotated != null && !annotated.isEmpty()) {
            for (Container c : allContainers(pod)) {
                if (c.name().equals(annotated)) {
                    return c.name();
                }
            }
        }
        String first = pod.spec().containers().get(0).name();
        if (!quiet && (pod.spec().containers().size() > 1 || !pod.spec().initContainers().isEmpty())) {
            List<String> names = new ArrayList<>();
            pod.spec().containers().forEach(c -> names.add(c.name()));
            pod.spec().initContainers().forEach(c -> names.add(c.name() + " (init)"));
            warn.append("Defaulted container ").append(GoText.quote(first)).append(" out of: ")
                    .append(String.join(", ", names)).append('\n');
        }
        return first;
    }

    private static List<Container> allContainers(Pod pod) {
        List<Container> all = new ArrayList<>(pod.spec().containers());
        all.addAll(pod.spec().initContainers());
        return all;
    }
}
