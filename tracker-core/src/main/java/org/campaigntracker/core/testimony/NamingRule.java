package org.campaigntracker.core.testimony;

/** How the person agreed to be named for one use; each name is the database value in upper case. */
public enum NamingRule {
    ANONYMOUS,
    PSEUDONYM,
    FIRST_NAME,
    FULL_NAME
}
