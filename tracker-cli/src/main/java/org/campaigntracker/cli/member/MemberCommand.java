package org.campaigntracker.cli.member;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.access.Tokens;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberDraft;
import org.campaigntracker.core.member.MemberKind;
import org.campaigntracker.core.member.Members;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker member add|list|show|edit|leave}: the coalition's people, who hold tokens and attend trainings. */
@Command(name = "member", mixinStandardHelpOptions = true,
        subcommands = {MemberCommand.Add.class, MemberCommand.ListMembers.class, MemberCommand.Show.class,
                MemberCommand.Edit.class, MemberCommand.Leave.class, MemberUse.class})
public final class MemberCommand {

    @Mixin
    GlobalOptions global;

    static final class Kinds extends WireEnum<MemberKind> {
        Kinds() {
            super(MemberKind.class);
        }
    }

    static final List<String> COLUMNS = List.of("id", "name", "kind", "organisation", "language", "left");

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "<name>", descriptionKey = "member.name")
        String name;

        @Option(names = "--kind", required = true, converter = Kinds.class, completionCandidates = Kinds.class,
                descriptionKey = "member.kind")
        MemberKind kind;

        @Option(names = {"--organisation", "--org"}, paramLabel = "<organisation>", descriptionKey = "member.organisation")
        String organisation;

        @Option(names = "--language", paramLabel = "en|fr", descriptionKey = "member.language")
        String language;

        @Option(names = "--notes", descriptionKey = "member.notes")
        String notes;

        @Option(names = "--contact", paramLabel = "<e-mail, phone>", descriptionKey = "member.contact")
        String contact;

        @Uses
        Members members;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Long org = organisation == null ? null : find().organisation(organisation).id();
            Member m = members.add(campaignId(), new MemberDraft(name, kind, org, notes, language(language), contact));
            say("member.added", m.id(), m.displayName());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListMembers extends Action {
        @Mixin
        FormatOptions format;

        @Option(names = "--all", descriptionKey = "member.all")
        boolean all;

        @Uses
        Members members;

        @Uses
        Stakeholders stakeholders;

        ListMembers(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<Member> shown = members.list(campaignId()).stream().filter(m -> all || m.active()).toList();
            format.print(context, shown, COLUMNS, m -> row(m, stakeholders));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends Action {
        @Parameters(index = "0", paramLabel = "<member>", descriptionKey = "member.query")
        String query;

        @Mixin
        FormatOptions format;

        @Uses
        Stakeholders stakeholders;

        @Uses
        Tokens tokens;

        Show(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Member m = find().member(query);
            long held = tokens.list(campaignId()).stream()
                    .filter(t -> Long.valueOf(m.id()).equals(t.memberId()) && t.revokedAt() == null).count();
            List<String> fields = new java.util.ArrayList<>(COLUMNS);
            fields.addAll(List.of("contact", "notes", "tokens"));
            List<Object> values = new java.util.ArrayList<>(row(m, stakeholders));
            values.addAll(Arrays.asList(m.contact(), m.notes(), held));
            format.show(context, m, fields, values);
            return 0;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true)
    static final class Edit extends Action {
        @Parameters(index = "0", paramLabel = "<member>", descriptionKey = "member.query")
        String query;

        @Option(names = "--name", descriptionKey = "member.name")
        String name;

        @Option(names = "--kind", converter = Kinds.class, completionCandidates = Kinds.class,
                descriptionKey = "member.kind")
        MemberKind kind;

        @Option(names = {"--organisation", "--org"}, paramLabel = "<organisation>", descriptionKey = "member.organisation")
        String organisation;

        @Option(names = "--language", paramLabel = "en|fr", descriptionKey = "member.language")
        String language;

        @Option(names = "--notes", descriptionKey = "member.notes")
        String notes;

        @Option(names = "--contact", paramLabel = "<e-mail, phone>", descriptionKey = "member.contact")
        String contact;

        @Option(names = "--no-contact", descriptionKey = "member.no_contact")
        boolean noContact;

        @Option(names = "--rejoin", descriptionKey = "member.rejoin")
        boolean rejoin;

        @Uses
        Members members;

        Edit(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            if (contact != null && noContact) {
                throw org.campaigntracker.core.common.InvalidInputException.of("contact", "not_with", "--no-contact");
            }
            Member m = find().member(query);
            MemberDraft d = m.toDraft();
            Long org = organisation == null ? d.organisationId() : Long.valueOf(find().organisation(organisation).id());
            Member changed = members.update(campaignId(), m.id(), m.version(), new MemberDraft(
                    name == null ? d.displayName() : name, kind == null ? d.kind() : kind, org,
                    notes == null ? d.notes() : notes, language == null ? d.language() : language(language),
                    noContact ? null : contact == null ? d.contact() : contact));
            if (rejoin && !changed.active()) {
                changed = members.rejoin(campaignId(), changed.id(), changed.version());
            }
            say("member.updated", changed.id(), changed.displayName());
            return 0;
        }
    }

    @Command(name = "leave", mixinStandardHelpOptions = true)
    static final class Leave extends Action {
        @Parameters(index = "0", paramLabel = "<member>", descriptionKey = "member.query")
        String query;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "member.left_on")
        LocalDate on;

        @Uses
        Members members;

        @Uses
        Tokens tokens;

        Leave(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Member m = find().member(query);
            long before = activeTokens(m);
            Member left = members.leave(campaignId(), m.id(), m.version(), on == null ? today() : on);
            say("member.left", left.displayName(), Dates.show(context.locale(), left.leftOn()),
                    before - activeTokens(left));
            return 0;
        }

        private long activeTokens(Member m) {
            return tokens.list(campaignId()).stream()
                    .filter(t -> Long.valueOf(m.id()).equals(t.memberId()) && t.revokedAt() == null).count();
        }
    }

    static List<Object> row(Member m, Stakeholders stakeholders) {
        return Arrays.asList(m.id(), m.displayName(), m.kind(),
                m.organisationId() == null ? null : stakeholders.get(m.campaignId(), m.organisationId()).name(),
                m.language(), m.leftOn());
    }

    /** "fr", "FR", "français", "English": the two languages the tracker speaks, else one line saying so. */
    static String language(String typed) {
        if (typed == null) {
            return null;
        }
        String t = org.campaigntracker.core.common.Names.key(typed);
        if (t.equals("fr") || t.startsWith("fran") || t.equals("french")) {
            return "fr";
        }
        if (t.equals("en") || t.startsWith("engl") || t.equals("anglais")) {
            return "en";
        }
        throw InvalidInputException.of("language", "one_of", "en, fr");
    }
}
