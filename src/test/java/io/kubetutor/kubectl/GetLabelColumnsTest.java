package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The columns kubectl adds to the server's table (cli-runtime's decorateTable): one per -L key,
 * headed by the key's last path segment upper-cased, empty (not {@code <none>}) where the label is
 * missing; LABELS last with --show-labels ({@code <none>} when there are none); NAMESPACE first with
 * -A; and kind/name in the name column when one get lists several kinds. The padding of an empty
 * last label cell stays at the end of the line, as Go's tabwriter writes it.
 */
class GetLabelColumnsTest {
    private final ExecScenario s = ExecScenario.settled(ExecScenario.read(GetServicesAsYamlAndJsonTest.SCENARIO));

    @Test
    void showLabelsAddsTheSortedLabelsLast() {
        assertEquals(new Kubectl.Output("""
                NAME                  READY   STATUS    RESTARTS   AGE   LABELS
                solo                  1/1     Running   0          52s   role=probe
                web-64577c7b6-pf5jd   1/1     Running   0          52s   app=web,pod-template-hash=64577c7b6
                web-64577c7b6-sn9qd   1/1     Running   0          52s   app=web,pod-template-hash=64577c7b6
                """, "", 0), s.run("get", "pods", "--show-labels"));
    }

    @Test
    void eachLabelColumnFollowsTheWideColumnsAndRepeatedFlagsAddUp() {
        assertEquals(new Kubectl.Output("""
                NAME                  READY   STATUS    RESTARTS   AGE   IP           NODE    NOMINATED NODE   READINESS GATES   APP   POD-TEMPLATE-HASH   ROLE
                solo                  1/1     Running   0          52s   10.244.0.4   node1   <none>           <none>                                     \s
                web-64577c7b6-pf5jd   1/1     Running   0          52s   10.244.1.2   node2   <none>           <none>            web   64577c7b6          \s
                web-64577c7b6-sn9qd   1/1     Running   0          52s   10.244.2.2   node3   <none>           <none>            web   64577c7b6          \s
                """, "", 0), s.run("get", "pods", "-L", "app,pod-template-hash", "-L",
                "example.com/role", "-o", "wide"));
    }

    @Test
    void theNamespaceComesFirstAcrossAllNamespaces() {
        assertEquals(new Kubectl.Output("""
                NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE   LABELS
                default       web-64577c7b6-pf5jd        1/1     Running   0          52s   app=web,pod-template-hash=64577c7b6
                default       web-64577c7b6-sn9qd        1/1     Running   0          52s   app=web,pod-template-hash=64577c7b6
                kube-system   coredns-59c86cdd9c-mlds7   1/1     Running   0          52s   k8s-app=kube-dns,pod-template-hash=59c86cdd9c
                kube-system   coredns-59c86cdd9c-p4fz5   1/1     Running   0          52s   k8s-app=kube-dns,pod-template-hash=59c86cdd9c
                """, "", 0),
                s.run("get", "pods", "-A", "--show-labels", "-l", "pod-template-hash"));
    }

    @Test
    void everyTableOfAMultiKindGetIsDecoratedAndNamesItsKind() {
        assertEquals(new Kubectl.Output("""
                NAME                 TYPE           CLUSTER-IP      EXTERNAL-IP   PORT(S)        AGE   TIER    LABELS
                service/idle         ClusterIP      10.98.44.81     <none>        80/TCP         52s           <none>
                service/kubernetes   ClusterIP      10.96.0.1       <none>        443/TCP        52s           component=apiserver,provider=kubernetes
                service/lb           LoadBalancer   10.99.157.239   <pending>     80:32617/TCP   52s           <none>
                service/web          NodePort       10.109.97.245   <none>        80:30080/TCP   52s   front   app=web,tier=front

                NAME                   ENDPOINTS                         AGE   TIER    LABELS
                endpoints/idle         <none>                            52s           <none>
                endpoints/kubernetes   192.168.1.2:6443                  52s           endpointslice.kubernetes.io/skip-mirror=true
                endpoints/lb           10.244.1.2:8080,10.244.2.2:8080   52s           <none>
                endpoints/web          10.244.1.2:8080,10.244.2.2:8080   52s   front   app=web,tier=front
                """, "Warning: " + Invocation.ENDPOINTS_DEPRECATED + "\n", 0),
                s.run("get", "svc,ep", "-L", "tier", "--show-labels"));
        assertEquals(new Kubectl.Output("""
                NAME                 TYPE           CLUSTER-IP      EXTERNAL-IP   PORT(S)        AGE
                service/idle         ClusterIP      10.98.44.81     <none>        80/TCP         52s
                service/kubernetes   ClusterIP      10.96.0.1       <none>        443/TCP        52s
                service/lb           LoadBalancer   10.99.157.239   <pending>     80:32617/TCP   52s
                service/web          NodePort       10.109.97.245   <none>        80:30080/TCP   52s

                NAME                   ENDPOINTS                         AGE
                endpoints/idle         <none>                            52s
                endpoints/kubernetes   192.168.1.2:6443                  52s
                endpoints/lb           10.244.1.2:8080,10.244.2.2:8080   52s
                endpoints/web          10.244.1.2:8080,10.244.2.2:8080   52s
                """, "Warning: " + Invocation.ENDPOINTS_DEPRECATED + "\n", 0),
                s.run("get", "svc,ep"));
    }

}
