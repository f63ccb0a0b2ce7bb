package io.kubetutor.sim;

import io.kubetutor.manifest.validate.ServiceAllocationDefaults;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus;
import java.util.List;

/**
 * The Service registry's begin-create and begin-update hooks: what happens to a Service between
 * defaulting and validation. IP-family errors and allocation errors surface here, before
 * validation, so they are the only error the user sees (facts §0.4). The returned journal is
 * committed once validation passes and reverted otherwise.
 */
final class ServiceWriter {
    private final ServiceAllocations allocations;
    private final List<String> clusterFamilies;

    /** {@code clusterFamilies}: the IP families the service CIDRs provide, primary first. */
    ServiceWriter(ServiceAllocations allocations, List<String> clusterFamilies) {
        this.allocations = allocations;
        this.clusterFamilies = List.copyOf(clusterFamilies);
    }

    record Prepared(Service service, AllocationJournal journal) {
    }

    /** beginCreate on a defaulted Service; status is cleared as PrepareForCreate does. */
    Prepared beginCreate(Service svc) throws Refused {
        Service initialised = initIpFamilyFields(ServiceAllocationDefaults.normalizeClusterIPs(svc), null);
        ServiceSpec.Builder b = initialised.spec().toBuilder();
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
        ServiceSpec.Builder merged = manifest.spec().toBuilder();
        ServiceUpdateRules.keepServerSetFields(merged, lastApplied == null ? null : lastApplied.spec(), old);
        ServiceUpdateRules.patchAllocatedValues(merged, old);
        Service normalized = ServiceAllocationDefaults.normalizeClusterIPs(manifest.withSpec(merged.build()), live);
        ServiceSpec.Builder b = initIpFamilyFields(normalized, live).spec().toBuilder();
        AllocationJournal journal = allocations.allocateUpdate(ObjectKey.of(live), b, old);
        boolean clearLoadBalancerStatus = ServiceUpdateRules.dropTypeDependentFields(b, old);
        // Status is not written through apply: the old one stays (PrepareForUpdate).
        ServiceStatus status = clearLoadBalancerStatus ? ServiceStatus.EMPTY : live.status();
        return new Prepared(new Service(manifest.metadata(), b.build(), status, manifest.origin()), journal);
    }

    /** alloc.go initIPFamilyFields ({@code old} null on create); its 422 ends the request. */
    private Service initIpFamilyFields(Service svc, Service old) throws Refused {
        ServiceAllocationDefaults.Result r = ServiceAllocationDefaults.initIpFamilyFields(svc, old, clusterFamilies);
        if (!r.ok()) {
            throw new Refused(new ApiError.Invalid(r.errors()));
        }
        return r.service();
    }
}
