package io.kubetutor.cli;
import picocli.CommandLine.Command;
@Command(name = "validate") class ValidateCommand implements Runnable { public void run() { } }
