package io.kubetutor.sim;

import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceStatus;
import io.kubetutor.sim.ClusterEvent.Kind;

/**
 * The cloud controller manager's service controller: gives each LoadBalancer Service an address
 * from the topology's cloud load balancer and writes it to the Service's status; takes it back
 * when the Service is deleted or stops being a LoadBalancer.
 */
final class LoadBalancerController implements Controller {
    private final LoadBalancers pool;
    private final ApiServer api;
    private final EventLog log;
    private final KubeEvents kubeEvents;
    private final VirtualClock clock;

    LoadBalancerController(LoadBalancers pool, ApiServer api, EventLog log, KubeEvents kubeEvents, VirtualClock clock) {
        this.pool = pool;
        this.api = api;
        this.log = log;
        this.kubeEvents = kubeEvents;
        this.clock = clock;
    }

    @Override
    public void objectChanged(KubeObject before, KubeObject after, String cause) {
        if (!(before instanceof Service) && !(after instanceof Service)) {
            return;
        }
        ObjectKey key = ObjectKey.of(after != null ? after : before);
        Service svc = (Service) after;
        if (svc == null || !pool.serves(svc)) {
            String released = pool.release(key);
            if (released != null) {
                log.record(Kind.RELEASED, key, null, released, cause,
                        "load balancer address " + released + " of Service " + key.name() + " released");
            }
            return;
        }
        String uid = svc.metadata().uid();
        kubeEvents.record(uid, "Normal", "EnsuringLoadBalancer", "service-controller", "Ensuring load balancer",
                clock.now());
        String ip = pool.ensure(key, svc).orElse(null);
        if (ip == null) {
            log.record(Kind.LOAD_BALANCER_ASSIGNED, key, null, "", cause, "the cloud load balancer's pool is "
                    + "exhausted: Service " + key.name() + " stays <pending>");
            return;
        }
        ServiceStatus status = LoadBalancers.statusFor(ip);
        Service stored = api.get(Service.class, key.namespace(), key.name()).orElse(null);
        if (stored != null && !stored.status().equals(status)) {
            api.writeServiceStatus(key, status);
            kubeEvents.record(uid, "Normal", "EnsuredLoadBalancer", "service-controller", "Ensured load balancer",
                    clock.now());
            log.record(Kind.LOAD_BALANCER_ASSIGNED, key, null, ip, cause,
                    "the cloud load balancer gave Service " + key.name() + " the address " + ip);
        }
    }
}
