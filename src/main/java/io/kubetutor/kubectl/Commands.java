package io.kubetutor.kubectl;

import io.kubetutor.model.KubeObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The subcommands the tutor simulates, by name. */
final class Commands {
    /** Views that print nothing, for callers that only write (the real printers are wired in by the app). */
    static final Views NO_VIEWS = new Views() {
        @Override
        public String getTable(String resource, List<KubeObject> objects, boolean wide, boolean allNamespaces,
                               long now) {
            return "";
        }

        @Override
        public String describe(KubeObject object, KubectlCluster cluster) {
            return "";
        }
    };

    private Commands() {
    }

    static Map<String, CommandDef> table() {
        Map<String, CommandDef> t = new LinkedHashMap<>();
        for (CommandDef d : List.of(GetCommand.DEF, DescribeCommand.DEF, ExposeCommand.DEF, ScaleCommand.DEF,
                DeleteCommand.DEF, LabelCommand.DEF, PatchCommand.DEF, ExecCommand.DEF, NodeCommands.CORDON,
                NodeCommands.UNCORDON)) {
            t.put(d.name(), d);
        }
        return t;
    }
}
