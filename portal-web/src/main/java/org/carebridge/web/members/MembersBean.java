package org.carebridge.web.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.account.boundary.Invitation;
import org.carebridge.core.account.boundary.MemberView;
import org.carebridge.core.account.boundary.Members;
import org.carebridge.core.account.entity.Role;
import org.carebridge.core.tenant.boundary.Tenants;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The members page of a tenant administrator: invite, change roles, remove, second-factor policy. */
@Named
@ViewScoped
public class MembersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Members members;

    @Inject
    Tenants tenants;

    private PagedModel<MemberView> model;
    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private String issuedPassword;
    private Long editingId;
    private List<String> editingRoles = new ArrayList<>();
    private List<String> mfaRoles;

    public PagedModel<MemberView> getModel() {
        if (model == null) {
            model = new PagedModel<>((offset, limit) -> members.page(offset, limit));
        }
        return model;
    }

    public void invite() {
        Invitation inv = members.invite(username, displayName, set(roles));
        issuedPassword = inv.temporaryPassword();
        if (issuedPassword == null) {
            Messages.info("members.added.existing", inv.member().username());
        } else {
            Messages.info("members.added.new", inv.member().username());
        }
        username = null;
        displayName = null;
        roles = new ArrayList<>();
    }

    public void startEdit(long membershipId) {
        MemberView m = members.find(membershipId);
        editingId = m.membershipId();
        editingRoles = m.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    public void saveRoles() {
        members.changeRoles(editingId, set(editingRoles));
        editingId = null;
        Messages.info("common.saved");
    }

    public void remove(long membershipId) {
        members.remove(membershipId);
        Messages.info("members.removed");
    }

    public List<String> getMfaRoles() {
        if (mfaRoles == null) {
            mfaRoles = tenants.secondFactorRoles().stream().map(Enum::name)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
        return mfaRoles;
    }

    public void setMfaRoles(List<String> roles) {
        this.mfaRoles = roles;
    }

    public void saveMfaRoles() {
        tenants.requireSecondFactorFor(set(mfaRoles));
        Messages.info("common.saved");
    }

    /** Roles ticked in a form; the names come from our own checkbox items, so valueOf cannot see anything else. */
    private static Set<Role> set(List<String> names) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> result.add(Role.valueOf(n)));
        }
        return result;
    }

    public Role[] getGrantableRoles() {
        return Role.grantable().toArray(Role[]::new);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getIssuedPassword() {
        return issuedPassword;
    }

    public Long getEditingId() {
        return editingId;
    }

    public List<String> getEditingRoles() {
        return editingRoles;
    }

    public void setEditingRoles(List<String> editingRoles) {
        this.editingRoles = editingRoles;
    }
}
