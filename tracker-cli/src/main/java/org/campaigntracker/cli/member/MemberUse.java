package org.campaigntracker.cli.member;

import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.core.member.Member;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tracker member use <name>}: who uses the CLI here, so {@code --mine} knows whose tasks to list. */
@Command(name = "use", mixinStandardHelpOptions = true)
final class MemberUse extends Action {

    @Parameters(index = "0", paramLabel = "<member>", descriptionKey = "member.query")
    String query;

    MemberUse(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Member m = find().member(query);
        context.saveMember(m.displayName());
        say("member.used", m.displayName());
        return 0;
    }
}
