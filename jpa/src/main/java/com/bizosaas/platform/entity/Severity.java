package com.bizosaas.platform.entity;

/** How loudly an announcement speaks on the status page. */
public enum Severity {
    INFO, WARNING, CRITICAL
}
