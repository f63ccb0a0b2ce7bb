package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.ActionReport;
import io.kubetutor.lesson.StepAction;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line the console shows above the output of a kubectl a step ran, as the learner
 * would have typed it (without the word kubectl, which the prompt already shows).
 */
final class ConsoleEchoes {
    /** kubectl delete's report names the pod the tutor picked: {@code pod "web-7c9-x2k" deleted}. */
    private static final Pattern DELETED = Pattern.compile("pod \"([^\"]+)\" deleted");

    private ConsoleEchoes() {
    }

    /** The line for a report that ran kubectl, or null when it ran none. */
    static String line(ActionReport r) {
        if (r.output() == null) {
            return null;
        }
        StepAction a = r.action();
        if (a instanceof StepAction.Kubectl k) {
            String line = k.line().strip();
            return line.startsWith("kubectl ") ? line.substring(8).strip() : line;
        }
        if (a instanceof StepAction.Scale s) {
            return join(s.args());
        }
        if (a instanceof StepAction.DeletePod d) {
            Matcher m = DELETED.matcher(r.output().stdout());
            String name = m.find() ? m.group(1) : d.pod().text();
            return "delete pod " + name + " -n " + d.pod().namespace();
        }
        return null;
    }

    /** Words joined as a shell reads them back: a word with spaces or quotes is single-quoted. */
    static String join(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(quoted(w));
        }
        return b.toString();
    }

    static String quoted(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=,@%+^-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
