package be.brussels.international.coordination.shared;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.query.sqm.produce.function.StandardFunctionArgumentTypeResolvers;
import org.hibernate.type.StandardBasicTypes;

/**
 * The SQL functions of our migrations that queries call, registered with Hibernate (through
 * {@code META-INF/services}) so that queries call them by name and their parameters take the type of the
 * other arguments.
 *
 * <p>Write parameters <em>before</em> the columns in these calls, {@code period_overlaps(:from, :to,
 * v.startsOn, v.endsOn)}: HQL lets the last argument of a function take a list of values (varargs), and a
 * query with such a parameter is translated to SQL again on every execution (measured: about a tenth of the
 * home page's time went to that). For the same reason lists of ids are passed as one array,
 * {@code is_one_of(:ids, p.id)}, not {@code p.id in :ids}; and not Hibernate's {@code array_contains(:ids, p.id)},
 * which no index serves (at ten times the cell's data the partners list read all 3 000 dossiers for it).
 */
public class QueryFunctions implements FunctionContributor {

    /**
     * An SQL expression's sort key ({@code sort_key} in queries, for SQL written by hand): without its accents, in lower
     * case, compared character by character ({@link Languages#NAMES} in memory).
     */
    public static String sortKey(String expression) {
        return "(lower(f_unaccent(" + expression + ")) collate \"C\")";
    }

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        // period_overlaps(from, to, starts, ends): the days [from, to] and [starts, ends] meet (V16: a GiST
        // index on daterange(starts_on, ends_on) serves it, the && of the inlined function being symmetric).
        contributions.getFunctionRegistry().namedDescriptorBuilder("period_overlaps")
                .setExactArgumentCount(4)
                .setInvariantType(contributions.getTypeConfiguration().getBasicTypeRegistry()
                        .resolve(StandardBasicTypes.BOOLEAN))
                .setArgumentTypeResolver(StandardFunctionArgumentTypeResolvers.ARGUMENT_OR_IMPLIED_RESULT_TYPE)
                .register();
        // is_one_of(:ids, v.partner.id): the id is one of the array's, written "id = any(ids)", which an index
        // on the column serves (array_contains writes "ids @> array[id]", which none does).
        contributions.getFunctionRegistry().patternDescriptorBuilder("is_one_of", "(?2 = any(?1))")
                .setExactArgumentCount(2)
                .setInvariantType(contributions.getTypeConfiguration().getBasicTypeRegistry()
                        .resolve(StandardBasicTypes.BOOLEAN))
                .register();
        // sort_key(name): the name as lists order names — without its accents, in lower case (as partners'
        // sort_name_* columns, V1) — so that « Évrard » comes among the E and « de Wilde » among the D whatever
        // collation the database was created with (in C or C.UTF-8, the usual, both came after Z).
        contributions.getFunctionRegistry().patternDescriptorBuilder("sort_key", sortKey("?1"))
                .setExactArgumentCount(1)
                .setInvariantType(contributions.getTypeConfiguration().getBasicTypeRegistry()
                        .resolve(StandardBasicTypes.STRING))
                .register();
    }
}
