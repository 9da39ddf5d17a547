package be.brussels.international.coordination;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The tests' data source, counting every SQL statement prepared through it — Hibernate's and JdbcTemplate's
 * alike (Hibernate's own statistics miss the latter: the search, the timeline, the history), and the connections
 * taken from the pool. When asked, it also records the queries run with their parameters, so that a test can
 * have PostgreSQL explain them.
 * <p>
 * The sessions' own statements (Spring Session's, on {@code spring_session}: reading the session at the start of
 * a request, writing its last access at the end, the minute's clean-up) are counted apart, {@link #sessionCount()}:
 * the same for every page, and run on their own connections. A connection counts once it runs a page's statement.
 */
public final class StatementCounter extends DelegatingDataSource {

    /** A query as it was run: its SQL and the calls that bound its parameters, to be replayed. */
    public record Recorded(String sql, List<Binding> bindings) {
    }

    public record Binding(Method method, Object[] arguments) {
    }

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    /** A statement that writes: an insert, update or delete (the session's read begins with {@code with}). */
    private static final Pattern WRITES = Pattern.compile("\\s*(insert|update|delete)\\b", Pattern.CASE_INSENSITIVE);

    private static final AtomicLong COUNT = new AtomicLong();

    private static final AtomicLong CONNECTIONS = new AtomicLong();

    private static final AtomicLong SESSION_COUNT = new AtomicLong();

    private static final AtomicLong SESSION_WRITES = new AtomicLong();

    private static final List<Recorded> RECORDED = Collections.synchronizedList(new ArrayList<>());

    private static volatile boolean recording;

    StatementCounter(DataSource target) {
        super(target);
    }

    public static void reset() {
        COUNT.set(0);
        CONNECTIONS.set(0);
        SESSION_COUNT.set(0);
        SESSION_WRITES.set(0);
        RECORDED.clear();
    }

    public static long count() {
        return COUNT.get();
    }

    /** The statements of the sessions' store since the last {@link #reset()}. */
    public static long sessionCount() {
        return SESSION_COUNT.get();
    }

    /** Of {@link #sessionCount()}, the statements that write (insert, update, delete). */
    public static long sessionWrites() {
        return SESSION_WRITES.get();
    }

    /**
     * Connections taken from the pool since the last {@link #reset()} that ran a page's statement: one per
     * transaction, or per statement run outside one.
     */
    public static long connections() {
        return CONNECTIONS.get();
    }

    /** Records the queries run from now on (until {@link #stopRecording()}), with their parameters. */
    public static void startRecording() {
        RECORDED.clear();
        recording = true;
    }

    public static List<Recorded> stopRecording() {
        recording = false;
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counting(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counting(super.getConnection(username, password));
    }

    private static Connection counting(Connection connection) {
        AtomicBoolean counted = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (PREPARING.contains(method.getName())) {
                        if (arguments != null && arguments.length > 0 && arguments[0] instanceof String sql
                                && sql.toLowerCase().contains("spring_session")) {
                            SESSION_COUNT.incrementAndGet();
                            if (WRITES.matcher(sql).lookingAt()) {
                                SESSION_WRITES.incrementAndGet();
                            }
                        }
                        else {
                            COUNT.incrementAndGet();
                            if (counted.compareAndSet(false, true)) {
                                CONNECTIONS.incrementAndGet();
                            }
                        }
                    }
                    Object result = invoke(connection, method, arguments);
                    if (recording && method.getName().equals("prepareStatement") && arguments[0] instanceof String sql
                            && sql.stripLeading().toLowerCase().startsWith("select")) {
                        return recordingStatement((PreparedStatement) result, sql);
                    }
                    return result;
                });
    }

    private static PreparedStatement recordingStatement(PreparedStatement statement, String sql) {
        List<Binding> bindings = new ArrayList<>();
        RECORDED.add(new Recorded(sql, bindings));
        return (PreparedStatement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, arguments) -> {
                    if (method.getName().startsWith("set") && arguments != null && arguments.length >= 2
                            && arguments[0] instanceof Integer) {
                        bindings.add(new Binding(method, arguments.clone()));
                    }
                    return invoke(statement, method, arguments);
                });
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        }
        catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
