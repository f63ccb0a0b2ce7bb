package io.kubetutor.sim;

import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus;

/**
 * The Service registry's begin-create and begin-update hooks: what happens to a Service between
 * defaulting and validation. Allocation errors surface here, before validation, so they are the
 * only error the user sees (facts §0.4). The returned journal is committed once validation passes
 * and reverted otherwise.
 */
final class ServiceWriter {
    private final ServiceAllocations allocations;
    private final ServerChecks checks;

    ServiceWriter(ServiceAllocations allocations, ServerChecks checks) {
        this.allocations = allocations;
        this.checks = checks;
    }

    record Prepared(Service service, AllocationJournal journal) {
    }

    /** beginCreate on a defaulted Service; status is cleared as PrepareForCreate does. */
    Prepared beginCreate(Service svc) throws Refused {
        ServiceSpec.Builder b = svc.spec().toBuilder();
        ServiceUpdateRules.normalizeClusterIPs(b, null);
        IpFamilies.init(checks, svc.metadata(), b, null);
        AllocationJournal journal = allocations.allocateCreate(ObjectKey.of(svc), b);
        return new Prepared(new Service(svc.metadata(), b.build(), ServiceStatus.EMPTY, svc.origin()), journal);
    }

    /**
     * beginUpdate then PrepareForUpdate for {@code kubectl apply}: the manifest (defaulted), merged
     * with the live object as kubectl's patch would, then the registry's own fix-ups and allocation.
     * {@code lastApplied} is the manifest applied before (as written), null for system objects.
     */
    Prepared beginUpdate(Service live, Service lastApplied, Service manifest) throws Refused {
        ServiceSpec old = live.spec();
        ServiceSpec.Builder b = manifest.spec().toBuilder();
        ServiceUpdateRules.keepServerSetFields(b, lastApplied == null ? null : lastApplied.spec(), old);
        ServiceUpdateRules.patchAllocatedValues(b, old);
        ServiceUpdateRules.normalizeClusterIPs(b, old);
        IpFamilies.init(checks, manifest.metadata(), b, old);
        AllocationJournal journal = allocations.allocateUpdate(ObjectKey.of(live), b, old);
        boolean clearLoadBalancerStatus = ServiceUpdateRules.dropTypeDependentFields(b, old);
        // Status is not written through apply: the old one stays (PrepareForUpdate).
        ServiceStatus status = clearLoadBalancerStatus ? ServiceStatus.EMPTY : live.status();
        return new Prepared(new Service(manifest.metadata(), b.build(), status, manifest.origin()), journal);
    }
}
