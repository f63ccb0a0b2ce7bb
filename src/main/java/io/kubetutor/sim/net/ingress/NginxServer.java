package io.kubetutor.sim.net.ingress;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One nginx server block: a host of the merged Ingress rules, or {@code _}, the default server
 * that answers every host no rule names.
 *
 * @param name        the rule host, a wildcard {@code *.example.com}, or {@code _}
 * @param locations   its locations in the order ingress-nginx writes them (longest path first)
 * @param regex       whether every location is written as a case-insensitive regular expression,
 *                    because some location of the host uses use-regex or rewrite-target
 * @param certificate the certificate configured for the host (so plain http is redirected), or
 *                    null when none is: no Ingress with a TLS section has a rule for it
 * @param creator     "Ingress ns/name" that first named the host ("" for {@code _})
 */
public record NginxServer(String name, List<NginxLocation> locations, boolean regex, TlsCertificate certificate,
                          String creator) {
    public static final String DEFAULT_SERVER = "_";

    public NginxServer {
        locations = List.copyOf(locations);
    }

    public boolean defaultServer() {
        return name.equals(DEFAULT_SERVER);
    }

    /**
     * Whether {@code host} (lower-case, no port) selects this server by name. A wildcard is
     * written as {@code ~^(?<subdomain>[\w-]+)\.example\.com$}: exactly one label (buildServerName).
     */
    boolean matches(String host) {
        if (defaultServer()) {
            return false;
        }
        if (!name.startsWith("*.")) {
            return name.equalsIgnoreCase(host);
        }
        String rest = name.substring(2).toLowerCase(java.util.Locale.ROOT);
        return Pattern.compile("^[\\w-]+\\." + Pattern.quote(rest) + "$").matcher(host).matches();
    }
}
