package be.brussels.international.coordination.security;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice — and the current one when a person changes theirs ({@code /account/password};
 * not asked on a one-time link). Never shown again on a refusal. The length rules are {@link PasswordPolicy}'s
 * (the form only keeps absurd lengths out).
 */
public class PasswordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 1000)
    private String currentPassword;

    @NotBlank
    @Size(max = 1000)
    private String newPassword;

    @NotBlank
    @Size(max = 1000)
    private String confirmation;

    /** The two typings of the new password differ. */
    boolean isMistyped() {
        return newPassword != null && !newPassword.equals(confirmation);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
