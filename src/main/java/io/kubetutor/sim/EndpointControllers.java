package io.kubetutor.sim;

import io.kubetutor.model.Endpoints;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.ClusterEvent.Kind;
import io.kubetutor.sim.endpoints.EndpointChange;
import io.kubetutor.sim.endpoints.ServiceEndpoints;
import io.kubetutor.sim.endpoints.SliceWrite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Endpoints and EndpointSlice controllers for every Service with a selector: each pod change
 * reaches the Services of its namespace whose selector matches it (before or after), and every
 * address that moves is logged with the pod change that moved it. Services without a selector
 * and ExternalName Services are left alone: their Endpoints are the user's.
 */
final class EndpointControllers implements Controller {
    private final ControlPlane plane;
    /** The managed Services by namespace, each with its controller state. */
    private final Map<String, Map<ObjectKey, Managed>> byNamespace = new HashMap<>();

    private static final class Managed {
        Service service;
        final ServiceEndpoints endpoints;

        Managed(Service service, ServiceEndpoints endpoints) {
            this.service = service;
            this.endpoints = endpoints;
        }
    }

    EndpointControllers(ControlPlane plane) {
        this.plane = plane;
    }

    static boolean managed(Service s) {
        return s.spec().selector() != null && !s.spec().selector().isEmpty()
                && !s.spec().type().equals("ExternalName");
    }

    @Override
    public void objectChanged(KubeObject before, KubeObject after, String cause) {
        if (!(before instanceof Service) && !(after instanceof Service)) {
            return;
        }
        KubeObject o = after != null ? after : before;
        ObjectKey key = ObjectKey.of(o);
        Map<ObjectKey, Managed> ns = byNamespace.computeIfAbsent(o.namespace(), n -> new LinkedHashMap<>());
        Managed m = ns.get(key);
        Service svc = (Service) after;
        if (svc == null || !managed(svc)) {
            ns.remove(key);
            if (svc == null && m != null) {
                for (var slice : m.endpoints.slices()) {
                    plane.api().delete(ObjectKey.of(slice));
                }
            }
            return;
        }
        if (m == null) {
            List<Pod> selected = new ArrayList<>();
            for (Pod p : plane.pods().inNamespace(svc.namespace())) {
                if (Selectors.matches(svc.spec().selector(), p.metadata().labels())) {
                    selected.add(p);
                }
            }
            m = new Managed(svc, new ServiceEndpoints(svc, plane.random(), ServiceEndpoints.DEFAULT_MAX_PER_SLICE,
                    selected));
            ns.put(key, m);
            write(m, initialChanges(m.endpoints.endpoints()), cause);
            return;
        }
        Service old = m.service;
        m.service = svc;
        List<EndpointChange> changes = new ArrayList<>(m.endpoints.setService(svc));
        if (!old.spec().selector().equals(svc.spec().selector())) {
            for (Pod p : plane.pods().inNamespace(svc.namespace())) {
                boolean was = Selectors.matches(old.spec().selector(), p.metadata().labels());
                boolean is = Selectors.matches(svc.spec().selector(), p.metadata().labels());
                if (is) {
                    changes.addAll(m.endpoints.upsertPod(p));
                } else if (was) {
                    changes.addAll(m.endpoints.removePod(p));
                }
            }
        }
        write(m, changes, cause);
    }

    @Override
    public void podChanged(Pod before, Pod after, String cause) {
        Pod pod = after != null ? after : before;
        Map<ObjectKey, Managed> ns = byNamespace.get(pod.namespace());
        if (ns == null || ns.isEmpty()) {
            return;
        }
        for (Managed m : ns.values()) {
            Map<String, String> selector = m.service.spec().selector();
            boolean was = before != null && Selectors.matches(selector, before.metadata().labels());
            boolean is = after != null && Selectors.matches(selector, after.metadata().labels());
            if (is) {
                write(m, m.endpoints.upsertPod(after), cause);
            } else if (was) {
                write(m, m.endpoints.removePod(before), cause);
            }
        }
    }

    /** A new Service's Endpoints lists its pods at once: each address is news to the event log. */
    private static List<EndpointChange> initialChanges(Endpoints e) {
        List<EndpointChange> out = new ArrayList<>();
        for (Endpoints.Subset s : e.subsets()) {
            for (Endpoints.Address a : s.addresses()) {
                out.add(new EndpointChange(EndpointChange.Kind.ADDED_READY, podName(a), a.ip(), nz(a.nodeName())));
            }
            for (Endpoints.Address a : s.notReadyAddresses()) {
                out.add(new EndpointChange(EndpointChange.Kind.ADDED_NOT_READY, podName(a), a.ip(), nz(a.nodeName())));
            }
        }
        return out;
    }

    private void write(Managed m, List<EndpointChange> changes, String cause) {
        List<SliceWrite> slices = m.endpoints.drainSliceWrites();
        Endpoints stored = plane.api().get(Endpoints.class, m.service.namespace(), m.service.name()).orElse(null);
        if (changes.isEmpty() && slices.isEmpty() && stored != null) {
            return;
        }
        Endpoints now = m.endpoints.endpoints();
        if (stored == null || !stored.subsets().equals(now.subsets())
                || !stored.metadata().labels().equals(now.metadata().labels())
                || !stored.metadata().annotations().equals(now.metadata().annotations())) {
            plane.api().putSystemObject(now);
        }
        for (SliceWrite w : slices) {
            if (w.op() == SliceWrite.Op.DELETE) {
                plane.api().delete(ObjectKey.of(w.slice()));
            } else {
                plane.api().putSystemObject(w.slice());
            }
        }
        ObjectKey subject = ObjectKey.of(now);
        for (EndpointChange c : changes) {
            ObjectKey pod = c.podName().isEmpty() ? null : new ObjectKey("", "Pod", now.namespace(), c.podName());
            plane.log().record(kind(c.kind()), subject, pod, c.ip(), cause, c.text(m.service.name()));
        }
    }

    private static Kind kind(EndpointChange.Kind k) {
        return switch (k) {
            case ADDED_READY -> Kind.ENDPOINT_ADDED;
            case ADDED_NOT_READY -> Kind.ENDPOINT_NOT_READY_ADDED;
            case BECAME_READY -> Kind.ENDPOINT_READY;
            case BECAME_NOT_READY -> Kind.ENDPOINT_NOT_READY;
            case REMOVED -> Kind.ENDPOINT_REMOVED;
        };
    }

    private static String podName(Endpoints.Address a) {
        return a.targetRef() == null ? "" : a.targetRef().name();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
