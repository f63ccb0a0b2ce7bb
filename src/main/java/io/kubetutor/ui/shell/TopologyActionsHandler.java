package io.kubetutor.ui.shell;

import io.kubetutor.ui.actions.ExposeEdit;
import io.kubetutor.ui.actions.ManifestEdits;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.Session;
import io.kubetutor.ui.topology.TopologyActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;

/**
 * What the topology's context menus do. Each action goes through the same engine calls a learner
 * could make by hand (kubectl through the Session); where the object lives in the editor's text,
 * the text changes instead, so the editor stays the source of truth for what it contains.
 */
final class TopologyActionsHandler implements TopologyActions {
    private final MainWindow window;
    private final UiParts parts;

    TopologyActionsHandler(MainWindow window, UiParts parts) {
        this.window = window;
        this.parts = parts;
    }

    private Session session() {
        return parts.session();
    }

    private Messages m() {
        return window.messages();
    }

    @Override
    public void deletePod(String ns, String name) {
        kubectl(List.of("delete", "pod", name, "-n", ns, "--wait=false"));
    }

    @Override
    public void setAppAnswers(String ns, String pod, boolean answers) {
        session().setAppAnswers(ns, pod, answers);
    }

    @Override
    public void editLabels(String ns, String pod) {
        TextInputDialog d = dialog(m().text("shell.labels.title"), m().format("shell.labels.header", pod),
                "app=web");
        d.showAndWait().ifPresent(text -> {
            List<String> args = new ArrayList<>(List.of("label", "pod", pod, "-n", ns, "--overwrite"));
            for (String item : text.trim().split("[\\s,]+")) {
                if (!item.isEmpty()) {
                    args.add(item);
                }
            }
            kubectl(args);
        });
    }

    @Override
    public void scale(String kind, String ns, String name) {
        TextInputDialog d = dialog(m().text("shell.scale.title"), m().format("shell.scale.header", kind, name), "3");
        d.showAndWait().flatMap(TopologyActionsHandler::count).ifPresent(replicas -> {
            // Written in the editor: the text changes; made by the cluster: kubectl scales it.
            Optional<String> edited = ManifestEdits.setReplicas(parts.editor().getText(), apiKind(kind), ns, name,
                    replicas);
            if (edited.isPresent()) {
                parts.editor().replaceText(edited.get());
                session().applyText(edited.get());
            } else {
                kubectl(List.of("scale", kind.toLowerCase(java.util.Locale.ROOT) + "/" + name, "-n", ns,
                        "--replicas=" + replicas));
            }
        });
    }

    @Override
    public void cordon(String node, boolean cordoned) {
        session().cordon(node, cordoned);
    }

    @Override
    public void failNode(String node, boolean failed) {
        session().failNode(node, failed);
    }

    @Override
    public void expose(String ns, String service, String type) {
        // kubectl expose copies the port and, unless told, sets targetPort to it; the menu passes the
        // exposed Service's own targetPort, as a learner who wants the new Service to work would.
        List<String> args = new ArrayList<>(ExposeEdit.args(ns, service, type));
        var latest = parts.dispatcher().latest();
        if (latest != null) {
            latest.snapshot().get(io.kubetutor.model.Service.class, ns, service)
                    .filter(s -> s.spec().ports().size() == 1 && !s.spec().ports().get(0).targetPort().isZero())
                    .ifPresent(s -> args.add("--target-port=" + s.spec().ports().get(0).targetPort()));
        }
        session().kubectl(args).thenAccept(out -> Platform.runLater(() -> {
            if (out.exitCode() != 0) {
                error(out.stderr());
                return;
            }
            String edited = ExposeEdit.expose(parts.editor().getText(), out.stdout());
            parts.editor().replaceText(edited);
            session().applyText(edited);
        }));
    }

    /**
     * "Send a request here" on a Service, Ingress or pod: the first address of that element that
     * works from the chosen sender (a NodePort from the laptop, the DNS name from a pod…), or, when
     * none does, the first one, so the learner sees why it fails.
     */
    @Override
    public void sendTo(String elementId) {
        var state = parts.dispatcher().latest();
        if (state == null) {
            return;
        }
        String owner = elementId.replaceFirst("^(svc|ing):", "");
        List<io.kubetutor.ui.traffic.TargetSuggestion> mine = io.kubetutor.ui.traffic.TargetSuggestions
                .of(state, parts.traffic().clientId()).stream().filter(t -> t.owner().equals(owner)).toList();
        if (!mine.isEmpty()) {
            parts.traffic().selectTarget(mine.get(0).target());
            parts.traffic().send();
        }
    }

    /** kubectl through the session; its errors are shown, its output goes to the console. */
    private void kubectl(List<String> args) {
        parts.console().submit("kubectl " + String.join(" ", args));
    }

    /** The API kind a manifest writes for a kind named as kubectl names it ("deployment" → "Deployment"). */
    static String apiKind(String kubectlKind) {
        return switch (kubectlKind.toLowerCase(java.util.Locale.ROOT)) {
            case "deployment" -> "Deployment";
            case "statefulset" -> "StatefulSet";
            case "replicaset" -> "ReplicaSet";
            case "replicationcontroller" -> "ReplicationController";
            default -> kubectlKind;
        };
    }

    private static Optional<Integer> count(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            return n >= 0 && n <= 1000 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private TextInputDialog dialog(String title, String header, String value) {
        TextInputDialog d = new TextInputDialog(value);
        d.initOwner(window.stage());
        d.setTitle(title);
        d.setHeaderText(header);
        return d;
    }

    private void error(String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        a.initOwner(window.stage());
        a.setHeaderText(null);
        a.show();
    }
}
