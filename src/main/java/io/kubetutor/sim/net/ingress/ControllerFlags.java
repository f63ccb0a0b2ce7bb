package io.kubetutor.sim.net.ingress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flags of {@code /nginx-ingress-controller} that decide which Ingresses it serves, where it
 * sends unmatched requests and what it writes to Ingress status. Strings are "" when the flag is
 * absent; the defaults are ingress-nginx's own (cmd/nginx/flags.go).
 */
public record ControllerFlags(String controllerClass, String ingressClass, boolean ingressClassByName,
                              boolean watchIngressWithoutClass, String watchNamespace, String publishService,
                              String publishStatusAddress, String defaultBackendService,
                              String defaultSslCertificate, boolean updateStatus, boolean updateStatusOnShutdown) {
    public static final String DEFAULT_CONTROLLER_CLASS = "k8s.io/ingress-nginx";
    public static final String DEFAULT_INGRESS_CLASS = "nginx";
    public static final ControllerFlags DEFAULTS = new ControllerFlags(DEFAULT_CONTROLLER_CLASS,
            DEFAULT_INGRESS_CLASS, false, false, "", "", "", "", "", true, true);

    private static final Set<String> BOOLEAN_FLAGS = Set.of("watch-ingress-without-class", "ingress-class-by-name",
            "update-status", "update-status-on-shutdown");

    /**
     * Parses the process's argv (command then args, {@code $(VAR)} already expanded). pflag takes
     * {@code --name=value} and {@code --name value}; a boolean flag alone means true. A later flag
     * of the same name wins, as pflag's Set does.
     */
    public static ControllerFlags parse(List<String> argv) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            if (!a.startsWith("--") || a.length() == 2) {
                continue;
            }
            String body = a.substring(2);
            int eq = body.indexOf('=');
            if (eq >= 0) {
                values.put(body.substring(0, eq), body.substring(eq + 1));
            } else if (BOOLEAN_FLAGS.contains(body)) {
                values.put(body, "true");
            } else if (i + 1 < argv.size()) {
                values.put(body, argv.get(++i));
            }
        }
        return new ControllerFlags(
                values.getOrDefault("controller-class", DEFAULT_CONTROLLER_CLASS),
                values.getOrDefault("ingress-class", DEFAULT_INGRESS_CLASS),
                bool(values.get("ingress-class-by-name"), false),
                bool(values.get("watch-ingress-without-class"), false),
                values.getOrDefault("watch-namespace", ""),
                values.getOrDefault("publish-service", ""),
                values.getOrDefault("publish-status-address", ""),
                values.getOrDefault("default-backend-service", ""),
                values.getOrDefault("default-ssl-certificate", ""),
                bool(values.get("update-status"), true),
                bool(values.get("update-status-on-shutdown"), true));
    }

    /** strconv.ParseBool; a value it refuses keeps the default (the real binary would exit instead). */
    private static boolean bool(String v, boolean dflt) {
        if (v == null) {
            return dflt;
        }
        return switch (v) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> dflt;
        };
    }

    /**
     * Kubernetes' {@code $(VAR)} expansion of command and args: a defined variable is replaced,
     * an undefined reference stays as written, {@code $$} is a literal dollar.
     */
    static String expand(String s, Map<String, String> env) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '$' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == '$') {
                    out.append('$');
                    i += 2;
                    continue;
                }
                if (n == '(') {
                    int close = s.indexOf(')', i + 2);
                    if (close > 0) {
                        String name = s.substring(i + 2, close);
                        String value = env.get(name);
                        out.append(value != null ? value : s, value != null ? 0 : i,
                                value != null ? value.length() : close + 1);
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
