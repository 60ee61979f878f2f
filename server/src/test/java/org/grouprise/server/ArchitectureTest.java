package org.grouprise.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The rules of DESIGN.md that code can check. Each rule is built for a root package, so that the same
 * rule runs on the server's main classes and, to show that it can fail at all, on the deliberately
 * broken classes in {@code org.grouprise.archfixture}.
 */
class ArchitectureTest {
    private static final String ROOT = "org.grouprise.server";
    private static final String FIXTURE_ROOT = "org.grouprise.archfixture";
    /** Infrastructure packages; {@code tasks} is neither infrastructure nor feature: it calls any service. */
    private static final List<String> INFRASTRUCTURE = List.of("web", "db", "config", "security", "markdown");
    private static final Set<String> NOT_FEATURES = Set.of("web", "db", "config", "security", "markdown", "tasks");

    private static final JavaClasses SERVER = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
    private static final JavaClasses FIXTURES = new ClassFileImporter()
        .importPackages(FIXTURE_ROOT, "org.grouprise.archconsole");

    @Test
    void infrastructureKnowsNoFeature() {
        infrastructureKnowsNoFeature(ROOT).check(SERVER);
    }

    @Test
    void featuresUseOnlyTheirOwnMappers() {
        mappersStayInTheirFeature(ROOT).check(SERVER);
    }

    @Test
    void nothingIsFoundOrBuiltByReflection() {
        noReflectionOutsideDatabaseAndConfig(ROOT).check(SERVER);
    }

    @Test
    void noContainerOrClasspathScanner() {
        noContainerOrScanner(ROOT).check(SERVER);
    }

    @Test
    void serverSharesOnlyTheModelWithTheConsole() {
        sharesOnlyTheModelWithTheConsole(ROOT).check(SERVER);
    }

    /** Each rule, run on classes that break it, reports them: a rule that cannot fail checks nothing. */
    @Nested
    class RulesCatchViolations {
        @Test
        void infrastructureDependingOnFeatureIsReported() {
            EvaluationResult result = infrastructureKnowsNoFeature(FIXTURE_ROOT).evaluate(FIXTURES);

            assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allMatch(line -> line.contains("FeatureAwareHasher"));
        }

        @Test
        void otherFeaturesMapperIsReported() {
            EvaluationResult result = mappersStayInTheirFeature(FIXTURE_ROOT).evaluate(FIXTURES);

            assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allMatch(line -> line.contains("GroupService"));
        }

        @Test
        void reflectionIsReported() {
            EvaluationResult result = noReflectionOutsideDatabaseAndConfig(FIXTURE_ROOT).evaluate(FIXTURES);

            assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allMatch(line -> line.contains("HandlerScanner"))
                .anyMatch(line -> line.contains("Class.forName"));
        }

        @Test
        void consoleDependencyIsReported() {
            EvaluationResult result = sharesOnlyTheModelWithTheConsole(FIXTURE_ROOT).evaluate(FIXTURES);

            assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allMatch(line -> line.contains("ConsoleAwareService"));
        }
    }

    static ArchRule infrastructureKnowsNoFeature(String root) {
        return noClasses().that(areInSubPackage(root, INFRASTRUCTURE))
            .should().dependOnClassesThat(areInFeature(root))
            .because("infrastructure packages know no feature (DESIGN.md, Inside the server)")
            .allowEmptyShould(true);
    }

    static ArchRule mappersStayInTheirFeature(String root) {
        return classes().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Mapper")
            .should(beUsedOnlyWithinTheirFeatureOrByTheCompositionRoot(root))
            .because("a feature uses another feature only through its service, never its mapper")
            .allowEmptyShould(true);
    }

    static ArchRule noReflectionOutsideDatabaseAndConfig(String root) {
        return noClasses().that().resideInAPackage(root + "..")
            .and().resideOutsideOfPackages(root + ".db..", root + ".config..")
            .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
            .orShould().callMethod(Class.class, "forName", String.class)
            .orShould().dependOnClassesThat().belongToAnyOf(ServiceLoader.class)
            .because("one composition root wires everything by hand with constructors")
            .allowEmptyShould(true);
    }

    static ArchRule noContainerOrScanner(String root) {
        return noClasses().that().resideInAPackage(root + "..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.google.inject..",
                "jakarta.inject..", "javax.inject..", "dagger..", "org.reflections..", "io.github.classgraph..",
                "org.glassfish.hk2..")
            .because("no reflection-driven container, no classpath scanning")
            .allowEmptyShould(true);
    }

    static ArchRule sharesOnlyTheModelWithTheConsole(String root) {
        return noClasses().that().resideInAPackage(root + "..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .orShould().dependOnClassesThat(areGroupriseClassesOutside(root))
            .because("the server and the console share only shared-model (org.grouprise.model)")
            .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> areInSubPackage(String root, List<String> names) {
        return DescribedPredicate.describe("are in " + root + "." + names,
            c -> subPackage(root, c).map(names::contains).orElse(false));
    }

    private static DescribedPredicate<JavaClass> areInFeature(String root) {
        return DescribedPredicate.describe("are in a feature package of " + root,
            c -> subPackage(root, c).map(name -> !NOT_FEATURES.contains(name)).orElse(false));
    }

    private static DescribedPredicate<JavaClass> areGroupriseClassesOutside(String root) {
        return DescribedPredicate.describe("are in org.grouprise but neither in " + root + " nor the model",
            c -> c.getPackageName().startsWith("org.grouprise.")
                && !isIn(c.getPackageName(), root) && !isIn(c.getPackageName(), "org.grouprise.model"));
    }

    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirFeatureOrByTheCompositionRoot(String root) {
        return new ArchCondition<>("be used only within their feature or by the composition root " + root) {
            @Override
            public void check(JavaClass mapper, ConditionEvents events) {
                for (Dependency dependency : mapper.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    boolean allowed = user.getPackageName().equals(root)
                        || subPackage(root, user).equals(subPackage(root, mapper));
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The first package name below the root ({@code accounts} for {@code root.accounts.web}), if any. */
    private static Optional<String> subPackage(String root, JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        return Optional.of(name.substring(root.length() + 1).split("\\.")[0]);
    }

    private static boolean isIn(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }
}
