/**
 * The consoles' shell, which every domain's pages share: the extension point through which a domain declares its pages
 * and menu entries ({@code ConsoleArea}, gathered by {@code ConsoleAreas}), the menu, paged tables, messages, and
 * small converters. It names no domain.
 */
package com.bizosaas.console;
