package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommandLineErrorsTest {
    private final TestCluster cluster = Fixtures.web();

    private void assertOutput(Kubectl.Output out, String stdout, String stderr, int code) {
        assertEquals(stderr, out.stderr(), "stderr");
        assertEquals(stdout, out.stdout(), "stdout");
        assertEquals(code, out.exitCode(), "exit code");
    }

    @Test
    void anUnknownCommandIsNamedWithCobrasSuggestions() {
        assertOutput(cluster.run("foo"), "",
                "error: unknown command \"foo\" for \"kubectl\"\n\nDid you mean this?\n\ttop\n", 1);
    }

    @Test
    void anUnknownCommandFarFromEveryCommandGetsNoSuggestion() {
        assertOutput(cluster.run("frobnicate"), "", "error: unknown command \"frobnicate\" for \"kubectl\"\n", 1);
    }

    @Test
    void aTypoOfGetSuggestsGet() {
        assertOutput(cluster.run("gte", "svc"), "",
                "error: unknown command \"gte\" for \"kubectl\"\n\nDid you mean this?\n\tget\n", 1);
    }

    @Test
    void anUnknownFlagPointsToTheCommandsHelp() {
        assertOutput(cluster.run("get", "svc", "--foo"), "",
                "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n", 1);
    }

    @Test
    void anUnknownShorthandIsQuotedAsARune() {
        assertOutput(cluster.run("get", "svc", "-x"), "",
                "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.\n", 1);
    }

    @Test
    void aFlagWithoutItsValueSaysSo() {
        assertOutput(cluster.run("get", "svc", "-n"), "",
                "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n", 1);
        assertOutput(cluster.run("get", "svc", "--namespace"), "",
                "error: flag needs an argument: --namespace\nSee 'kubectl get --help' for usage.\n", 1);
    }

    @Test
    void aBadIntegerIsReportedWithStrconvsText() {
        assertOutput(cluster.run("scale", "deploy", "web", "--replicas=two"), "",
                "error: invalid argument \"two\" for \"--replicas\" flag: strconv.ParseInt: parsing \"two\": invalid"
                        + " syntax\nSee 'kubectl scale --help' for usage.\n", 1);
    }

    @Test
    void getWithoutATypeExplainsWhatIsMissing() {
        assertOutput(cluster.run("get"), "",
                "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of"
                        + " supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain"
                        + " <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\n"
                        + "See 'kubectl get -h' for help and examples\n", 1);
    }

    @Test
    void anUnknownResourceTypeIsTheServersAnswer() {
        assertOutput(cluster.run("get", "foo"), "", "error: the server doesn't have a resource type \"foo\"\n", 1);
        assertOutput(cluster.run("get", "foo.bar"), "",
                "error: the server doesn't have a resource type \"foo\" in group \"bar\"\n", 1);
    }

    @Test
    void typeAndTypeSlashNameCannotBeMixed() {
        assertOutput(cluster.run("get", "svc", "svc/web"), "",
                "error: there is no need to specify a resource type as a separate argument when passing arguments in"
                        + " resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get"
                        + " resource resource/<resource_name>'\n", 1);
    }

    @Test
    void aSlashFormNeedsATypeAndAName() {
        assertOutput(cluster.run("get", "svc/"), "",
                "error: arguments in resource/name form must have a single resource and name\n", 1);
        assertOutput(cluster.run("get", "svc/a/b"), "",
                "error: arguments in resource/name form may not have more than one slash\n", 1);
    }

    @Test
    void aNameCannotBeLookedUpAcrossAllNamespaces() {
        assertOutput(cluster.run("get", "svc", "web", "-A"), "",
                "error: a resource cannot be retrieved by name across all namespaces\n", 1);
    }

    @Test
    void anUnknownOutputFormatListsTheFormatsGetAccepts() {
        assertOutput(cluster.run("get", "svc", "-o", "xml"), "",
                "error: unable to match a printer suitable for the output format \"xml\", allowed formats are:"
                        + " custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,"
                        + "jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n", 1);
    }

    @Test
    void aBadDryRunValueIsRefused() {
        assertOutput(cluster.run("delete", "pod", "web-0", "--dry-run=maybe"), "",
                "error: Invalid dry-run value (maybe). Must be \"none\", \"server\", or \"client\".\n", 1);
    }

    @Test
    void deleteWithoutArgumentsListsTheResourceForms() {
        assertOutput(cluster.run("delete"), "", "error: You must provide one or more resources by argument or filename.\n"
                + "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n"
                + "   '<resource> <name>'\n   '<resource>'\n", 1);
    }

    @Test
    void deleteOfATypeWithoutANameIsRefused() {
        assertOutput(cluster.run("delete", "po"), "",
                "error: resource(s) were provided, but no name was specified\n", 1);
    }

    @Test
    void scaleWithoutReplicasIsCobrasRequiredFlagError() {
        assertOutput(cluster.run("scale", "deploy", "web"), "", "error: required flag(s) \"replicas\" not set\n", 1);
    }
}
