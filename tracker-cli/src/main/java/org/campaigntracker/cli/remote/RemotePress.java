package org.campaigntracker.cli.remote;

import java.util.List;
import org.campaigntracker.api.outreach.OutreachRepresentation;
import org.campaigntracker.api.press.PressItemRepresentation;
import org.campaigntracker.core.outreach.Outreach;
import org.campaigntracker.core.outreach.OutreachCoverage;
import org.campaigntracker.core.outreach.OutreachDraft;
import org.campaigntracker.core.outreach.Outreaches;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.press.PressItemDraft;
import org.campaigntracker.core.press.PressItems;

/** The press log ({@code …/press-items}) and the sends that led to it ({@code …/outreach}) through the API. */
final class RemotePress {

    private RemotePress() {
    }

    static final class Items implements PressItems {
        private final RemoteSession session;

        Items(RemoteSession session) {
            this.session = session;
        }

        @Override
        public PressItem add(long campaignId, PressItemDraft draft) {
            return session.api().send("POST", session.path(campaignId, "/press-items"),
                    PressItemRepresentation.of(draft), null, PressItemRepresentation.class).toDomain(campaignId);
        }

        @Override
        public PressItem get(long campaignId, long pressItemId) {
            return session.api().get(session.path(campaignId, "/press-items/" + pressItemId),
                    PressItemRepresentation.class).toDomain(campaignId);
        }

        @Override
        public List<PressItem> list(long campaignId, PressFilter f) {
            Query q = new Query().add("theme", f.themeId()).add("demand", f.demandId())
                    .add("stakeholder", f.quotedStakeholderId()).add("kind", f.medium() == null ? null
                            : f.medium().code()).add("from", f.from()).add("to", f.to());
            return session.api().list(session.path(campaignId, "/press-items" + q), PressItemRepresentation.class)
                    .stream().map(p -> p.toDomain(campaignId)).toList();
        }
    }

    static final class Sends implements Outreaches {
        private final RemoteSession session;

        Sends(RemoteSession session) {
            this.session = session;
        }

        @Override
        public Outreach add(long campaignId, OutreachDraft draft) {
            return session.api().send("POST", session.path(campaignId, "/outreach"), OutreachRepresentation.of(draft),
                    null, OutreachRepresentation.class).toDomain(campaignId).outreach();
        }

        @Override
        public Outreach update(long campaignId, long id, int expectedVersion, OutreachDraft draft) {
            return session.api().send("PUT", session.path(campaignId, "/outreach/" + id),
                    OutreachRepresentation.of(draft), expectedVersion, OutreachRepresentation.class)
                    .toDomain(campaignId).outreach();
        }

        @Override
        public List<Outreach> list(long campaignId) {
            return coverage(campaignId).stream().map(OutreachCoverage::outreach).toList();
        }

        @Override
        public void linkPressItem(long campaignId, long pressItemId, Long outreachId) {
            // The API links an item to a send; taking the link away is a PUT of the press item without outreachId.
            java.util.Objects.requireNonNull(outreachId, "outreachId");
            session.api().send("POST", session.path(campaignId, "/outreach/" + outreachId + "/press-items"),
                    new OutreachRepresentation.Link(pressItemId), null, OutreachRepresentation.class);
        }

        @Override
        public List<OutreachCoverage> coverage(long campaignId) {
            return session.api().list(session.path(campaignId, "/outreach"), OutreachRepresentation.class).stream()
                    .map(o -> o.toDomain(campaignId)).toList();
        }
    }
}
