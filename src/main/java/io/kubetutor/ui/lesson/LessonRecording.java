package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.LessonRecorder;
import io.kubetutor.lesson.PodRef;
import io.kubetutor.lesson.StepAction;
import io.kubetutor.lesson.Traffic;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import io.kubetutor.sim.net.RequestKind;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Record as lesson" in the sandbox: what the teacher does, fed to a {@link LessonRecorder}.
 * The editor hands its text over at every typing pause, so texts are kept back until the next
 * action (or the save) and only the last one, if it applies without errors, is recorded: a step
 * per text the teacher meant, not per keystroke pause. The virtual time that passed between two
 * things becomes an {@code advance}, so the replay finds pods as ready as the teacher saw them.
 * Pods are named by their labels, as the recorder advises, since a replay gives pods other names.
 */
public final class LessonRecording {
    private final Supplier<SessionState> latest;
    private LessonRecorder recorder;
    private String pendingText;
    private long pendingAt;
    private String lastText;
    private long recordedUpTo;
    /** Set while an action records itself, so the kubectl it runs through the console is not recorded twice. */
    private boolean muted;
    /** Set while a lesson is open: recording is for the sandbox, a lesson's own doings are not the teacher's. */
    private boolean suspended;

    /** {@code latest}: the window's latest state (its clock and its pods), or null before the first. */
    public LessonRecording(Supplier<SessionState> latest) {
        this.latest = latest;
    }

    public boolean recording() {
        return recorder != null;
    }

    /** Stops (or resumes) listening while a lesson is open; what was recorded stays. */
    public void setSuspended(boolean suspended) {
        this.suspended = suspended;
        if (suspended) {
            pendingText = null;
        }
    }

    private boolean listening() {
        return recorder != null && !suspended;
    }

    /** Starts recording from the editor's text as it is: it becomes the lesson's manifest. */
    public void start(String editorText) {
        recorder = new LessonRecorder();
        recordedUpTo = now();
        lastText = editorText == null ? "" : editorText;
        recorder.textApplied(lastText);
        pendingText = null;
    }

    /** Stops without saving. */
    public void stop() {
        recorder = null;
        pendingText = null;
    }

    /** The editor handed {@code text} over to be applied. */
    public void textApplied(String text) {
        if (listening()) {
            pendingText = text;
            pendingAt = now();
        }
    }

    /** Requests sent from the traffic bar ({@code from}: a client, a node or NS/POD). */
    public void sent(String from, String to, RequestKind kind, int count) {
        did(() -> new StepAction.Send(new Traffic(sender(from), to, kind(kind)), count, SourcePos.START));
    }

    public void burst(String from, String to, RequestKind kind, int count, boolean spreadClients) {
        did(() -> new StepAction.Burst(new Traffic(sender(from), to, kind(kind)), count, spreadClients,
                SourcePos.START));
    }

    /** A kubectl command line ran in the console ({@code args} without the word kubectl). */
    public void kubectl(List<String> args) {
        if (!muted) {
            String line = ConsoleEchoes.join(args);
            did(() -> new StepAction.Kubectl(line, args, SourcePos.START));
        }
    }

    /** The topology's "Delete pod", recorded by the pod's labels; {@code run} does it (through the console). */
    public void deletePod(String namespace, String name, Runnable run) {
        did(() -> new StepAction.DeletePod(pod(namespace, name), SourcePos.START));
        muted(run);
    }

    public void appAnswers(String namespace, String name, boolean answers) {
        did(() -> new StepAction.AppAnswers(pod(namespace, name), answers, false, SourcePos.START));
    }

    /** The cluster restarted on another topology (the cluster settings). */
    public void topology(ClusterTopology topology) {
        did(() -> new StepAction.SetTopology(topology, SourcePos.START));
    }

    /** Runs {@code run} without recording the kubectl lines it sends through the console. */
    public void muted(Runnable run) {
        boolean was = muted;
        muted = true;
        try {
            run.run();
        } finally {
            muted = was;
        }
    }

    /** The lesson file's text so far, for lesson {@code id} at place {@code order} in the course. */
    public String write(String id, int order, ClusterTopology topology) {
        if (recorder == null) {
            throw new IllegalStateException("not recording");
        }
        flush(now());
        return recorder.write(id, order, topology);
    }

    private void did(Supplier<StepAction> action) {
        if (!listening()) {
            return;
        }
        long at = now();
        flush(at);
        try {
            recorder.did(action.get());
        } catch (IllegalArgumentException e) {
            // A name the lesson format cannot hold (an odd pod reference): the action is left out.
        }
    }

    /** Records the text kept back (when it applies) and the time that passed up to {@code at}. */
    private void flush(long at) {
        if (pendingText != null) {
            String text = pendingText;
            pendingText = null;
            if (!text.equals(lastText) && applies(text)) {
                advanceTo(pendingAt);
                recorder.textApplied(text);
                lastText = text;
            }
        }
        advanceTo(at);
    }

    private void advanceTo(long at) {
        long seconds = (at - recordedUpTo) / 1000;
        if (seconds > 0) {
            recorder.did(new StepAction.Advance(seconds * 1000, seconds + "s", SourcePos.START));
            recordedUpTo += seconds * 1000;
        }
    }

    static boolean applies(String text) {
        return ManifestLoader.load(Session.EDITOR_FILE, text).diagnostics().stream()
                .noneMatch(d -> d.severity() == Severity.ERROR);
    }

    private long now() {
        SessionState s = latest.get();
        return s == null ? 0 : s.now();
    }

    private String sender(String from) {
        int slash = from == null ? -1 : from.indexOf('/');
        return slash < 0 ? from : pod(from.substring(0, slash), from.substring(slash + 1)).text();
    }

    /** The pod by its labels when the latest state knows it, else by its name. */
    private PodRef pod(String namespace, String name) {
        SessionState s = latest.get();
        Pod p = s == null ? null : s.snapshot().get(Pod.class, namespace, name).orElse(null);
        if (p != null) {
            return LessonRecorder.podRef(p);
        }
        return PodRef.parse(namespace.equals("default") ? name : namespace + "/" + name);
    }

    static Traffic.Kind kind(RequestKind k) {
        return switch (k) {
            case CURL -> Traffic.Kind.CURL;
            case KEEP_ALIVE -> Traffic.Kind.KEEP_ALIVE;
            case PING -> Traffic.Kind.PING;
            case NSLOOKUP -> Traffic.Kind.NSLOOKUP;
        };
    }
}
