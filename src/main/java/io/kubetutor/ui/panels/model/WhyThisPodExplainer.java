package io.kubetutor.ui.panels.model;

import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.ingress.IngressRoute;
import io.kubetutor.sim.net.proxy.EndpointSet;
import io.kubetutor.sim.net.proxy.ProxyEndpoint;
import io.kubetutor.sim.net.proxy.ServicePortRule;
import io.kubetutor.sim.net.proxy.Verdict;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.WhyThisPod.Case;
import io.kubetutor.ui.panels.model.WhyThisPod.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds "Why this pod?" from a trace: its Verdict's fields for a Service hop, the hops otherwise. */
public final class WhyThisPodExplainer {
    public static final String SERVICE = "panels.why.section.service";
    public static final String CANDIDATES = "panels.why.section.candidates";
    public static final String POLICY = "panels.why.section.policy";
    public static final String CHOICE = "panels.why.section.choice";
    public static final String INGRESS = "panels.why.section.ingress";
    public static final String SOURCE = "panels.why.section.source";
    public static final String PROXY_WORDS = "panels.why.section.proxyWords";

    private WhyThisPodExplainer() {
    }

    public static WhyThisPod of(Trace t) {
        return of(t, Messages.of(Locale.ENGLISH));
    }

    public static WhyThisPod of(Trace t, Messages m) {
        Verdict v = t.verdict();
        if (v != null && v.kind() != Verdict.Kind.NO_RULE && (v.rule() != null || v.service() != null)) {
            return service(t, v, m);
        }
        return withoutService(t, m);
    }

    private static WhyThisPod service(Trace t, Verdict v, Messages m) {
        List<Section> sections = new ArrayList<>();
        String spn = v.rule() != null ? v.rule().servicePortName()
                : v.service().metadata().namespace() + "/" + v.service().metadata().name();
        String port = v.rule() != null ? v.rule().port() + "/" + v.rule().protocol() : v.dstPort() + "/" + v.protocol();
        sections.add(new Section(SERVICE, List.of(m.format("panels.why.service", spn, port, VerdictWords.entry(v, m),
                v.node()))));
        List<Candidate> candidates = v.rule() == null ? List.of() : candidates(v, m);
        long eligible = candidates.stream().filter(Candidate::eligible).count();
        sections.add(new Section(CANDIDATES, List.of(m.format("panels.why.candidates", candidates.size(), eligible))));
        List<String> policies = VerdictWords.policies(v, m);
        if (!policies.isEmpty()) {
            sections.add(new Section(POLICY, policies));
        }
        boolean picked = v.kind() == Verdict.Kind.DNAT;
        if (picked) {
            List<String> choice = TraceFacts.connectionReused(t)
                    ? List.of(m.format("panels.choice.reused", v.endpoint().label())) : VerdictWords.choice(v, m);
            sections.add(new Section(CHOICE, choice));
        } else {
            sections.add(new Section(CHOICE, List.of(VerdictWords.refusal(v, m))));
        }
        IngressRoute r = t.ingress();
        if (r != null) {
            sections.add(new Section(INGRESS, ingress(t, r, m)));
        }
        List<String> source = source(t, v, m);
        if (!source.isEmpty()) {
            sections.add(new Section(SOURCE, source));
        }
        sections.add(new Section(PROXY_WORDS, List.of(ReasonWords.text(v.because(), m))));
        String headline;
        Case kase = picked ? Case.SERVICE : Case.SERVICE_REFUSED;
        if (picked && t.pod() != null && t.outcome() == Outcome.DELIVERED) {
            headline = m.format("panels.why.headline.pod", t.pod(), t.node());
        } else if (picked) {
            headline = m.format("panels.why.headline.pickedButFailed", v.endpoint().label(),
                    m.text("panels.outcome." + t.outcome().name()));
        } else {
            headline = m.format("panels.why.headline.refused", spn, m.text("panels.outcome." + t.outcome().name()));
        }
        return new WhyThisPod(kase, headline, sections, candidates);
    }

    /** Every endpoint of the port, in kube-proxy's rule order, with whether it was in the set picked from. */
    static List<Candidate> candidates(Verdict v, Messages m) {
        ServicePortRule rule = v.rule();
        EndpointSet set = usedSet(v);
        Set<String> inSet = new HashSet<>();
        for (ProxyEndpoint e : set.endpoints()) {
            inSet.add(e.address());
        }
        List<Candidate> out = new ArrayList<>();
        for (ProxyEndpoint e : rule.endpoints()) {
            EndpointState state = e.terminating() ? EndpointState.TERMINATING
                    : e.ready() ? EndpointState.READY : EndpointState.NOT_READY;
            boolean local = v.node().equals(e.nodeName());
            boolean eligible = inSet.contains(e.address());
            boolean chosen = v.kind() == Verdict.Kind.DNAT && e.address().equals(v.endpoint().address());
            String note = "";
            if (!eligible) {
                if (state == EndpointState.NOT_READY) {
                    note = m.text("panels.why.note.notReady");
                } else if (state == EndpointState.TERMINATING) {
                    note = m.text(e.serving() ? "panels.why.note.terminating" : "panels.why.note.terminatingNotServing");
                } else if (v.localOnly() && !local) {
                    note = m.format("panels.why.note.remote", VerdictWords.policyName(v));
                }
            }
            out.add(new Candidate(e.label(), e.address(), e.nodeName() == null ? "" : e.nodeName(), state, local,
                    eligible, chosen, note));
        }
        return out;
    }

    /** The set kube-proxy's chain on the deciding node jumps to, as the Verdict's flags say. */
    static EndpointSet usedSet(Verdict v) {
        ServicePortRule rule = v.rule();
        boolean local = v.localOnly() && !v.localFallbackToCluster() && !v.podTrafficShortCircuit();
        return local ? rule.localSet(v.node()) : rule.clusterSet();
    }

    private static List<String> ingress(Trace t, IngressRoute r, Messages m) {
        List<String> out = new ArrayList<>();
        if (r.proxied()) {
            out.add(m.format("panels.why.ingress.proxied", r.ingressName().isEmpty() ? "-" : r.ingressName(),
                    r.serviceName(), r.endpoint().pod() ? r.endpoint().podName() : r.endpoint().address(),
                    r.endpoint().address()));
            out.add(m.text("panels.why.ingress.skipsClusterIp"));
        } else {
            out.add(m.format("panels.why.ingress.own", r.status()));
        }
        out.add(ReasonWords.text(r.because(), m));
        return out;
    }

    private static List<String> source(Trace t, Verdict v, Messages m) {
        String seen = t.sourceIpSeenByPod();
        if (seen == null) {
            return List.of();
        }
        String client = VerdictWords.ip(v.srcIp());
        if (t.ingress() != null && t.ingress().proxied()) {
            return List.of(m.format("panels.why.source.ingress", seen, client));
        }
        String masq = VerdictWords.masquerade(v, m);
        if (masq != null && !seen.equals(client)) {
            return List.of(m.format("panels.why.source.snat", seen, client), masq);
        }
        if (seen.equals(client)) {
            String why = v.localOnly() && v.entry() != Verdict.Entry.CLUSTER_IP
                    ? m.format("panels.why.source.keptLocal", VerdictWords.policyName(v))
                    : m.text("panels.why.source.keptNoSnat");
            return List.of(m.format("panels.why.source.kept", seen), why);
        }
        return List.of(m.format("panels.why.source.other", seen, client));
    }

    private static WhyThisPod withoutService(Trace t, Messages m) {
        List<Section> sections = new ArrayList<>();
        String outcome = m.text("panels.outcome." + t.outcome().name());
        if (t.kind() == RequestKind.NSLOOKUP) {
            String answer = t.dns() == null ? ReasonWords.text(t.summaryBecause(), m) : PacketDetails.dns(t.dns(), m);
            sections.add(new Section(CHOICE, List.of(m.text("panels.why.dnsOnly.why"), answer)));
            return new WhyThisPod(Case.DNS_ONLY, m.text("panels.why.headline.dnsOnly"), sections, List.of());
        }
        if (t.pod() != null && t.podAddress() != null) {
            String ip = t.podAddress().ip();
            if (t.dns() != null && t.dns().addresses().contains(ip)) {
                sections.add(new Section(CHOICE, List.of(m.format("panels.why.headless.why", t.dns().name(),
                        String.join(", ", t.dns().addresses()), ip))));
                return new WhyThisPod(Case.HEADLESS, m.format("panels.why.headline.headless", t.pod()), sections,
                        List.of());
            }
            sections.add(new Section(CHOICE, List.of(m.format("panels.why.direct.why", t.podAddress().toString()))));
            return new WhyThisPod(Case.DIRECT_TO_POD, m.format("panels.why.headline.direct", t.pod()), sections,
                    List.of());
        }
        if (t.outcome() != Outcome.DELIVERED) {
            String why = ReasonWords.text(t.summaryBecause(), m);
            for (Hop h : t.hops()) {
                if (h.action() == Action.DROP || h.action() == Action.REJECT) {
                    why = ReasonWords.text(h.because(), m);
                    break;
                }
            }
            sections.add(new Section(CHOICE, List.of(why)));
            return new WhyThisPod(Case.STOPPED_BEFORE_PROXY, m.format("panels.why.headline.stopped", outcome),
                    sections, List.of());
        }
        sections.add(new Section(CHOICE, List.of(ReasonWords.text(t.summaryBecause(), m))));
        return new WhyThisPod(Case.NO_SERVICE, m.text("panels.why.headline.noService"), sections, List.of());
    }
}
