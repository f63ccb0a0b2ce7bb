package io.kubetutor.manifest.validate;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.GoValues;
import io.kubetutor.model.IntOrString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** ValidateDeploymentStrategy and ValidateRollingUpdateDeployment (pkg/apis/apps/validation). */
final class DeploymentStrategyValidation {
    private static final Pattern PERCENT = Pattern.compile("[0-9]+%");
    /** validation.IsValidPercent's RegexError, with its two examples (and the double space it makes). */
    static final String PERCENT_MESSAGE = "a valid percent string must be a numeric string followed by an ending '%' "
            + "(e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

    private DeploymentStrategyValidation() {
    }

    static List<FieldError> validate(String type, Deployment.RollingUpdate rolling, String path) {
        List<FieldError> errs = new ArrayList<>();
        switch (type) {
            case "Recreate" -> {
                if (rolling != null) {
                    errs.add(FieldError.forbidden(path + ".rollingUpdate",
                            "may not be specified when strategy `type` is 'Recreate'"));
                }
            }
            case "RollingUpdate" -> {
                if (rolling == null) {
                    errs.add(FieldError.required(path + ".rollingUpdate", "this should be defaulted and never be nil"));
                } else {
                    errs.addAll(rollingUpdate(rolling, path + ".rollingUpdate"));
                }
            }
            default -> {
                // The bad value is the internal DeploymentStrategy struct, which has no json tags.
                Map<String, Object> strategy = new LinkedHashMap<>();
                strategy.put("Type", type);
                if (rolling == null) {
                    strategy.put("RollingUpdate", null);
                } else {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("MaxUnavailable", value(rolling.maxUnavailable()));
                    r.put("MaxSurge", value(rolling.maxSurge()));
                    strategy.put("RollingUpdate", r);
                }
                errs.add(FieldError.notSupported(path, new GoValues.Raw(GoValues.json(strategy)),
                        List.of("Recreate", "RollingUpdate")));
            }
        }
        return errs;
    }

    private static List<FieldError> rollingUpdate(Deployment.RollingUpdate r, String path) {
        List<FieldError> errs = new ArrayList<>();
        IntOrString maxUnavailable = r.maxUnavailable() == null ? IntOrString.ZERO : r.maxUnavailable();
        IntOrString maxSurge = r.maxSurge() == null ? IntOrString.ZERO : r.maxSurge();
        errs.addAll(positiveIntOrPercent(maxUnavailable, path + ".maxUnavailable"));
        errs.addAll(positiveIntOrPercent(maxSurge, path + ".maxSurge"));
        if (intOrPercentValue(maxUnavailable) == 0 && intOrPercentValue(maxSurge) == 0) {
            errs.add(FieldError.invalid(path + ".maxUnavailable", value(maxUnavailable),
                    "may not be 0 when `maxSurge` is 0"));
        }
        Integer percent = percent(maxUnavailable);
        if (percent != null && percent > 100) {
            errs.add(FieldError.invalid(path + ".maxUnavailable", value(maxUnavailable), "must not be greater than 100%"));
        }
        return errs;
    }

    private static List<FieldError> positiveIntOrPercent(IntOrString v, String path) {
        if (!v.isInt()) {
            return PERCENT.matcher(v.stringValue()).matches() ? List.of()
                    : List.of(FieldError.invalid(path, value(v), PERCENT_MESSAGE));
        }
        return MetaValidation.nonNegative(v.intValue(), FieldPath.root(path));
    }

    /** getIntOrPercentValue: a valid percent's number, else IntValue (a string that is no number gives 0). */
    private static int intOrPercentValue(IntOrString v) {
        Integer p = percent(v);
        if (p != null) {
            return p;
        }
        if (v.isInt()) {
            return v.intValue();
        }
        try {
            return Integer.parseInt(v.stringValue());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Integer percent(IntOrString v) {
        if (v.isInt() || !PERCENT.matcher(v.stringValue()).matches()) {
            return null;
        }
        try {
            return Integer.parseInt(v.stringValue().substring(0, v.stringValue().length() - 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** An IntOrString marshals as its number or its string. */
    private static Object value(IntOrString v) {
        return v == null ? null : v.isInt() ? (Object) v.intValue() : v.stringValue();
    }
}
