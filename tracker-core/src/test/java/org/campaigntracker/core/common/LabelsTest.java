package org.campaigntracker.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.activity.ActivityKind;
import org.campaigntracker.core.commitment.CommitmentStatus;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.member.MemberKind;
import org.campaigntracker.core.plan.MilestoneStatus;
import org.campaigntracker.core.plan.PlanFlag;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.core.press.PressTone;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.mobilisation.MobilisationKind;
import org.campaigntracker.core.outreach.OutreachKind;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.NamingRule;
import org.junit.jupiter.api.Test;

class LabelsTest {

    /** Every value a person reads in a table or report. */
    private static final List<Class<? extends Enum<?>>> USER_FACING = List.of(InteractionKind.class,
            StakeholderKind.class, StakeholderCategory.class, RelationshipType.class, ContactKind.class,
            PressMedium.class, PressTone.class, CommitmentStatus.class, MilestoneStatus.class, PlanFlag.class,
            MemberKind.class, ConsentUse.class, NamingRule.class, Role.class, ActivityKind.class, PositionLevel.class,
            MobilisationKind.class, OutreachKind.class);

    @Test
    void everyUserFacingValueHasWordsInEnglishAndFrench() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : USER_FACING) {
            for (Enum<?> value : type.getEnumConstants()) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                    if (Messages.pattern(locale, Labels.key(value)) == null) {
                        missing.add(Labels.key(value) + " (" + locale + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void wordsNotCodes() {
        assertThat(Labels.of(InteractionKind.LETTER_SENT, Locale.ENGLISH)).isEqualTo("letter sent");
        assertThat(Labels.of(InteractionKind.LETTER_SENT, Locale.FRENCH)).isEqualTo("courrier envoyé");
        assertThat(Labels.of(PositionLevel.committed_verbally, Locale.FRENCH)).isEqualTo("engagement oral");
        assertThat(Labels.code(PressMedium.TV)).isEqualTo("tv");
    }

    @Test
    void aCountReadsInWordsThatAgreeWithIt() {
        assertThat(Labels.counted(3, PositionLevel.unknown, Locale.FRENCH)).isEqualTo("3 sans position connue");
        assertThat(Labels.counted(3, PositionLevel.unknown, Locale.ENGLISH)).isEqualTo("3 unknown");
        assertThat(Labels.counted(1, PositionLevel.hesitant, Locale.FRENCH)).isEqualTo("1 hésitant");
    }

    @Test
    void aLevelIsUnderstoodInCodeOrInWordsOfEitherLanguage() {
        assertThat(PositionLevel.fromWords("committed_verbally")).contains(PositionLevel.committed_verbally);
        assertThat(PositionLevel.fromWords("Committed verbally")).contains(PositionLevel.committed_verbally);
        assertThat(PositionLevel.fromWords("engagement oral")).contains(PositionLevel.committed_verbally);
        assertThat(PositionLevel.fromWords("Hésitant")).contains(PositionLevel.hesitant);
        assertThat(PositionLevel.fromWords("favorable")).contains(PositionLevel.supportive);
        assertThat(PositionLevel.fromWords("peut-être")).isEmpty();
    }
}
