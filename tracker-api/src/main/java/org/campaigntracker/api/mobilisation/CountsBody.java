package org.campaigntracker.api.mobilisation;

import java.time.LocalDate;

/**
 * The body of {@code POST …/mobilisations/{id}/counts}: one count typed in ({@code on} and {@code count}), or a
 * petition platform's CSV export as text ({@code csv}), imported whole or not at all.
 */
public record CountsBody(LocalDate on, Long count, String csv) {
}
