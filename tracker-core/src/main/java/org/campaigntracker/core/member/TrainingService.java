package org.campaigntracker.core.member;

import java.util.List;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the trainings of one campaign and who attended them; each public method is one transaction. */
public final class TrainingService implements Trainings {

    private final Transactions transactions;

    public TrainingService(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Training add(long campaignId, TrainingDraft draft) {
        return transactions.write(campaignId, tx -> {
            checkAttendees(new MemberRepository(tx.dsl()), campaignId, draft);
            return new TrainingRepository(tx.dsl()).insert(campaignId, draft);
        });
    }

    /** Changes the training; its attendees become exactly those of the draft. */
    @Override
    public Training update(long campaignId, long trainingId, int expectedVersion, TrainingDraft draft) {
        return transactions.write(campaignId, tx -> {
            TrainingRepository repo = new TrainingRepository(tx.dsl());
            repo.training(campaignId, trainingId).orElseThrow(() -> new NotFoundException("training", trainingId));
            checkAttendees(new MemberRepository(tx.dsl()), campaignId, draft);
            return repo.update(campaignId, trainingId, expectedVersion, draft);
        });
    }

    public void delete(long campaignId, long trainingId, int expectedVersion) {
        transactions.writeVoid(campaignId, tx -> new TrainingRepository(tx.dsl()).delete(campaignId, trainingId, expectedVersion));
    }

    @Override
    public Training get(long campaignId, long trainingId) {
        return transactions.read(tx -> new TrainingRepository(tx.dsl()).training(campaignId, trainingId)
                .orElseThrow(() -> new NotFoundException("training", trainingId)));
    }

    @Override
    public List<Training> list(long campaignId) {
        return transactions.read(tx -> new TrainingRepository(tx.dsl()).trainings(campaignId));
    }

    /** The trainings a member attended, oldest first. */
    public List<Training> trainingsOf(long campaignId, long memberId) {
        return transactions.transaction(tx -> {
            requireMember(new MemberRepository(tx.dsl()), campaignId, memberId);
            return new TrainingRepository(tx.dsl()).trainingsOf(campaignId, memberId);
        });
    }

    /** Whether the member attended at least one training, e.g. before joining a meeting with a decision maker. */
    public boolean isTrained(long campaignId, long memberId) {
        return transactions.transaction(tx -> {
            requireMember(new MemberRepository(tx.dsl()), campaignId, memberId);
            return new TrainingRepository(tx.dsl()).attended(campaignId, memberId);
        });
    }

    private static void checkAttendees(MemberRepository members, long campaignId, TrainingDraft draft) {
        if (members.existing(campaignId, draft.attendeeIds()).size() != draft.attendeeIds().size()) {
            throw InvalidInputException.of("attendees", "db.reference");
        }
    }

    private static void requireMember(MemberRepository members, long campaignId, long memberId) {
        if (members.member(campaignId, memberId).isEmpty()) {
            throw new NotFoundException("member", memberId);
        }
    }
}
