package org.carebridge.web.family;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.carebridge.care.family.boundary.FamilyAccess;
import org.carebridge.care.family.boundary.FamilyPass;
import org.carebridge.care.family.boundary.FamilyStatusView;
import org.carebridge.care.family.boundary.Pending;
import org.carebridge.care.family.control.ClientAddress;
import org.carebridge.care.family.entity.FamilyReport;
import org.carebridge.care.family.entity.ReportKind;
import org.carebridge.config.Settings;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The family status page ({@code /family.xhtml}): posts of its three forms, translated to {@link FamilyAccess}
 * calls, and the status read for the page once per request. What is typed lives only for the request.
 * Step 1 always leads to step 2, matched or not; a wrong code, the code's expiry and the end of the
 * pass are told in words and lead back to step 1.
 */
@Named
@RequestScoped
public class FamilyPage {

    public static final String CHALLENGE_REQUIRED = "family.challenge.required";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(LocalDates.CHINA);

    @Inject
    FamilyAccess access;

    @Inject
    FamilySession session;

    @Inject
    Settings settings;

    @Inject
    FacesContext faces;

    private String reference;
    private String childName;
    private String answer;
    private String code;
    private ReportKind kind;
    private String detail;
    private FamilyStatusView status;
    private Boolean available;

    /** Before every rendering: a pass that ran out ends here; step 3 reads the status (audited) once. */
    public void prepare() {
        if (session.passOver(Instant.now())) {
            session.reset();
            Messages.info("family.session.expired");
        }
        if (session.getStep() == 1) {
            session.askAgainIfChallenged();
        } else if (session.getStep() == 3 && status == null) {
            try {
                status = access.status(session.getPass(), client());
            } catch (ConflictException e) {
                session.reset();
                session.askAgainIfChallenged();
                Messages.info(e.messageKey());
            }
        }
    }

    /** Step 1: the answer is the same whether the details match or not (step 2), unless a rule says no first. */
    public void lookup() {
        boolean solved = false;
        if (session.asking()) {
            solved = session.answered(answer);
            answer = null;
            if (!solved) {
                session.ask();
                Messages.error("family.challenge.wrong");
                return;
            }
        }
        try {
            Pending pending = access.request(reference, childName, client(), solved);
            session.codeRequested(pending);
            reference = null;
            childName = null;
        } catch (BusinessException e) {
            if (CHALLENGE_REQUIRED.equals(e.messageKey())) {
                session.ask();
                Messages.info(CHALLENGE_REQUIRED);
            } else {
                Messages.error(e);
            }
        }
    }

    /** Step 2: the code; five tries, then (or once it expired) back to step 1. */
    public void verify() {
        Pending pending = session.pending();
        if (pending == null) {
            return;
        }
        try {
            FamilyPass pass = access.verify(pending, session.getTries(), code, client());
            session.opened(pass);
            // The session now opens a child's status: a new id, so one fixed before cannot follow it.
            ((HttpServletRequest) faces.getExternalContext().getRequest()).changeSessionId();
        } catch (BusinessException e) {
            switch (e.messageKey()) {
                case "family.code.wrong" -> {
                    if (session.wrongCode()) {
                        session.reset();
                        Messages.error("family.code.locked");
                    } else {
                        Messages.error(e);
                    }
                }
                case "family.code.expired", "family.code.locked" -> {
                    session.reset();
                    Messages.error(e);
                }
                default -> Messages.error(e);
            }
        } finally {
            code = null;
        }
    }

    /** Back to step 1 from step 2 (details mistyped, no text received). */
    public void restart() {
        session.reset();
    }

    /** Step 3: a change for the district (a task for its staff, not an edit of the record). */
    public void report() {
        try {
            access.report(session.getPass(), kind, detail, client());
            kind = null;
            detail = null;
            Messages.info("family.report.sent");
        } catch (ConflictException e) {
            if ("family.session.expired".equals(e.messageKey())) {
                session.reset();
            }
            Messages.error(e);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Ends the visit: the session forgets the child at once. */
    public void end() {
        session.reset();
        Messages.info("family.ended");
    }

    /** Whether codes can be sent at all (in production without an SMS gateway the page says it is unavailable). */
    public boolean isAvailable() {
        if (available == null) {
            available = access.available();
        }
        return available;
    }

    public FamilyStatusView getStatus() {
        return status;
    }

    /** When the pass ends, as hours and minutes in Beijing time. */
    public String getEndsAt() {
        FamilyPass pass = session.getPass();
        return pass == null ? "" : TIME.format(pass.expiresAt());
    }

    /** Seconds until the pass ends (the page reloads then, and says the session is over). */
    public long getSecondsLeft() {
        FamilyPass pass = session.getPass();
        return pass == null ? 0 : Math.max(1, Duration.between(Instant.now(), pass.expiresAt()).toSeconds() + 2);
    }

    public ReportKind[] getKinds() {
        return ReportKind.values();
    }

    public int getDetailMax() {
        return FamilyReport.MAX_LENGTH;
    }

    private String client() {
        HttpServletRequest r = (HttpServletRequest) faces.getExternalContext().getRequest();
        return ClientAddress.resolve(r.getRemoteAddr(), r.getHeader("X-Forwarded-For"), settings.trustedProxies());
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
