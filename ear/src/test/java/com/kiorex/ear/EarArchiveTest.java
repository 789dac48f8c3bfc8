package com.kiorex.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The EAR a full-profile server deploys is well-formed: every bounded context of ejb-modules/ is an
 * EJB module in application.xml, and so is every other EJB module of the platform (batch-jobs),
 * web-api is the web module, and libraries live once, in lib/.
 */
class EarArchiveTest {

    /** EJB modules that are not bounded contexts: they hold no entities or migrations of their own. */
    private static final List<String> PLATFORM_MODULES = List.of("batch-jobs");

    static ZipFile ear;
    static Document application;

    @BeforeAll
    static void open() throws Exception {
        ear = new ZipFile(System.getProperty("kiorex.ear", "target/kiorex.ear"));
        try (InputStream xml = ear.getInputStream(ear.getEntry("META-INF/application.xml"))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            application = factory.newDocumentBuilder().parse(xml);
        }
    }

    @Test
    void applicationXml_listsEveryContextOfEjbModulesAndEveryPlatformModuleAsAnEjbModule() throws IOException {
        List<String> expected = new ArrayList<>(contextModules());
        expected.addAll(PLATFORM_MODULES);
        assertThat(texts("ejb")).containsExactlyInAnyOrderElementsOf(expected.stream().map(m -> m + ".jar").toList());
        for (String module : texts("ejb")) {
            assertThat(ear.getEntry(module)).as(module + " inside the EAR").isNotNull();
        }
    }

    @Test
    void applicationXml_namesTheWebModuleWithItsContextRoot() {
        assertThat(texts("web-uri")).containsExactly("kiorex.war");
        assertThat(texts("context-root")).containsExactly("/kiorex");
        assertThat(ear.getEntry("kiorex.war")).isNotNull();
    }

    @Test
    void librariesSitInLib_once_andTheJpaProviderIsAmongThem() throws IOException {
        assertThat(texts("library-directory")).containsExactly("lib");
        List<String> libraries = entries(ear, "lib/");
        assertThat(libraries).isNotEmpty().allSatisfy(name -> assertThat(name).endsWith(".jar"));
        assertThat(libraries).anySatisfy(name -> assertThat(name).startsWith("lib/hibernate-core"));
        assertThat(libraries).anySatisfy(name -> assertThat(name).startsWith("lib/flyway-core"));
        assertThat(libraries).noneSatisfy(name -> assertThat(name).matches("lib/(kernel|patients|batch-jobs).*"));
        // only static web resources (webjars) may stay in the web module: servlet containers serve
        // META-INF/resources from WEB-INF/lib jars only; code lives once, in lib/ or an EJB module
        assertThat(warLibraries()).as("WEB-INF/lib of the web module")
                .allSatisfy(name -> assertThat(name).startsWith("WEB-INF/lib/swagger-ui"));
    }

    @Test
    void everyContextModule_carriesItsPersistenceUnitAndMigrations() throws IOException {
        for (String module : contextModules().stream().map(m -> m + ".jar").toList()) {
            Map<String, Boolean> found = new TreeMap<>(Map.of("persistence.xml", false, "migration", false));
            try (ZipInputStream jar = new ZipInputStream(ear.getInputStream(ear.getEntry(module)))) {
                for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                    if (e.getName().equals("META-INF/persistence.xml")) {
                        found.put("persistence.xml", true);
                    }
                    if (e.getName().startsWith("db/migration/") && e.getName().endsWith(".sql")) {
                        found.put("migration", true);
                    }
                }
            }
            assertThat(found).as(module).containsOnlyKeys("persistence.xml", "migration").doesNotContainValue(false);
        }
    }

    @Test
    void batchJobsModule_carriesItsJobXmlAndBeanArchiveDescriptor() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream jar = new ZipInputStream(ear.getInputStream(ear.getEntry("batch-jobs.jar")))) {
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("META-INF/beans.xml", "META-INF/batch-jobs/inbox-retention.xml");
    }

    /** The modules declared in ejb-modules/pom.xml: the bounded contexts. */
    private static List<String> contextModules() throws IOException {
        String pom = Files.readString(Path.of("../ejb-modules/pom.xml"));
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1).trim());
        }
        return modules;
    }

    private static List<String> warLibraries() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream war = new ZipInputStream(ear.getInputStream(ear.getEntry("kiorex.war")))) {
            for (ZipEntry e = war.getNextEntry(); e != null; e = war.getNextEntry()) {
                if (e.getName().startsWith("WEB-INF/lib/") && e.getName().endsWith(".jar")) {
                    names.add(e.getName());
                }
            }
        }
        return names;
    }

    private static List<String> entries(ZipFile zip, String prefix) {
        List<String> names = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            if (name.startsWith(prefix) && !name.equals(prefix)) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> texts(String tag) {
        NodeList nodes = application.getElementsByTagNameNS("*", tag);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getTextContent().trim());
        }
        return values;
    }
}
