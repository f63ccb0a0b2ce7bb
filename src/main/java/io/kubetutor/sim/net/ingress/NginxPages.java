package io.kubetutor.sim.net.ingress;

/**
 * The bodies nginx writes for its own responses (src/http/ngx_http_special_response.c): the page
 * for the status, then the tail without a version because ingress-nginx runs with
 * server_tokens off. Every line ends in CRLF. (A browser that nginx recognizes as MSIE or Chrome
 * would get six comment lines of padding after a 4xx/5xx page; curl gets none.)
 */
public final class NginxPages {
    private static final String CRLF = "\r\n";
    private static final String TAIL = "<hr><center>nginx</center>" + CRLF + "</body>" + CRLF + "</html>" + CRLF;

    private NginxPages() {
    }

    /** The page for 301, 308, 400, 404 or 503. */
    public static String body(int status) {
        return page(status + " " + reason(status)) + TAIL;
    }

    /** The status line's reason phrase as nginx's page titles it. */
    public static String reason(int status) {
        return switch (status) {
            case 301 -> "Moved Permanently";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 503 -> "Service Temporarily Unavailable";
            default -> throw new IllegalArgumentException("no nginx page simulated for " + status);
        };
    }

    private static String page(String title) {
        return "<html>" + CRLF
                + "<head><title>" + title + "</title></head>" + CRLF
                + "<body>" + CRLF
                + "<center><h1>" + title + "</h1></center>" + CRLF;
    }
}
