package be.brussels.international.coordination.security;

import be.brussels.international.coordination.shared.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How what a session holds is written to PostgreSQL and read back (Java serialization, as Spring Session does), with
 * one difference: a value that can no longer be read — written by another version of the application during a
 * rolling upgrade, a class changed incompatibly — is read as absent, never as an error. The reader then finds
 * themselves logged out, or a refused form's message gone, rather than an error on every page until the session
 * expires. Every class kept in sessions declares its serialVersionUID, so that compatible changes (a field added)
 * read as before.
 * <p>
 * Two requests of one session may add the same value at once (the first page after a login opened in several tabs:
 * each creates the session's CSRF token). Spring Session inserts it from each, and the second insert broke the unique
 * key: an error page. Here the second replaces the first, and a value for a session ended meanwhile is dropped.
 * <p>
 * A session is read with the version of the data at that moment ({@link DataVersion}), one more row of the same
 * statement, seen as the session's value {@link DataVersion#SESSION_ATTRIBUTE} (never written back: nothing sets
 * it). A page kept in memory is thus checked against the data without a statement of its own.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributes {

    private static final Logger LOG = LoggerFactory.getLogger(SessionAttributes.class);

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> unreadableSessionValuesAreAbsent() {
        DeserializingConverter reader = new DeserializingConverter(SessionAttributes.class.getClassLoader());
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            Long dataVersion = DataVersion.read(bytes);
            if (dataVersion != null) {
                return dataVersion;
            }
            try {
                return reader.convert(bytes);
            }
            catch (SerializationFailedException unreadable) {
                LOG.warn("A session value could not be read (another version of the application wrote it?): "
                        + "read as absent. {}", unreadable.getMostSpecificCause().toString());
                return null;
            }
        });
        return repository -> {
            repository.setConversionService(conversions);
            repository.setCreateSessionAttributeQuery(ADD_OR_REPLACE);
            repository.setGetSessionQuery(WITH_DATA_VERSION);
        };
    }

    /** Spring Session's insert of a session's value (same parameters), replacing one added meanwhile. */
    static final String ADD_OR_REPLACE = """
            insert into %TABLE_NAME%_attributes (session_primary_id, attribute_name, attribute_bytes)
            select s.primary_id, value.name, value.bytes
            from (values (cast(? as char(36)), cast(? as varchar(200)), cast(? as bytea))) as value (id, name, bytes)
            join %TABLE_NAME% s on s.primary_id = value.id
            on conflict (session_primary_id, attribute_name) do update set attribute_bytes = excluded.attribute_bytes
            """;

    /**
     * Spring Session's read of a session (same parameter, same columns), with one more row: the data's version, as
     * a value of the session. A value stored under that name, were there one, is not read.
     */
    static final String WITH_DATA_VERSION = """
            with s as (
                select primary_id, session_id, creation_time, last_access_time, max_inactive_interval
                from %TABLE_NAME% where session_id = ?
            )
            select s.*, sa.attribute_name, sa.attribute_bytes
            from s left join %TABLE_NAME%_attributes sa
                on sa.session_primary_id = s.primary_id and sa.attribute_name <> '{name}'
            union all
            select s.*, '{name}', {value} from s
            """.replace("{name}", DataVersion.SESSION_ATTRIBUTE).replace("{value}", DataVersion.SQL_VALUE);
}
