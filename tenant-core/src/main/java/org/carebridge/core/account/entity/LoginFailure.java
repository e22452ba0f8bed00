package org.carebridge.core.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One failed login, kept by username (known or not) so throttling does not reveal which usernames exist. */
@Entity
@Table(name = "cb_login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String username;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    @Column(name = "source_ip", length = 64)
    private String sourceIp;

    protected LoginFailure() {
    }

    public LoginFailure(String username, Instant failedAt, String sourceIp) {
        this.username = username;
        this.failedAt = failedAt;
        this.sourceIp = sourceIp;
    }
}
