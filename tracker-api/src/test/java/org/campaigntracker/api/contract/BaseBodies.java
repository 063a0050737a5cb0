package org.campaigntracker.api.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.json.ObjectMapperProvider;

/** The valid bodies {@link Variants} starts from, one per write operation of the contract, by operationId. */
final class BaseBodies {

    private BaseBodies() {
    }

    /** One valid body per write operation, with the fixture's ids where a body names another record. */
    static Map<String, ObjectNode> of(ApiFixture caf) {
        String json = """
                {"createTheme": {"title": "Thème"},
                 "createMember": {"name": "Jeanne", "kind": "volunteer", "language": "fr"},
                 "leaveMember": {"on": "2024-04-01"},
                 "createDemand": {"themeId": %1$d, "title": "Demande"},
                 "createStakeholder": {"kind": "person", "name": "Jeanne Martin"},
                 "createContactPoint": {"kind": "phone", "value": "+33 1 23 45 67 89"},
                 "createRelationship": {"fromId": %3$d, "toId": %2$d, "type": "advises"},
                 "createInteraction": {"kind": "meeting", "occurredOn": "2024-03-15", "title": "Rencontre",
                                       "participantIds": [%2$d]},
                 "createPosition": {"stakeholderId": %2$d, "demandId": %4$d, "level": "supportive",
                                    "statedOn": "2024-03-15"},
                 "createCommitment": {"stakeholderId": %2$d, "description": "Répondre", "madeOn": "2024-03-15"},
                 "closeCommitment": {"status": "kept", "on": "2024-04-01"},
                 "createPressItem": {"outlet": "Le Monde", "medium": "print", "publishedOn": "2024-03-15",
                                     "title": "Article"},
                 "createMilestone": {"title": "Jalon", "daysBeforeDeadline": 30},
                 "createFollowUp": {"title": "Relancer"},
                 "createTraining": {"title": "Prise de parole", "heldOn": "2024-03-15", "topics": ["La COG"]},
                 "createMobilisation": {"title": "Pétition", "kind": "petition", "launchedOn": "2024-03-15",
                                        "demandIds": [%4$d], "targetIds": [%2$d], "count": 12},
                 "countMobilisation": {"on": "2024-03-20", "count": 95},
                 "deliverMobilisation": {"on": "2024-04-01", "toId": %2$d},
                 "createOutreach": {"kind": "press_release", "sentOn": "2024-03-15", "title": "Communiqué",
                                    "journalistIds": [%2$d], "outlets": ["Le Monde"]},
                 "linkOutreachPressItem": {"pressItemId": %5$d},
                 "createAccessRating": {"score": 3, "ratedOn": "2024-03-15", "evidence": "Connaît notre équipe"},
                 "createTestimony": {"pseudonym": "Ali", "story": "Histoire", "collectedOn": "2024-03-15"},
                 "giveConsent": {"use": "internal", "givenOn": "2024-03-15"},
                 "withdrawConsents": {"use": "briefing"},
                 "recordIdentity": {"fullName": "Nom Complet"},
                 "updateCampaign": {"name": "Campagne renommée", "defaultLanguage": "fr"}}
                """.formatted(caf.ids.get("theme"), caf.ids.get("stakeholder"), caf.ids.get("organisation"),
                caf.ids.get("demand"), caf.ids.get("pressItem"));
        Map<String, ObjectNode> bases = new HashMap<>();
        try {
            ObjectMapperProvider.shared().readTree(json).fields()
                    .forEachRemaining(e -> bases.put(e.getKey(), (ObjectNode) e.getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Member names are unique in a campaign: each body names a new one.
        bases.get("createMember").put("name", "Jeanne " + NAMES.incrementAndGet());
        return bases;
    }

    private static final java.util.concurrent.atomic.AtomicInteger NAMES = new java.util.concurrent.atomic.AtomicInteger();
}
