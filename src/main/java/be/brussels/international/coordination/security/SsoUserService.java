package be.brussels.international.coordination.security;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a person the identity provider vouches for into a login of the application: they must have an
 * account here, enabled (leaving the cell disables it, single sign-on or not), and at least one role — from
 * their groups at the provider when {@code coordination.sso.roles} maps them, else the account's own role.
 * Anyone else is refused; the login page says so.
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger LOG = LoggerFactory.getLogger(SsoUserService.class);

    static final String UNKNOWN_ACCOUNT = "unknown_account";

    static final String NO_ROLE = "no_role";

    private final OidcUserService provider = new OidcUserService();

    private final UserAccountRepository accounts;

    private final SsoProperties properties;

    private final SsoClaims claims;

    SsoUserService(UserAccountRepository accounts, SsoProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
        this.claims = new SsoClaims(properties);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        String username = claims.username(vouched.getClaims())
                .orElseThrow(() -> refused(UNKNOWN_ACCOUNT, "no " + properties.usernameClaim() + " claim", null));
        UserAccount account = accounts.findByUsername(username).filter(UserAccount::isEnabled)
                .orElseThrow(() -> refused(UNKNOWN_ACCOUNT, "no enabled account", username));
        Set<Role> roles = properties.rolesFromProvider() ? claims.roles(vouched.getClaims()) : Set.of(account.getRole());
        if (roles.isEmpty()) {
            throw refused(NO_ROLE, "no group of " + properties.rolesClaim() + " mapped to a role", username);
        }
        // The highest role only, as for a form login: the role hierarchy gives the ones below it.
        Role highest = Collections.max(roles);
        return new SsoUser(List.of(new SimpleGrantedAuthority(highest.authority())), vouched.getIdToken(),
                vouched.getUserInfo(), username);
    }

    private static OAuth2AuthenticationException refused(String code, String why, String username) {
        LOG.info("Single sign-on refused for {}: {}", username == null ? "an unnamed person" : username, why);
        return new OAuth2AuthenticationException(new OAuth2Error(code), why);
    }

    /** A person signed in by the identity provider, named as their account in the application. */
    static final class SsoUser extends DefaultOidcUser {

        private final String username;

        SsoUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                String username) {
            super(authorities, idToken, userInfo);
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }
    }
}
