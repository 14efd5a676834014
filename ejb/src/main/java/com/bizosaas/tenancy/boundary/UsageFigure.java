package com.bizosaas.tenancy.boundary;

import java.util.Map;

/**
 * One figure of an organisation's use of its tier: a card on the tenant administrator's page ({@code title},
 * {@code text}, an optional {@code note} and a link to the page that explains it) and the fields it adds to
 * {@code GET /api/v1/usage}. Cards are shown by {@code position}, lower first.
 */
public record UsageFigure(int position, String title, String text, String note, String link, String linkLabel,
                          Map<String, Object> fields) {

    public static UsageFigure of(int position, String title, String text, String note, Map<String, Object> fields) {
        return new UsageFigure(position, title, text, note, null, null, fields);
    }

    public UsageFigure linkedTo(String outcome, String label) {
        return new UsageFigure(position, title, text, note, outcome, label, fields);
    }
}
