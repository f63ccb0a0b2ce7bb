package io.kubetutor.ui.shell;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.Topologies;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/**
 * The cluster around the manifests: node count, the cloud load balancer, kube-proxy's mode and the
 * ingress controller. Applying it starts a fresh cluster and re-applies the editor's text, as a
 * learner would on a newly made cluster.
 */
final class ClusterSettingsDialog {
    private ClusterSettingsDialog() {
    }

    static void open(MainWindow window) {
        Messages m = window.messages();
        ClusterTopology t = window.topology();
        Spinner<Integer> nodes = new Spinner<>(1, Topologies.MAX_NODES, t.nodes().size());
        CheckBox lb = new CheckBox(m.text("shell.cluster.cloudLb"));
        lb.setSelected(t.cloudLoadBalancer().enabled());
        ChoiceBox<ProxyMode> mode = new ChoiceBox<>();
        mode.getItems().setAll(ProxyMode.values());
        mode.setValue(t.proxyMode());
        CheckBox ingress = new CheckBox(m.text("shell.cluster.ingress"));
        ingress.setSelected(t.ingressController().enabled());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(m.text("shell.cluster.nodes")), nodes);
        grid.addRow(1, new Label(m.text("shell.cluster.proxyMode")), mode);
        grid.add(lb, 0, 2, 2, 1);
        grid.add(ingress, 0, 3, 2, 1);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(window.stage());
        d.setTitle(m.text("shell.menu.clusterSettings"));
        d.setHeaderText(m.text("shell.cluster.header"));
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            ClusterTopology next = Topologies.withNodes(t, nodes.getValue());
            next = Topologies.withCloudLoadBalancer(next, lb.isSelected());
            next = Topologies.withProxyMode(next, mode.getValue());
            next = Topologies.withIngressController(next, ingress.isSelected());
            window.resetCluster(next);
        });
    }
}
