package org.campaigntracker.cli.remote;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.campaigntracker.api.testimony.ConsentRepresentation;
import org.campaigntracker.api.testimony.IdentityRepresentation;
import org.campaigntracker.api.testimony.TestimonyRepresentation;
import org.campaigntracker.api.testimony.WithdrawalBody;
import org.campaigntracker.core.audit.Actor;
import org.campaigntracker.core.audit.AuditTrail;
import org.campaigntracker.core.testimony.ConsentDraft;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.Testimonies;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.TestimonyDraft;
import org.campaigntracker.core.testimony.TestimonyIdentity;

/**
 * Testimonies through the API ({@code …/testimonies}, its consents and the sealed identity). The server audits every
 * one of these requests under the token's owner, so the CLI's own audit records are not written twice.
 */
final class RemoteTestimonies implements Testimonies {

    private final RemoteSession session;

    RemoteTestimonies(RemoteSession session) {
        this.session = session;
    }

    @Override
    public Testimony add(long campaignId, TestimonyDraft draft) {
        return session.api().send("POST", session.path(campaignId, "/testimonies"), TestimonyRepresentation.of(draft),
                null, TestimonyRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Testimony update(long campaignId, long testimonyId, int expectedVersion, TestimonyDraft draft) {
        return session.api().send("PUT", path(campaignId, testimonyId, ""), TestimonyRepresentation.of(draft),
                expectedVersion, TestimonyRepresentation.class).toDomain(campaignId);
    }

    @Override
    public List<Testimony> list(long campaignId) {
        return session.api().list(session.path(campaignId, "/testimonies"), TestimonyRepresentation.class).stream()
                .map(t -> t.toDomain(campaignId)).toList();
    }

    @Override
    public Testimony giveConsent(long campaignId, long testimonyId, ConsentDraft consent) {
        return session.api().send("POST", path(campaignId, testimonyId, "/consents"), ConsentRepresentation.of(consent),
                null, TestimonyRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Testimony withdrawConsent(long campaignId, long testimonyId, ConsentUse use, LocalDate on) {
        return session.api().send("POST", path(campaignId, testimonyId, "/consents/withdrawal"),
                new WithdrawalBody(use == null ? null : use.code(), on), null, TestimonyRepresentation.class)
                .toDomain(campaignId);
    }

    @Override
    public Optional<TestimonyIdentity> identity(long campaignId, long testimonyId) {
        // The API answers 404 both for an unknown testimony and for one without identity: the list tells them apart.
        if (list(campaignId).stream().noneMatch(t -> t.id() == testimonyId)) {
            throw new org.campaigntracker.core.common.NotFoundException("testimony", testimonyId);
        }
        try {
            return Optional.of(session.api().get(path(campaignId, testimonyId, "/identity"),
                    IdentityRepresentation.class).toDomain());
        } catch (RemoteProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void setIdentity(long campaignId, long testimonyId, TestimonyIdentity identity) {
        session.api().send("POST", path(campaignId, testimonyId, "/identity"), IdentityRepresentation.of(identity),
                null, IdentityRepresentation.class);
    }

    private String path(long campaignId, long testimonyId, String rest) {
        return session.path(campaignId, "/testimonies/" + testimonyId + rest);
    }

    /** The server keeps the audit trail of what the API serves; a remote client adds nothing to it. */
    static final class ServerAudits implements AuditTrail {
        @Override
        public void record(Long campaignId, Actor actor, String action, String via, String subject, List<Long> ids) {
            // Recorded by the server's AuditFilter for the request that read or changed the data.
        }
    }
}
