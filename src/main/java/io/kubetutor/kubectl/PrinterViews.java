package io.kubetutor.kubectl;

import io.kubetutor.kubectl.print.Describe;
import io.kubetutor.kubectl.print.GetTables;
import io.kubetutor.kubectl.print.TableLayout;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.ObjectKey;
import java.util.ArrayList;
import java.util.List;

/** The real printers ({@code kubectl.print}) behind kubectl's get and describe. */
public final class PrinterViews implements Views {
    private static final String SIMULATED = "get pods, services, endpoints, endpointslices or ingresses";

    @Override
    public String getTable(String resource, List<KubeObject> objects, boolean wide, boolean allNamespaces, long now) {
        return getTable(resource, objects, TableLayout.of(wide, allNamespaces), now);
    }

    @Override
    public String getTable(String resource, List<KubeObject> objects, boolean wide, boolean allNamespaces,
                           boolean withKind, long now) {
        String kind = withKind && !objects.isEmpty() ? kindPrefix(objects.get(0)) : "";
        return getTable(resource, objects, new TableLayout(wide, allNamespaces, kind, List.of(), false), now);
    }

    @Override
    public String getTable(String resource, List<KubeObject> objects, TableLayout layout, long now) {
        return switch (resource) {
            case "services" -> GetTables.services(cast(objects, Service.class), layout, now);
            case "endpoints" -> GetTables.endpoints(cast(objects, Endpoints.class), layout, now);
            case "endpointslices" -> GetTables.endpointSlices(cast(objects, EndpointSlice.class), layout, now);
            case "pods" -> GetTables.pods(cast(objects, Pod.class), layout, now);
            case "ingresses" -> GetTables.ingresses(cast(objects, Ingress.class), layout, now);
            default -> throw new UnsupportedOperationException("the tutor does not print a table of " + resource
                    + " yet; " + SIMULATED);
        };
    }

    /** strings.ToLower(GroupKind.String()): service, endpointslice.discovery.k8s.io, ingress.networking.k8s.io. */
    private static String kindPrefix(KubeObject o) {
        String group = o.apiVersion().contains("/") ? o.apiVersion().substring(0, o.apiVersion().indexOf('/')) : "";
        String kind = o.kind().toLowerCase(java.util.Locale.ROOT);
        return group.isEmpty() ? kind : kind + "." + group;
    }

    @Override
    public String describe(KubeObject object, KubectlCluster cluster) {
        List<io.kubetutor.kubectl.print.EventRow> events = cluster.events(ObjectKey.of(object));
        long now = cluster.now();
        if (object instanceof Service s) {
            List<EndpointSlice> slices = new ArrayList<>();
            for (EndpointSlice e : cluster.snapshot().all(EndpointSlice.class)) {
                if (e.namespace().equals(s.namespace())
                        && s.name().equals(e.metadata().labels().get("kubernetes.io/service-name"))) {
                    slices.add(e);
                }
            }
            return Describe.service(s, slices, events, now);
        } else if (object instanceof Endpoints e) {
            return Describe.endpoints(e, events, now);
        } else if (object instanceof Pod p) {
            return Describe.pod(p, events, now);
        }
        throw new UnsupportedOperationException("the tutor does not describe " + object.kind() + " objects yet");
    }

    private static <T> List<T> cast(List<KubeObject> objects, Class<T> type) {
        List<T> out = new ArrayList<>(objects.size());
        for (KubeObject o : objects) {
            out.add(type.cast(o));
        }
        return out;
    }
}
