package io.kubetutor.kubectl;

import java.util.List;

/** The -o values kubectl's PrintFlags accept, and the texts for the ones that cannot be used. */
enum OutputFormat {
    DEFAULT, WIDE, NAME, YAML, JSON, JSONPATH;

    /** PrintFlags' formats for get (with the human-readable wide), in kubectl's sorted listing. */
    private static final List<String> GET_FORMATS = List.of("custom-columns", "custom-columns-file", "go-template",
            "go-template-file", "json", "jsonpath", "jsonpath-as-json", "jsonpath-file", "name", "template",
            "templatefile", "wide", "yaml");
    /** PrintFlags' formats for commands that print the object they changed. */
    private static final List<String> OBJECT_FORMATS = List.of("go-template", "go-template-file", "json", "jsonpath",
            "jsonpath-as-json", "jsonpath-file", "name", "template", "templatefile", "yaml");

    static OutputFormat forGet(String value) throws KubectlError {
        if (value != null && (value.equals("jsonpath") || value.startsWith("jsonpath="))) {
            return JSONPATH;
        }
        return parse(value, GET_FORMATS);
    }

    /**
     * The template of {@code -o jsonpath=TEMPLATE} (JSONPathPrintFlags: the text after the first
     * {@code =}), or kubectl's error when there is none.
     */
    static String jsonPathTemplate(String value) throws KubectlError {
        String template = value.startsWith("jsonpath=") ? value.substring("jsonpath=".length()) : "";
        if (template.isEmpty()) {
            throw KubectlError.plain("template format specified but no template given");
        }
        return template;
    }

    static OutputFormat forObject(String value) throws KubectlError {
        if ("wide".equals(value)) {
            throw unmatched(value, OBJECT_FORMATS);
        }
        return parse(value, OBJECT_FORMATS);
    }

    private static OutputFormat parse(String value, List<String> allowed) throws KubectlError {
        if (value == null || value.isEmpty()) {
            return DEFAULT;
        }
        switch (value) {
            case "wide":
                return WIDE;
            case "name":
                return NAME;
            case "yaml":
                return YAML;
            case "json":
                return JSON;
            default:
                break;
        }
        String base = value.contains("=") ? value.substring(0, value.indexOf('=')) : value;
        if (allowed.contains(base)) {
            throw KubectlError.plain("the tutor does not simulate -o " + base + "; it prints -o "
                    + (allowed.contains("wide") ? "wide, name, yaml, json and jsonpath" : "name, yaml and json"));
        }
        throw unmatched(value, allowed);
    }

    private static KubectlError unmatched(String value, List<String> allowed) {
        return KubectlError.plain("unable to match a printer suitable for the output format " + GoText.quote(value)
                + ", allowed formats are: " + String.join(",", allowed));
    }
}
