package org.carebridge.core.account.boundary;

import org.carebridge.core.tenant.entity.TenantKind;

import java.io.Serializable;

/** A tenant an account may enter, as offered at login and in the tenant switch. */
public record TenantChoice(long tenantId, String code, String nameZh, String nameEn, TenantKind kind)
        implements Serializable {

    public String name(java.util.Locale locale) {
        return locale != null && !"zh".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
