package io.kubetutor.ui.shell;

import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.SessionState;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line under the window: the cluster's virtual time, what it holds, and whether the text applied. */
final class StatusBar {
    private final Label time = new Label();
    private final Label counts = new Label();
    private final Label applied = new Label();
    private final Label trouble = new Label();
    /** A passing word (saved, opened, set aside); clicking it puts it away. */
    private final Label notice = new Label();
    private Notice shownNotice;
    private java.nio.file.Path troubleLog;
    private final HBox box;
    private Messages messages;
    private SessionState last;

    StatusBar(Messages messages) {
        this.messages = messages;
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        trouble.getStyleClass().add("internal-error");
        trouble.setId("internal-error");
        trouble.setVisible(false);
        trouble.setManaged(false);
        notice.setId("status-notice");
        notice.setVisible(false);
        notice.setManaged(false);
        notice.setOnMouseClicked(e -> showNotice(null));
        box = new HBox(18, time, counts, spacer, notice, trouble, applied);
        box.setPadding(new Insets(3, 10, 3, 10));
        box.getStyleClass().add("status-bar");
        applied.setId("apply-status");
    }

    Node node() {
        return box;
    }

    /** Says that something inside the window failed and where the details are. */
    void showInternalError(java.nio.file.Path log) {
        troubleLog = log;
        trouble.setText("⚠ " + messages.format("shell.status.internalError", log.toString()));
        trouble.setVisible(true);
        trouble.setManaged(true);
    }

    /** A notice: its bundle key and arguments, worded again when the language changes; warnings get ⚠, the rest ✓. */
    record Notice(boolean warning, String key, Object... args) {
    }

    /** Shows {@code n} in the status line until the next one (null takes it away). */
    void showNotice(Notice n) {
        shownNotice = n;
        notice.setVisible(n != null);
        notice.setManaged(n != null);
        notice.getStyleClass().removeAll("notice-warning", "notice-info");
        if (n != null) {
            notice.getStyleClass().add(n.warning() ? "notice-warning" : "notice-info");
            notice.setText((n.warning() ? "⚠ " : "✓ ") + messages.format(n.key(), n.args()));
        }
    }

    void setMessages(Messages m) {
        messages = m;
        showNotice(shownNotice);
        if (troubleLog != null) {
            showInternalError(troubleLog);
        }
        if (last != null) {
            show(last);
        }
    }

    /** The cluster's own namespaces: the counts are of what the learner made. */
    private static boolean system(String namespace) {
        return namespace.equals("kube-system") || namespace.equals("ingress-nginx");
    }

    void show(SessionState s) {
        last = s;
        time.setText(messages.format("shell.status.time", String.format(messages.locale(), "%.1f", s.now() / 1000.0)));
        long pods = s.snapshot().all(Pod.class).stream().filter(p -> !system(p.namespace())).count();
        long services = s.snapshot().all(Service.class).stream()
                .filter(v -> !system(v.namespace()) && !(v.namespace().equals("default") && v.name().equals("kubernetes")))
                .count();
        counts.setText(messages.format("shell.status.counts", s.nodes().size(), pods, services));
        // The editor says "applied" beside the text; the status line speaks up only when it did not.
        applied.getStyleClass().removeAll("stale", "applied");
        applied.getStyleClass().add(s.stale() ? "stale" : "applied");
        applied.setText(s.stale() ? messages.text("shell.status.stale") : "");
    }
}
