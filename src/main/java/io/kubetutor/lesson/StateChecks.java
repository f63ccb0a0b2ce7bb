package io.kubetutor.lesson;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.Service;
import io.kubetutor.model.StatefulSet;
import io.kubetutor.sim.ClusterSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Conditions over the cluster's objects as last published: Endpoints counts and field values. */
final class StateChecks {
    private StateChecks() {
    }

    static GoalResult endpoints(Condition.EndpointCount e, ClusterSnapshot snapshot) {
        String name = e.namespace() + "/" + e.service();
        Optional<Endpoints> ep = snapshot.get(Endpoints.class, e.namespace(), e.service());
        if (ep.isEmpty()) {
            boolean service = snapshot.get(Service.class, e.namespace(), e.service()).isPresent();
            return GoalResult.leaf(e, false, service
                    ? new Localized("Service " + name + " has no Endpoints object", "서비스 " + name + "에 엔드포인트 오브젝트가 없습니다")
                    : new Localized("there is no Service " + name, name + " 서비스가 없습니다"));
        }
        int ready = 0;
        int notReady = 0;
        for (Endpoints.Subset s : ep.get().subsets()) {
            ready += s.addresses().size();
            notReady += s.notReadyAddresses().size();
        }
        boolean met = (e.ready() == null || e.ready() == ready) && (e.notReady() == null || e.notReady() == notReady);
        Localized seen = new Localized("Endpoints " + name + ": " + ready + " ready, " + notReady + " not ready",
                "엔드포인트 " + name + ": 준비됨 " + ready + "개, 준비 안 됨 " + notReady + "개");
        if (met) {
            return GoalResult.leaf(e, true, seen);
        }
        String want = (e.ready() == null ? "" : e.ready() + " ready") + (e.ready() != null && e.notReady() != null ? ", " : "")
                + (e.notReady() == null ? "" : e.notReady() + " not ready");
        String wantKo = (e.ready() == null ? "" : "준비됨 " + e.ready() + "개") + (e.ready() != null && e.notReady() != null ? ", " : "")
                + (e.notReady() == null ? "" : "준비 안 됨 " + e.notReady() + "개");
        return GoalResult.leaf(e, false, Words.join(seen, new Localized(", expected " + want, " — 기대: " + wantKo)));
    }

    /** The ready addresses (IPs) of a Service's Endpoints, over all subsets. */
    static List<String> readyAddresses(ClusterSnapshot snapshot, String namespace, String service) {
        List<String> out = new ArrayList<>();
        snapshot.get(Endpoints.class, namespace, service).ifPresent(ep -> ep.subsets()
                .forEach(s -> s.addresses().forEach(a -> out.add(a.ip()))));
        return out;
    }

    static GoalResult field(Condition.Field f, ClusterSnapshot snapshot) {
        Optional<? extends KubeObject> object = object(f, snapshot);
        String shown = f.kind() + "/" + (f.pod() != null ? f.pod().text() : f.namespace() + "/" + f.name());
        if (object.isEmpty()) {
            return GoalResult.leaf(f, false, new Localized("there is no " + shown, shown + "이(가) 없습니다"));
        }
        shown = f.kind() + "/" + object.get().name();
        Optional<Object> value = FieldPaths.get(object.get(), f.path()).filter(FieldPaths::present);
        if (value.isEmpty()) {
            boolean met = f.equals() == null && !f.exists();
            return GoalResult.leaf(f, met, new Localized(shown + " has no " + f.path(),
                    shown + "에 " + f.path() + " 값이 없습니다"));
        }
        String text = FieldPaths.text(value.get());
        boolean met = f.equals() != null ? f.equals().equals(text) : f.exists();
        Localized seen = new Localized(shown + " " + f.path() + " is " + text, shown + "의 " + f.path() + " 값은 " + text);
        if (met) {
            return GoalResult.leaf(f, true, seen);
        }
        return GoalResult.leaf(f, false, Words.join(seen, f.equals() != null
                ? new Localized(", not " + f.equals(), " — 기대한 값은 " + f.equals())
                : new Localized(", which should be absent", " — 이 값이 없어야 합니다")));
    }

    /** The object a field condition reads, if it exists. */
    static Optional<? extends KubeObject> object(Condition.Field f, ClusterSnapshot snapshot) {
        return switch (f.kind()) {
            case "pod" -> f.pod().resolve(snapshot).stream().findFirst();
            case "service" -> snapshot.get(Service.class, f.namespace(), f.name());
            case "endpoints" -> snapshot.get(Endpoints.class, f.namespace(), f.name());
            case "deployment" -> snapshot.get(Deployment.class, f.namespace(), f.name());
            case "replicaset" -> snapshot.get(ReplicaSet.class, f.namespace(), f.name());
            case "statefulset" -> snapshot.get(StatefulSet.class, f.namespace(), f.name());
            case "ingress" -> snapshot.get(Ingress.class, f.namespace(), f.name());
            default -> Optional.<Pod>empty();
        };
    }
}
