package io.kubetutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code kubectl} subcommand end to end: the shop scenario (a Deployment behind a NodePort and
 * a LoadBalancer Service, a StatefulSet behind a headless Service, an Ingress) on a cluster with a
 * cloud load balancer, settled, then one kubectl command. node1 runs the cluster's two CoreDNS pods
 * (10.244.0.2 and .3), so the scheduler leans to the other nodes and node1's next pod gets .4.
 */
class KubectlCommandTest {
    private static final String DIR = "src/test/resources/scenarios/";

    record Run(int code, String out, String err) {
    }

    static Run kubectl(String... kubectlArgs) {
        List<String> args = new ArrayList<>(List.of("kubectl", "--cluster", DIR + "cloud.yaml", "-f", DIR + "shop.yaml",
                "--"));
        args.addAll(List.of(kubectlArgs));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TutorCli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void getSvcWideShowsTypesAddressesPortsAndSelectors() {
        Run r = kubectl("get", "svc", "-o", "wide");
        assertEquals(new Run(0, """
                NAME         TYPE           CLUSTER-IP      EXTERNAL-IP   PORT(S)        AGE   SELECTOR
                db           ClusterIP      None            <none>        6379/TCP       24s   app=db
                kubernetes   ClusterIP      10.96.0.1       <none>        443/TCP        24s   <none>
                shop         LoadBalancer   10.99.157.239   203.0.113.1   80:32617/TCP   24s   app=web
                web          NodePort       10.109.97.245   <none>        80:30080/TCP   24s   app=web
                """, ""), r);
    }

    @Test
    void getEndpointsListsThreeReadyAddressesThenHowManyMore() {
        assertEquals(new Run(0, """
                NAME         ENDPOINTS                                                     AGE
                db           10.244.1.4:6379,10.244.2.4:6379                               24s
                kubernetes   192.168.1.2:6443                                              24s
                shop         10.244.0.4:8080,10.244.1.2:8080,10.244.1.3:8080 + 2 more...   24s
                web          10.244.0.4:8080,10.244.1.2:8080,10.244.1.3:8080 + 2 more...   24s
                """, "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n"), kubectl("get", "endpoints"));
    }

    @Test
    void getEndpointSlicesNamesEachSliceAfterItsService() {
        assertEquals(new Run(0, """
                NAME         ADDRESSTYPE   PORTS   ENDPOINTS                                      AGE
                db-d4pr9     IPv4          6379    10.244.1.4,10.244.2.4                          24s
                kubernetes   IPv4          6443    192.168.1.2                                    24s
                shop-s96gj   IPv4          8080    10.244.2.2,10.244.1.2,10.244.0.4 + 2 more...   24s
                web-2hcmn    IPv4          8080    10.244.2.2,10.244.1.2,10.244.0.4 + 2 more...   24s
                """, ""), kubectl("get", "endpointslices"));
    }

    @Test
    void getPodsWideShowsStatefulAndGeneratedNamesOnTheirNodes() {
        assertEquals(new Run(0, """
                NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE    NOMINATED NODE   READINESS GATES
                db-0                   1/1     Running   0          24s   10.244.1.4   node2   <none>           <none>
                db-1                   1/1     Running   0          22s   10.244.2.4   node3   <none>           <none>
                web-7d44fd6d95-cr47w   1/1     Running   0          24s   10.244.1.2   node2   <none>           <none>
                web-7d44fd6d95-f5jdc   1/1     Running   0          24s   10.244.2.3   node3   <none>           <none>
                web-7d44fd6d95-j7pj4   1/1     Running   0          24s   10.244.2.2   node3   <none>           <none>
                web-7d44fd6d95-kbqzs   1/1     Running   0          24s   10.244.0.4   node1   <none>           <none>
                web-7d44fd6d95-n9qd7   1/1     Running   0          24s   10.244.1.3   node2   <none>           <none>
                """, ""), kubectl("get", "pods", "-o", "wide"));
    }

    @Test
    void getIngressShowsClassHostsAndTlsPort() {
        assertEquals(new Run(0, """
                NAME   CLASS   HOSTS              ADDRESS   PORTS     AGE
                shop   nginx   shop.example.com             80, 443   24s
                """, ""), kubectl("get", "ingress"));
    }

    @Test
    void describeSvcShowsTheLoadBalancerIngressHealthCheckPortAndControllerEvents() {
        assertEquals(new Run(0, """
                Name:                     shop
                Namespace:                default
                Labels:                   <none>
                Annotations:              <none>
                Selector:                 app=web
                Type:                     LoadBalancer
                IP Family Policy:         SingleStack
                IP Families:              IPv4
                IP:                       10.99.157.239
                IPs:                      10.99.157.239
                LoadBalancer Ingress:     203.0.113.1 (VIP)
                Port:                     <unset>  80/TCP
                TargetPort:               8080/TCP
                NodePort:                 <unset>  32617/TCP
                Endpoints:                10.244.2.2:8080,10.244.1.2:8080,10.244.0.4:8080 + 2 more...
                Session Affinity:         None
                External Traffic Policy:  Local
                Internal Traffic Policy:  Cluster
                HealthCheck NodePort:     30485
                Events:
                  Type    Reason                Age   From                Message
                  ----    ------                ----  ----                -------
                  Normal  EnsuringLoadBalancer  24s   service-controller  Ensuring load balancer
                  Normal  EnsuredLoadBalancer   24s   service-controller  Ensured load balancer
                """, ""), kubectl("describe", "svc", "shop"));
    }

    @Test
    void describeEndpointsOfAHeadlessServiceShowsItsLabelAndNamedPort() {
        assertEquals(new Run(0, """
                Name:         db
                Namespace:    default
                Labels:       service.kubernetes.io/headless=
                Annotations:  <none>
                Subsets:
                  Addresses:          10.244.1.4,10.244.2.4
                  NotReadyAddresses:  <none>
                  Ports:
                    Name   Port  Protocol
                    ----   ----  --------
                    redis  6379  TCP

                Events:  <none>
                """, "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n"), kubectl("describe", "endpoints", "db"));
    }

    @Test
    void exposeWithDryRunPrintsTheServiceKubectlWouldCreate() {
        assertEquals(new Run(0, """
                apiVersion: v1
                kind: Service
                metadata:
                  creationTimestamp: null
                  labels:
                    app: web
                  name: web2
                spec:
                  ports:
                  - port: 80
                    protocol: TCP
                    targetPort: 8080
                  selector:
                    app: web
                  type: NodePort
                status:
                  loadBalancer: {}
                """, ""), kubectl("expose", "deployment", "web", "--port=80", "--target-port=8080", "--type=NodePort",
                "--name=web2", "--dry-run=client", "-o", "yaml"));
    }

    @Test
    void writingCommandsAnswerAsKubectlDoes() {
        assertEquals(new Run(0, "deployment.apps/web scaled\n", ""), kubectl("scale", "deployment", "web", "--replicas=2"));
        assertEquals(new Run(0, "pod \"db-0\" deleted\n", ""), kubectl("delete", "pod", "db-0"));
        assertEquals(new Run(0, "pod/db-1 labeled\n", ""), kubectl("label", "pod", "db-1", "tier=cache"));
        assertEquals(new Run(0, "service/web patched\n", ""),
                kubectl("patch", "svc", "web", "-p", "{\"spec\":{\"externalIPs\":[\"192.168.1.2\"]}}"));
    }

    @Test
    void unknownResourcesAndMissingObjectsGetKubectlsErrors() {
        assertEquals(new Run(1, "", "error: the server doesn't have a resource type \"foo\"\n"), kubectl("get", "foo"));
        assertEquals(new Run(1, "", "Error from server (NotFound): services \"nope\" not found\n"),
                kubectl("get", "svc", "nope"));
    }

    @Test
    void aFileWithAnErrorIsReportedWhereItIsAndFailsTheRun() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TutorCli.run(new PrintWriter(out), new PrintWriter(err), "kubectl", "-f",
                "src/test/resources/fixtures/invalid/" + firstInvalidFixture(), "--", "get", "svc");
        assertEquals(1, code);
        assertTrue(err.toString().contains(": error: "), err.toString());
        assertTrue(out.toString().startsWith("NAME "), out.toString());
    }

    private static String firstInvalidFixture() {
        java.io.File[] files = new java.io.File("src/test/resources/fixtures/invalid").listFiles();
        java.util.Arrays.sort(files);
        return files[0].getName();
    }
}
