package io.kubetutor.lesson;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.SourcePos;
import java.util.List;

/**
 * One thing the tutor does when a step opens (or a solution is played), each the same call the
 * window's controls make on the session. {@code pos} is where the action is written in the lesson
 * file, for messages. README.md, "Actions", is the reference.
 */
public sealed interface StepAction {
    SourcePos pos();

    /** The YAML key that names the action in a lesson file. */
    String key();

    /** Puts {@code text} in the editor and applies it. */
    record LoadManifest(String text, TextOrigin origin, SourcePos pos) implements StepAction {
        public String key() {
            return "manifest";
        }
    }

    /** Lets virtual time pass. {@code written} is the duration as the file gives it ("30s"). */
    record Advance(long millis, String written, SourcePos pos) implements StepAction {
        public String key() {
            return "advance";
        }
    }

    /** Sends {@code count} requests one after the other; {@code traffic.kind} is never HTTP here. */
    record Send(Traffic traffic, int count, SourcePos pos) implements StepAction {
        public String key() {
            return "send";
        }
    }

    /** A burst of {@code count} requests counted per pod. */
    record Burst(Traffic traffic, int count, boolean spreadClients, SourcePos pos) implements StepAction {
        public String key() {
            return "burst";
        }
    }

    /** {@code kubectl delete pod} of the first pod {@code pod} names. */
    record DeletePod(PodRef pod, SourcePos pos) implements StepAction {
        public String key() {
            return "deletePod";
        }
    }

    /** The app in the first (or every) named pod answers, or stops answering, requests and probes. */
    record AppAnswers(PodRef pod, boolean answers, boolean all, SourcePos pos) implements StepAction {
        public String key() {
            return "appAnswers";
        }
    }

    /** {@code kubectl scale KIND/NAME --replicas=N -n NS}. */
    record Scale(String workload, String namespace, int replicas, SourcePos pos) implements StepAction {
        public String key() {
            return "scale";
        }

        public List<String> args() {
            return List.of("scale", workload, "--replicas=" + replicas, "-n", namespace);
        }
    }

    /** A kubectl command line run in the console; {@code line} as written, {@code args} its words. */
    record Kubectl(String line, List<String> args, SourcePos pos) implements StepAction {
        public Kubectl {
            args = List.copyOf(args);
        }

        public String key() {
            return "kubectl";
        }
    }

    /** Restarts the cluster on {@code topology} with the same seed, the editor's text applied again. */
    record SetTopology(ClusterTopology topology, SourcePos pos) implements StepAction {
        public String key() {
            return "topology";
        }
    }

    /** Highlights topology elements; {@code pod:POD} entries name every pod POD names. */
    record Highlight(List<String> elements, SourcePos pos) implements StepAction {
        public Highlight {
            elements = List.copyOf(elements);
        }

        public String key() {
            return "highlight";
        }
    }
}
