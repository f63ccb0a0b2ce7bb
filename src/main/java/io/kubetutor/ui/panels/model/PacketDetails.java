package io.kubetutor.ui.panels.model;

import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.app.HttpResponse;
import io.kubetutor.sim.net.app.NonHttpReply;
import io.kubetutor.sim.net.dns.Resolution;
import io.kubetutor.sim.net.ingress.IngressRoute;
import io.kubetutor.sim.net.proxy.Verdict;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.HopRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the packet details panel lists for a selected hop (where, what, the packet before and after,
 * kube-proxy's decision, the reason in full) or for a whole request (how it ended, which pod, what
 * the pod saw, the app's reply, the DNS answer).
 */
public final class PacketDetails {
    /** Lines of a reply body shown; the rest is cut with an ellipsis line. */
    static final int BODY_LINES = 8;

    private PacketDetails() {
    }

    /** The fields in English. */
    public static List<DetailField> of(HopRef ref) {
        return of(ref, Messages.of(Locale.ENGLISH));
    }

    public static List<DetailField> of(HopRef ref, Messages m) {
        return ref.hop() < 0 ? request(ref.trace(), m) : hop(ref.trace(), ref.hop(), m);
    }

    private static List<DetailField> hop(Trace t, int i, Messages m) {
        Hop h = t.hops().get(i);
        List<DetailField> out = new ArrayList<>();
        String step = m.format("panels.details.hopOf", i + 1, t.hops().size());
        out.add(DetailField.text("panels.details.hop", h.reply() ? step + " · " + m.text("panels.details.wayBack")
                : step));
        out.add(DetailField.text("panels.details.where", where(h.at(), m)));
        out.add(DetailField.text("panels.details.action", m.text("panels.action." + h.action().name())));
        out.add(DetailField.packet("panels.details.packet", TraceFacts.change(t, i)));
        Verdict v = t.verdict();
        if (i == TraceFacts.serviceHop(t)) {
            decision(out, t, v, m);
        } else if (i == TraceFacts.masqueradeHop(t) && v.masquerade()) {
            out.add(DetailField.text("panels.details.masquerade", VerdictWords.masquerade(v, m)));
        }
        if (i == TraceFacts.ingressHop(t)) {
            ingress(out, t.ingress(), m);
        }
        if (h.action() == Action.DNS_ANSWER && t.dns() != null) {
            out.add(DetailField.code("panels.details.dns", dns(t.dns(), m)));
        }
        out.add(DetailField.paragraph("panels.details.reason", ReasonWords.text(h.because(), m)));
        return out;
    }

    /** kube-proxy's decision at the Service hop. */
    private static void decision(List<DetailField> out, Trace t, Verdict v, Messages m) {
        String spn = v.rule() != null ? v.rule().servicePortName()
                : v.service().metadata().namespace() + "/" + v.service().metadata().name();
        out.add(DetailField.text("panels.details.rule", m.format("panels.details.ruleMatched",
                VerdictWords.entry(v, m), spn)));
        if (v.kind() == Verdict.Kind.DNAT) {
            out.add(DetailField.code("panels.details.endpoint", VerdictWords.endpoint(v.endpoint())
                    + (v.endpoint().nodeName() == null ? "" : " @ " + v.endpoint().nodeName())));
            List<String> choice = TraceFacts.connectionReused(t)
                    ? List.of(m.format("panels.choice.reused", v.endpoint().label())) : VerdictWords.choice(v, m);
            out.add(DetailField.text("panels.details.choice", String.join("\n", choice)));
        } else {
            out.add(DetailField.text("panels.details.decision", VerdictWords.refusal(v, m)));
            if (v.ruleComment() != null) {
                out.add(DetailField.code("panels.details.ruleComment", "\"" + v.ruleComment() + "\""));
            }
        }
        List<String> policies = VerdictWords.policies(v, m);
        if (!policies.isEmpty()) {
            out.add(DetailField.text("panels.details.policy", String.join("\n", policies)));
        }
        String masq = VerdictWords.masquerade(v, m);
        if (masq != null) {
            out.add(DetailField.text("panels.details.masquerade", masq));
        }
    }

    private static void ingress(List<DetailField> out, IngressRoute r, Messages m) {
        if (!r.ingressName().isEmpty()) {
            out.add(DetailField.text("panels.details.ingress", m.format("panels.details.ingressMatched",
                    r.ingressName(), r.server(), r.matchedPath().isEmpty() ? "-" : r.matchedPath())));
        }
        if (r.proxied()) {
            String pod = r.endpoint().pod() ? " (" + r.endpoint().podName() + ")" : "";
            out.add(DetailField.code("panels.details.backend", r.serviceName() + ":" + r.servicePort() + " → "
                    + r.endpoint().address() + pod));
        } else {
            out.add(DetailField.text("panels.details.ingressAnswer", m.format("panels.details.ingressOwn",
                    r.status())));
        }
    }

    private static List<DetailField> request(Trace t, Messages m) {
        List<DetailField> out = new ArrayList<>();
        out.add(DetailField.text("panels.details.request",
                m.text("panels.kind." + t.kind().name()) + " " + t.from() + " → " + t.to()));
        out.add(DetailField.text("panels.details.outcome", (t.outcome() == io.kubetutor.sim.net.Outcome.DELIVERED
                ? "✓ " : "✗ ") + m.text("panels.outcome." + t.outcome().name())));
        if (t.connectedTo() != null) {
            out.add(DetailField.code("panels.details.connectedTo", t.connectedTo().toString()));
        }
        if (t.entryNode() != null) {
            out.add(DetailField.text("panels.details.entryNode", t.entryNode()));
        }
        if (t.pod() != null) {
            out.add(DetailField.text("panels.details.pod", t.podAddress() == null ? t.pod()
                    : t.pod() + " (" + t.podAddress() + ")"));
        }
        if (t.node() != null) {
            out.add(DetailField.text("panels.details.node", t.node()));
        }
        if (t.sourceIpSeenByPod() != null) {
            out.add(DetailField.code("panels.details.sourceSeen", t.sourceIpSeenByPod()));
        }
        if (t.dns() != null) {
            out.add(DetailField.code("panels.details.dns", dns(t.dns(), m)));
        }
        if (t.reply() instanceof HttpResponse r) {
            out.add(DetailField.code("panels.details.reply", reply(r)));
        } else if (t.reply() instanceof NonHttpReply r) {
            out.add(DetailField.paragraph("panels.details.reply", ReasonWords.text(r.because(), m)));
        }
        String summary = ReasonWords.text(t.summaryBecause(), m);
        if (!summary.isEmpty()) {
            out.add(DetailField.paragraph("panels.details.summary", summary));
        }
        return out;
    }

    /** Where a hop is, in words: "kube-proxy on node2", "pod web-… on node3". */
    public static String where(Place p, Messages m) {
        return m.format("panels.place." + p.kind().name(), p.name(), p.node() == null ? "" : p.node());
    }

    /** The status line and the first lines of the body. */
    static String reply(HttpResponse r) {
        StringBuilder b = new StringBuilder(r.statusLine());
        String body = r.body().strip();
        if (!body.isEmpty()) {
            String[] lines = body.split("\r?\n", -1);
            b.append("\n");
            for (int i = 0; i < Math.min(lines.length, BODY_LINES); i++) {
                b.append('\n').append(lines[i].replace("\t", "  "));
            }
            if (lines.length > BODY_LINES) {
                b.append("\n…");
            }
        }
        return b.toString();
    }

    /** The lookup's answer: {@code web.default.svc.cluster.local. → 10.96.0.15}, or why there is none. */
    static String dns(Resolution d, Messages m) {
        if (!d.serverReached()) {
            return m.format("panels.dns.noServer", d.name());
        }
        if (d.found()) {
            String q = d.answer() == null ? d.name() : d.answer().question();
            List<String> data = d.addresses().isEmpty()
                    ? d.records().stream().map(io.kubetutor.sim.net.dns.DnsRecord::data).toList() : d.addresses();
            return q + " → " + String.join(", ", data);
        }
        return d.answer() != null && d.answer().nxdomain() ? m.format("panels.dns.nxdomain", d.answer().question())
                : m.format("panels.dns.nodata", d.name());
    }
}
