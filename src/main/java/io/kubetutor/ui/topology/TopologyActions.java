package io.kubetutor.ui.topology;

/**
 * What the topology's context menus ask for; the shell carries each out on the session (and may
 * first ask the user, e.g. for labels or a replica count). Element ids are as in
 * {@link io.kubetutor.ui.layout.ElementIds}.
 */
public interface TopologyActions {
    void deletePod(String ns, String name);

    /** Make the pod's app answer its probes and requests ({@code true}) or stop answering. */
    void setAppAnswers(String ns, String pod, boolean answers);

    void editLabels(String ns, String pod);

    /** Scale a workload; {@code kind} as kubectl names it: deployment, statefulset, replicaset, replicationcontroller. */
    void scale(String kind, String ns, String name);

    void cordon(String node, boolean cordoned);

    void failNode(String node, boolean failed);

    /** Change a Service's type; {@code type} is NodePort or LoadBalancer. */
    void expose(String ns, String service, String type);

    /** Send a request to an element: a pod ({@code NAMESPACE/NAME}) or a Service ({@code svc:NAMESPACE/NAME}). */
    void sendTo(String target);
}
