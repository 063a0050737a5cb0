package org.campaigntracker.core.transfer;

import org.campaigntracker.core.seal.DataKey;
import org.campaigntracker.core.seal.DataKeyException;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.transfer.CampaignFile.ContactData;
import org.campaigntracker.core.transfer.CampaignFile.IdentityData;
import org.campaigntracker.core.transfer.CampaignFile.StakeholderData;
import org.campaigntracker.core.transfer.CampaignFile.TestimonyData;

/**
 * Personal data crosses the file sealed, as the database stores it. Export writes the stored value (sealing it with
 * the current key first when it is a legacy plain value or sealed with a retired key); import opens every value
 * before writing anything, so a file sealed with a key this tracker does not hold fails at once, and stores the
 * file's own ciphertext when it is sealed with the current key, so exporting again gives the same bytes.
 */
final class SealedValues {

    // The column names are the associated data of each value (see Sealer): they must match the repositories' own.
    static final String CONTACT = "contact_point.value";
    static final String STORY = "testimony.story";
    static final String FULL_NAME = "testimony_identity.full_name";
    static final String IDENTITY_CONTACT = "testimony_identity.contact";
    static final String NOTES = "testimony_identity.notes";
    static final String MEMBER_CONTACT = org.campaigntracker.core.member.MemberRepository.CONTACT;

    private final Sealer sealer;

    SealedValues(Sealer sealer) {
        this.sealer = sealer;
    }

    /** The value to write in a file: never plain. */
    String forFile(String column, String stored) {
        return sealer.reseal(column, stored);
    }

    IdentityData forFile(IdentityData stored) {
        return stored == null ? null : new IdentityData(forFile(FULL_NAME, stored.fullName()),
                forFile(IDENTITY_CONTACT, stored.contact()), forFile(NOTES, stored.notes()));
    }

    /** Opens every sealed value of the file, before the import writes anything. */
    void checkAll(CampaignFile file) {
        for (CampaignFile.MemberData m : file.members()) {
            open(MEMBER_CONTACT, m.contact());
        }
        for (StakeholderData s : file.stakeholders()) {
            for (ContactData c : s.contacts()) {
                open(CONTACT, c.value());
            }
        }
        for (TestimonyData t : file.testimonies()) {
            open(STORY, t.story());
            if (t.identity() != null) {
                open(FULL_NAME, t.identity().fullName());
                open(IDENTITY_CONTACT, t.identity().contact());
                open(NOTES, t.identity().notes());
            }
        }
    }

    /** The plain value, for the same checks as any other input; a format-1 file's plain values pass through. */
    String open(String column, String fromFile) {
        try {
            return sealer.open(column, fromFile);
        } catch (DataKeyException e) {
            String keyId = keyId(fromFile);
            if (sealer.keys().stream().map(DataKey::id).anyMatch(keyId::equals)) {
                throw e;
            }
            throw new DataKeyException("transfer.key_unknown", keyId);
        }
    }

    /** What to store for a value of the file: its own ciphertext when sealed with the current key. */
    String toStore(String column, String fromFile) {
        if (fromFile == null) {
            return null;
        }
        String plain = open(column, fromFile);
        return fromFile.startsWith(Sealer.PREFIX) && sealer.isCurrent(fromFile) ? fromFile : sealer.seal(column, plain);
    }

    IdentityData toStore(IdentityData fromFile) {
        return new IdentityData(toStore(FULL_NAME, fromFile.fullName()),
                toStore(IDENTITY_CONTACT, fromFile.contact()), toStore(NOTES, fromFile.notes()));
    }

    private static String keyId(String sealed) {
        int colon = sealed.indexOf(':', Sealer.PREFIX.length());
        return colon < 0 ? "" : sealed.substring(Sealer.PREFIX.length(), colon);
    }
}
