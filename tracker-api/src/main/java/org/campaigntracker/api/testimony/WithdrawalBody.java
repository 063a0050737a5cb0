package org.campaigntracker.api.testimony;

import java.time.LocalDate;

/** Withdraws every consent for one use, from {@code withdrawnOn} (default: today). */
public record WithdrawalBody(String use, LocalDate withdrawnOn) {
}
