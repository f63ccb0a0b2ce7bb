package io.kubetutor.lesson;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.ClusterSnapshot;
import io.kubetutor.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Plays actions on a session, one after the other, each through the call the window's own controls
 * make (applyText, send, burst, kubectl, setAppAnswers, advanceBy, reset). Names (pods by prefix or
 * label, senders, element ids) are resolved on the engine thread just before the action, against
 * the cluster as the earlier actions left it. An action that cannot run is reported and the rest
 * still run.
 */
final class ActionPlayer {
    private final Session session;

    ActionPlayer(Session session) {
        this.session = session;
    }

    /** Plays {@code actions} in order; {@code afterEach} hears each report as soon as its action is done. */
    CompletableFuture<ActionsPlayed> play(List<StepAction> actions, Consumer<ActionReport> afterEach) {
        List<ActionReport> reports = new ArrayList<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (StepAction a : actions) {
            chain = chain.thenCompose(x -> perform(a).exceptionally(e -> ActionReport.failed(a, "the tutor could not "
                    + "run it: " + (e.getCause() != null ? e.getCause() : e))).thenAccept(r -> {
                        reports.add(r);
                        afterEach.accept(r);
                    }));
        }
        return chain.thenApply(x -> new ActionsPlayed(reports));
    }

    /** Runs {@code work} on the engine thread after everything queued before it. */
    <T> CompletableFuture<T> onEngine(Function<Cluster, T> work) {
        return session.query(work);
    }

    private CompletableFuture<ActionReport> done(StepAction a) {
        return session.query(c -> ActionReport.ran(a));
    }

    /** A name resolved on the engine thread: the value, or why it cannot be. */
    private record Resolved<T>(T value, String problem) {
    }

    private <T> CompletableFuture<Resolved<T>> resolve(Function<Cluster, T> how) {
        return session.query(c -> {
            try {
                return new Resolved<>(how.apply(c), null);
            } catch (IllegalArgumentException e) {
                return new Resolved<>(null, e.getMessage());
            }
        });
    }

    private CompletableFuture<ActionReport> perform(StepAction a) {
        if (a instanceof StepAction.LoadManifest m) {
            session.applyText(m.text());
            return session.query(c -> new ActionReport(a, m.text(), List.of(), null, null));
        }
        if (a instanceof StepAction.Advance adv) {
            session.advanceBy(adv.millis());
            return done(a);
        }
        if (a instanceof StepAction.Send s) {
            return sendFrom(a, s.traffic().from(), from -> session.send(from, s.traffic().to(),
                    s.traffic().kind().requestKind(), s.count()));
        }
        if (a instanceof StepAction.Burst b) {
            return sendFrom(a, b.traffic().from(), from -> session.burst(from, b.traffic().to(),
                    b.traffic().kind().requestKind(), b.count(), b.spreadClients()));
        }
        if (a instanceof StepAction.DeletePod d) {
            return resolve(c -> firstPod(d.pod(), c.snapshot())).thenCompose(r -> r.problem() != null
                    ? CompletableFuture.completedFuture(ActionReport.failed(a, r.problem()))
                    : kubectl(a, List.of("delete", "pod", r.value().name(), "-n", r.value().namespace()), true));
        }
        if (a instanceof StepAction.AppAnswers ans) {
            return resolve(c -> {
                List<Pod> pods = ans.pod().resolve(c.snapshot());
                if (pods.isEmpty()) {
                    throw new IllegalArgumentException(noPod(ans.pod()));
                }
                return ans.all() ? pods : pods.subList(0, 1);
            }).thenCompose(r -> {
                if (r.problem() != null) {
                    return CompletableFuture.completedFuture(ActionReport.failed(a, r.problem()));
                }
                r.value().forEach(p -> session.setAppAnswers(p.namespace(), p.name(), ans.answers()));
                return done(a);
            });
        }
        if (a instanceof StepAction.Scale s) {
            return kubectl(a, s.args(), true);
        }
        if (a instanceof StepAction.Kubectl k) {
            return kubectl(a, k.args(), false);
        }
        if (a instanceof StepAction.SetTopology t) {
            session.reset(t.topology());
            return done(a);
        }
        StepAction.Highlight h = (StepAction.Highlight) a;
        return session.query(c -> highlight(h, c.topology(), c.snapshot()));
    }

    private CompletableFuture<ActionReport> sendFrom(StepAction a, String from, Consumer<String> send) {
        return resolve(c -> Senders.resolve(from, c.topology(), c.snapshot())).thenCompose(r -> {
            if (r.problem() != null) {
                return CompletableFuture.completedFuture(ActionReport.failed(a, r.problem()));
            }
            send.accept(r.value());
            return done(a);
        });
    }

    /** A kubectl command through the console's path; {@code mustSucceed}: a failing exit is the action failing. */
    private CompletableFuture<ActionReport> kubectl(StepAction a, List<String> args, boolean mustSucceed) {
        return session.kubectl(args).thenApply(out -> new ActionReport(a, null, List.of(), out,
                mustSucceed && out.exitCode() != 0 ? "kubectl " + String.join(" ", args) + " failed: "
                        + out.stderr().strip() : null));
    }

    static Pod firstPod(PodRef ref, ClusterSnapshot snapshot) {
        List<Pod> pods = ref.resolve(snapshot);
        if (pods.isEmpty()) {
            throw new IllegalArgumentException(noPod(ref));
        }
        return pods.get(0);
    }

    private static String noPod(PodRef ref) {
        return "no pod in namespace " + ref.namespace() + " is named by \"" + ref.text() + "\"";
    }

    /** The element ids, every pod:POD expanded; ids that name nothing make the action fail. */
    static ActionReport highlight(StepAction.Highlight h, ClusterTopology topology, ClusterSnapshot snapshot) {
        List<String> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : h.elements()) {
            List<String> found = element(id, topology, snapshot);
            if (found.isEmpty()) {
                missing.add(id);
            }
            out.addAll(found);
        }
        return new ActionReport(h, null, out, null, missing.isEmpty() ? null
                : "nothing in the topology is " + String.join(", ", missing));
    }

    private static List<String> element(String id, ClusterTopology topology, ClusterSnapshot snapshot) {
        if (id.equals("lb")) {
            return List.of(id);
        }
        if (id.startsWith("pod:")) {
            return PodRef.parse(id.substring(4)).resolve(snapshot).stream().map(p -> p.namespace() + "/" + p.name())
                    .toList();
        }
        if (id.startsWith("client:")) {
            String name = id.substring(7);
            return topology.clients().stream().anyMatch(c -> c.name().equals(name)) ? List.of(id) : List.of();
        }
        int slash = id.indexOf('/');
        if (id.startsWith("svc:") || id.startsWith("ing:")) {
            String ns = id.substring(4, slash);
            String name = id.substring(slash + 1);
            boolean exists = id.startsWith("svc:") ? snapshot.get(Service.class, ns, name).isPresent()
                    : snapshot.get(Ingress.class, ns, name).isPresent();
            return exists ? List.of(id) : List.of();
        }
        if (slash > 0) {
            return snapshot.get(Pod.class, id.substring(0, slash), id.substring(slash + 1)).isPresent() ? List.of(id)
                    : List.of();
        }
        return topology.nodes().stream().anyMatch(n -> n.name().equals(id)) ? List.of(id) : List.of();
    }
}
