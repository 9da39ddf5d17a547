package be.brussels.international.coordination.security;

import java.io.Serializable;

import jakarta.validation.constraints.NotNull;

/** An account's new role, with the version of the account the administrator saw. */
public class RoleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Role role;

    private long version = -1;

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
