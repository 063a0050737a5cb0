package org.campaigntracker.core.access;

/** A token just created: the only moment its full value exists outside the holder's hands. */
public record IssuedToken(ApiToken token, String value) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + ", value=***]";
    }
}
