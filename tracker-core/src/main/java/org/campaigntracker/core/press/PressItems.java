package org.campaigntracker.core.press;

import java.util.List;

/**
 * What a front door asks of the press coverage log: {@link PressService} answers over the database, the CLI's remote
 * mode over the HTTP API.
 */
public interface PressItems {

    PressItem add(long campaignId, PressItemDraft draft);

    PressItem get(long campaignId, long pressItemId);

    List<PressItem> list(long campaignId, PressFilter filter);
}
