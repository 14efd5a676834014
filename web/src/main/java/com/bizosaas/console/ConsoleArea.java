package com.bizosaas.console;

import com.bizosaas.access.RoleSet;

import java.util.List;

/**
 * What a domain adds to the consoles: the pages it owns and who may open them, its entries in the menu, and where
 * its pages used to be. Each domain's console package provides one as a CDI bean; {@link ConsoleAreas} collects them
 * all, so a new domain adds its pages without editing the menu or the guard.
 * <p>
 * Pages are default-deny: a page no area declares is refused to everyone, and only pages declared
 * {@linkplain Pages#open open} (sign-in, an invitation link, public pages) are served to a visitor who is not signed in.
 */
public interface ConsoleArea {

    /** The area's pages — a folder of the webapp or single pages — and who may open them. */
    List<Pages> pages();

    /** The area's entries in the console menu. */
    default List<MenuEntry> menu() {
        return List.of();
    }

    /** Addresses its pages had before (bookmarks keep working: they redirect, with their query). */
    default List<Moved> moved() {
        return List.of();
    }

    /**
     * Pages under {@code path} (a folder ending in '/', or one page), for {@code audience}; a null audience is open to
     * anyone, signed in or not.
     */
    record Pages(String path, RoleSet audience) {

        public static Pages folder(String folder, RoleSet audience) {
            if (!folder.startsWith("/") || !folder.endsWith("/")) {
                throw new IllegalArgumentException("a folder is written /like-this/: " + folder);
            }
            return new Pages(folder, audience);
        }

        public static Pages page(String page, RoleSet audience) {
            return new Pages(page, audience);
        }

        /** Open to visitors who are not signed in. Few pages are: sign-in, an invitation link, public pages. */
        public static Pages open(String path) {
            return new Pages(path, null);
        }

        boolean covers(String servletPath) {
            return path.endsWith("/") ? servletPath.startsWith(path) : servletPath.equals(path);
        }
    }

    /**
     * One entry of the menu, at {@code position} (lower first). {@code outcome} is null while the section is "coming
     * soon". A {@code landing} entry is where its audience arrives after signing in: each user lands on the landing
     * page made for the narrowest audience that includes them.
     */
    record MenuEntry(String label, String icon, String outcome, int position, RoleSet audience, boolean landing) {

        public static MenuEntry of(String label, String icon, String outcome, int position, RoleSet audience) {
            return new MenuEntry(label, icon, outcome, position, audience, false);
        }

        public static MenuEntry comingSoon(String label, String icon, int position, RoleSet audience) {
            return new MenuEntry(label, icon, null, position, audience, false);
        }

        public MenuEntry asLanding() {
            return new MenuEntry(label, icon, outcome, position, audience, true);
        }

        public boolean built() {
            return outcome != null;
        }
    }

    /** A page that moved: {@code from} redirects to {@code to}. */
    record Moved(String from, String to) {
    }
}
