package com.bizosaas.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten, each 12 characters of an alphabet without look-alikes (59 random bits), written in three
 * groups of four. Being random and long, a plain SHA-256 of each is what is kept; a slow hash would add nothing that
 * 59 bits do not already give, and would make every sign-in with a code pay for ten of them.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    /** Lower-case letters and digits but i, l, o, 0 and 1, which people misread. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 12; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** Whether what someone typed has the shape of a recovery code rather than of an app's six digits. */
    public static boolean looksLikeOne(String typed) {
        return typed != null && normalise(typed).length() == 12;
    }

    /** The hash kept for a code, from the code as typed: case, spaces and dashes do not matter. */
    public static String hash(String typed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(typed).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String typed) {
        return typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
