package be.brussels.international.coordination;

import be.brussels.international.coordination.shared.AuditRevision;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** Every change is audited: an entity added later without {@code @Audited} fails the build. */
class AuditCoverageTests {

    @Test
    void everyEntityIsAudited() {
        JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackagesOf(CoordinationApplication.class);
        classes().that().areAnnotatedWith(Entity.class).and().doNotHaveFullyQualifiedName(AuditRevision.class.getName())
                .should().beAnnotatedWith(Audited.class).check(application);
    }
}
