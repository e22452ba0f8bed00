package org.carebridge.web.family;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.carebridge.care.family.boundary.FamilyPass;
import org.carebridge.care.family.boundary.Pending;
import org.carebridge.care.family.control.OneTimeCode;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * What a family's browser session remembers, and nothing more: the step reached (the pending code
 * check and the tries made on it, or the pass that opens the status), and the arithmetic question to
 * answer before the next look-up once the portal asked for one. What was typed is never kept.
 */
@Named
@SessionScoped
public class FamilySession implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sum to work out ("7 + 5 = ?"): asked before a look-up once there were several from this client. */
    public record Sum(int a, int b) implements Serializable {

        static Sum next() {
            return new Sum(2 + RANDOM.nextInt(8), 1 + RANDOM.nextInt(9));
        }

        boolean answeredBy(String typed) {
            return typed != null && typed.strip().equals(String.valueOf(a + b));
        }
    }

    private Pending pending;
    private int tries;
    private FamilyPass pass;
    private Sum sum;
    private boolean challenged;

    /** 1: details, 2: the code, 3: the status. */
    public int getStep() {
        return pass != null ? 3 : pending != null ? 2 : 1;
    }

    public Sum getSum() {
        return sum;
    }

    public int getTries() {
        return tries;
    }

    public int getTriesLeft() {
        return Math.max(0, OneTimeCode.MAX_TRIES - tries);
    }

    public FamilyPass getPass() {
        return pass;
    }

    Pending pending() {
        return pending;
    }

    /** A new question; each one answers for a single look-up. From now on every look-up asks one. */
    void ask() {
        sum = Sum.next();
        challenged = true;
    }

    /** Step 1 is about to be shown: once the portal asked for a question in this session, it shows one each time. */
    void askAgainIfChallenged() {
        if (challenged && sum == null) {
            sum = Sum.next();
        }
    }

    /** Whether the question shown was answered right; it is used up either way. */
    boolean answered(String typed) {
        boolean right = sum != null && sum.answeredBy(typed);
        sum = null;
        return right;
    }

    boolean asking() {
        return sum != null;
    }

    void codeRequested(Pending p) {
        pending = p;
        tries = 0;
        pass = null;
    }

    /** Counts a wrong code; true when no try is left. */
    boolean wrongCode() {
        tries++;
        return tries >= OneTimeCode.MAX_TRIES;
    }

    void opened(FamilyPass p) {
        pass = p;
        pending = null;
        tries = 0;
    }

    /** The pass is over (the status must not be shown again without a new code). */
    boolean passOver(Instant now) {
        return pass != null && !now.isBefore(pass.expiresAt());
    }

    /** Back to step 1, forgetting the child (a question asked stays asked). */
    void reset() {
        pending = null;
        tries = 0;
        pass = null;
    }
}
