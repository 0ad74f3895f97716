package org.misibench.jobs.users;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt password hashes in modular-crypt form ({@code $2a$12$…}), made with Elytron's own
 * password library so that the server's jdbc-realm ({@code modular-crypt-mapper}) reads exactly
 * what this writes: the same code on both sides, no second bcrypt implementation to disagree.
 */
public final class PasswordHash {

    /** 2^12 rounds: about 0.2 s per sign-in on this project's 2-core machines, far too slow to guess at. */
    static final int COST = 12;

    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /** The modular-crypt bcrypt hash of {@code password} with a fresh random salt. */
    public static String bcrypt(char[] password) {
        return bcrypt(password, COST);
    }

    static String bcrypt(char[] password, int cost) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword hashed = (BCryptPassword) factory.generatePassword(
                    new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available: " + e.getMessage(), e);
        }
    }

    /** Whether {@code password} matches the modular-crypt {@code hash} (as the server's realm would decide). */
    public static boolean matches(char[] password, String hash) {
        try {
            var stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
            return factory.verify(factory.translate(stored), password);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
