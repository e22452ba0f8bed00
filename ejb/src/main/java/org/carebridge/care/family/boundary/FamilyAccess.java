package org.carebridge.care.family.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.carebridge.care.family.control.AttemptLimits;
import org.carebridge.care.family.control.FamilyGuard;
import org.carebridge.care.family.control.FamilyWork;
import org.carebridge.care.family.control.OneTimeCode;
import org.carebridge.care.family.control.Sms;
import org.carebridge.care.family.entity.ReportKind;
import org.carebridge.config.Settings;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.core.tenant.entity.TenantStatus;
import org.carebridge.core.value.MobileNumber;
import org.carebridge.core.value.PersonName;
import org.carebridge.core.value.ResidentId;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The family status check, without a staff login, in three steps. It must never let a stranger learn
 * that a child exists:
 * <ol>
 * <li>{@link #request}: the application reference (or the child's resident ID) and the child's name.
 * Whether or not they match, the answer is the same — a {@link Pending} to keep in the session — and
 * takes at least {@value #FLOOR_MILLIS} ms; when they match, a code goes to the guardian's mobile on
 * file. Limits per client address, per target and overall hold first (a challenge after a few
 * attempts, refusal beyond the limit), and the guardian is warned by text of repeated attempts on the
 * child's reference or ID — a wrong name counts as one — once per window.</li>
 * <li>{@link #verify}: the six-digit code (ten minutes, once, five tries) opens a {@link FamilyPass}
 * for that child only, for the configured minutes; a decoy fails like a wrong code.</li>
 * <li>{@link #status} and {@link #report}: what the family may see, and a change for the district.</li>
 * </ol>
 * Each district's work runs in a transaction of its own bound to it ({@link FamilyWork}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FamilyAccess {

    /** No first step answers sooner than this, match or not. */
    public static final long FLOOR_MILLIS = 700;

    private static final Pattern REFERENCE = Pattern.compile("SQ\\d{6}[A-HJ-NP-Z2-9]{6}");
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    FamilyGuard guard;

    @Inject
    FamilyWork work;

    @Inject
    Sms sms;

    @Inject
    Settings settings;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    /** Whether the page can work at all (a way to send codes exists). */
    public boolean available() {
        return sms.available();
    }

    /**
     * Step 1. Format errors (neither a reference nor a valid resident ID, or a name that is not a name)
     * are said at once: they tell nothing about the register. {@code family.challenge.required} asks for
     * the challenge first; {@code family.limited} refuses for a while.
     */
    public Pending request(String referenceOrId, String childName, String client, boolean challengeSolved) {
        long start = System.nanoTime();
        if (!available()) {
            throw new ConflictException("family.unavailable");
        }
        String typed = referenceOrId == null ? "" : referenceOrId.strip().toUpperCase(Locale.ROOT);
        String reference = REFERENCE.matcher(typed).matches() ? typed : null;
        ResidentId residentId = null;
        String name;
        try {
            if (reference == null) {
                residentId = ResidentId.of(typed);
            }
            name = PersonName.of(childName == null ? "" : childName).value();
        } catch (BusinessException e) {
            throw new ValidationException("family.lookup.format");
        }
        String target = FamilyGuard.target(typed);
        Instant now = Instant.now();
        AttemptLimits.Decision decision = guard.limits().check(client, target, now);
        if (decision == AttemptLimits.Decision.REFUSED) {
            audit.recordAlways("anonymous", null, "FAMILY_LOOKUP_REFUSED", "limit reached; from " + client);
            throw new ConflictException("family.limited");
        }
        if (decision == AttemptLimits.Decision.CHALLENGE && !challengeSolved) {
            throw new ValidationException("family.challenge.required");
        }
        guard.limits().count(client, target, now);
        Pending pending = null;
        for (Long tenantId : districts()) {
            try (CallContext.Scope ignored = CallContext.open(tenantId, "family", client)) {
                FamilyWork.Found found = work.match(reference, residentId, name);
                if (found == null) {
                    continue;
                }
                long childId = found.childId();
                FamilyWork.Issued issued = found.nameMatches() ? work.issue(childId, client, guard.secret()) : null;
                if (!found.nameMatches()) {
                    work.wrongName(childId, client);
                }
                if (issued != null) {
                    sms.send(issued.mobile(), "【儿童关爱协作平台】您的查询验证码为 " + issued.code() + "，" + OneTimeCode.VALID_MINUTES
                            + " 分钟内有效，请勿告诉他人。");
                    pending = new Pending(tenantId, issued.challengeId(), now);
                }
                if (guard.limits().attemptsOn(target, now) >= settings.familyChallengeAfter()
                        && guard.warnNow(target, now)) {
                    MobileNumber guardian = work.guardianOf(childId);
                    if (guardian != null) {
                        sms.send(guardian, "【儿童关爱协作平台】近期有人多次尝试查询您家孩子的救助信息。如非您本人操作，请联系街道（乡镇）儿童督导员。");
                    }
                }
                break;
            }
        }
        if (pending == null) {
            audit.recordAlways("anonymous", null, "FAMILY_LOOKUP", "no code sent; from " + client);
            pending = new Pending(null, RANDOM.nextLong(), now);
        }
        pad(start, FLOOR_MILLIS);
        return pending;
    }

    /**
     * Step 2: the code, with the tries already made in this session. Expired ({@code family.code.expired})
     * and locked ({@code family.code.locked}) are judged from the pending step, alike for decoys; any
     * other failure is {@code family.code.wrong}.
     */
    public FamilyPass verify(Pending pending, int triesSoFar, String code, String client) {
        long start = System.nanoTime();
        String c = code == null ? "" : code.strip();
        if (pending == null || !CODE.matcher(c).matches()) {
            throw new ValidationException("family.code.format");
        }
        if (!Instant.now().isBefore(pending.issuedAt().plus(OneTimeCode.VALIDITY))) {
            throw new ValidationException("family.code.expired");
        }
        if (triesSoFar >= OneTimeCode.MAX_TRIES) {
            throw new ValidationException("family.code.locked");
        }
        OneTimeCode.Outcome outcome = OneTimeCode.Outcome.WRONG;
        long childId = -1;
        if (!pending.decoy()) {
            try (CallContext.Scope ignored = CallContext.open(pending.tenantId(), "family", client)) {
                FamilyWork.Judged judged = work.attempt(pending.challengeId(), c, guard.secret(), client);
                outcome = judged.outcome();
                childId = judged.childId();
            }
        }
        pad(start, 200);
        if (outcome == OneTimeCode.Outcome.LOCKED) {
            throw new ValidationException("family.code.locked");
        }
        if (outcome != OneTimeCode.Outcome.ACCEPTED) {
            throw new ValidationException("family.code.wrong");
        }
        return new FamilyPass(pending.tenantId(), childId, Instant.now().plus(settings.familySession()));
    }

    /** Step 3: the child's status, while the pass lasts. */
    public FamilyStatusView status(FamilyPass pass, String client) {
        try (CallContext.Scope ignored = CallContext.open(live(pass).tenantId(), "family", client)) {
            return work.status(pass.childId(), pass.expiresAt(), client);
        }
    }

    /** A change the family reports: a task for the district, not an edit of the record. */
    public void report(FamilyPass pass, ReportKind what, String detail, String client) {
        try (CallContext.Scope ignored = CallContext.open(live(pass).tenantId(), "family", client)) {
            work.report(pass.childId(), what, detail, client);
        }
    }

    private static FamilyPass live(FamilyPass pass) {
        if (pass == null || !Instant.now().isBefore(pass.expiresAt())) {
            throw new ConflictException("family.session.expired");
        }
        return pass;
    }

    private List<Long> districts() {
        return data.shared().createQuery("select t.id from Tenant t where t.kind = :k and t.status = :s order by t.id",
                Long.class).setParameter("k", TenantKind.DISTRICT).setParameter("s", TenantStatus.ACTIVE).getResultList();
    }

    private static void pad(long startNanos, long floorMillis) {
        long left = floorMillis - (System.nanoTime() - startNanos) / 1_000_000;
        if (left > 0) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
