package vn.sotreem.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sotreem.storage.RegisterAccess;
import vn.sotreem.storage.RegisterTransaction;

/**
 * The shape of the code a newcomer relies on: in the window only view-models (classes named
 * {@code …Model}, and the opened register handed from login to the main window) talk to the
 * register, and no class of the program grows past {@value #MAX_LINES} lines.
 */
class CodeShapeTest {

    static final int MAX_LINES = 500;
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.sotreem.ui");
    }

    /** A class whose outermost class is a view-model (its lambdas and nested records included). */
    private static final DescribedPredicate<JavaClass> VIEW_MODEL = new DescribedPredicate<>("a view-model") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass outer = c;
            while (outer.getEnclosingClass().isPresent()) {
                outer = outer.getEnclosingClass().get();
            }
            return outer.getSimpleName().endsWith("Model") || outer.getName().equals("vn.sotreem.ui.shell.OpenedRegister");
        }
    };

    private static final DescribedPredicate<JavaClass> THE_REGISTER = new DescribedPredicate<>(
            "the register (RegisterStore, its operations or a transaction)") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAssignableTo(RegisterAccess.class) || c.isEquivalentTo(RegisterTransaction.class)
                    || c.isAssignableTo(RegisterTransaction.Work.class);
        }
    };

    @Test
    void onlyViewModelsTalkToTheRegister() {
        noClasses().that().resideInAPackage("vn.sotreem.ui..").and(DescribedPredicate.not(VIEW_MODEL))
                .should().dependOnClassesThat(THE_REGISTER)
                .because("views, panes and dialogs hold a view-model, which reads and writes off the JavaFX thread")
                .check(classes);
    }

    @Test
    void noClassOfTheProgramIsLongerThanFiveHundredLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(CodeShapeTest::tooLong)
                    .map(f -> f + " (" + lines(f) + ")").sorted().toList();
        }
        assertEquals(List.of(), tooLong, "split these by responsibility");
    }

    private static boolean tooLong(Path file) {
        return lines(file) > MAX_LINES;
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
