package be.brussels.international.coordination;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The tests' data source, counting every SQL statement prepared through it — Hibernate's and JdbcTemplate's
 * alike (Hibernate's own statistics miss the latter: the search, the timeline, the history).
 */
public final class StatementCounter extends DelegatingDataSource {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    private static final AtomicLong COUNT = new AtomicLong();

    StatementCounter(DataSource target) {
        super(target);
    }

    public static void reset() {
        COUNT.set(0);
    }

    public static long count() {
        return COUNT.get();
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
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (PREPARING.contains(method.getName())) {
                        COUNT.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, arguments);
                    }
                    catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
