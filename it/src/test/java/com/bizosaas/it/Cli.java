package com.bizosaas.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** jboss-cli, as an operator runs it. */
public final class Cli {

    private Cli() {
    }

    /** Runs a CLI script file offline (it embeds the server itself) or against a controller. */
    public static String run(Path wildflyHome, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(wildflyHome.resolve("bin/jboss-cli.sh").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", wildflyHome.toString());
        Process cli = builder.start();
        String output = new String(cli.getInputStream().readAllBytes());
        if (!cli.waitFor(5, TimeUnit.MINUTES)) {
            cli.destroyForcibly();
            throw new IllegalStateException("jboss-cli did not finish: " + arguments);
        }
        if (cli.exitValue() != 0) {
            throw new IllegalStateException("jboss-cli " + arguments + " failed (" + cli.exitValue() + "):\n" + output);
        }
        return output;
    }

    /** One command against the Arquillian-managed server. */
    public static String onArquillianServer(String command) throws IOException, InterruptedException {
        int port = 9990 + TestEnvironment.arquillianPortOffset();
        return run(Deployments.projectDir().resolve("wildfly-config/target/wildfly"),
                List.of("--connect", "--controller=127.0.0.1:" + port, "--command=" + command));
    }
}
