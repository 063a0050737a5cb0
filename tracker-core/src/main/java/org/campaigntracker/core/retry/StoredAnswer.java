package org.campaigntracker.core.retry;

/**
 * An answer as the front door will send it again: its status and an opaque text it knows how to read back (for the
 * API, the headers and body of the HTTP answer). {@code replayed} says it comes from an earlier request.
 */
public record StoredAnswer(int status, String text, boolean replayed) {

    /** Whether the answer is worth keeping: only successes are; a refusal wrote nothing and may be sent again. */
    public boolean kept() {
        return status >= 200 && status <= 299;
    }
}
