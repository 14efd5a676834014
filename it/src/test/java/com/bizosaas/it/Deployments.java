package com.bizosaas.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The archives the Arquillian tests deploy: always the EAR the build produced, never a re-assembled one. */
public final class Deployments {

    private Deployments() {
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("it.project.dir", "..")).toAbsolutePath().normalize();
    }

    /** The EAR exactly as built. */
    /**
     * The jars of the LangChain4j module, as the ':'-separated list {@code configure.cli} takes: those the build
     * installed into the configured server, which came from Maven Central.
     */
    public static String langchain4jJars() throws java.io.IOException {
        Path module = projectDir().resolve("wildfly-config/target/wildfly/modules/dev/langchain4j/main");
        try (var jars = java.nio.file.Files.list(module)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted()
                    .collect(java.util.stream.Collectors.joining(":"));
        }
    }

    public static EnterpriseArchive builtEar() {
        File ear = projectDir().resolve("ear/target/bizosaas.ear").toFile();
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing: the ear module builds it before this module runs");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The built EAR plus a small web module holding the given test classes, so that they run inside the
     * server with the application's beans, destinations and persistence unit in reach.
     */
    public static EnterpriseArchive builtEarWithProbe(Class<?>... testClasses) {
        EnterpriseArchive ear = builtEar();
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "it-probe.war")
                .addClasses(testClasses)
                .addClasses(InServerSql.class, InServerSql.Work.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(jarOf(org.awaitility.Awaitility.class), jarOf(org.hamcrest.Matcher.class));
        ear.addAsModule(Testable.archiveToTest(probe));
        String applicationXml = read(ear, "META-INF/application.xml").replace("</application>",
                "<module><web><web-uri>it-probe.war</web-uri><context-root>/it-probe</context-root></web></module></application>");
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml));
        return ear;
    }

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
