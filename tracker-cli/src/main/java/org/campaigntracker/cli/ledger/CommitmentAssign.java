package org.campaigntracker.cli.ledger;

import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.Commitments;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.member.Member;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker commitment assign <id> <member> | --nobody}: who chases a commitment, under its version. */
@Command(name = "assign", mixinStandardHelpOptions = true)
final class CommitmentAssign extends Action {

    @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "commitment.id")
    long id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<member>", descriptionKey = "commitment.owner")
    String member;

    @Option(names = "--nobody", descriptionKey = "commitment.nobody")
    boolean nobody;

    @Uses
    Commitments commitments;

    CommitmentAssign(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (nobody == (member != null)) {
            throw InvalidInputException.of("member", "either", "--nobody");
        }
        Member owner = member == null ? null : find().member(member);
        Commitment c = commitments.commitment(campaignId(), id);
        commitments.update(campaignId(), id, c.version(), c.toDraft().withOwnerId(owner == null ? null : owner.id()));
        if (owner == null) {
            say("commitment.unassigned", id);
        } else {
            say("commitment.assigned", id, owner.displayName());
        }
        return 0;
    }
}
