package org.openspacemakers.marketplace.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A warning the buyer acknowledged when ordering (a class A product's), with the version of the
 * text they read: what the association can show later of what the buyer agreed to.
 */
@Embeddable
public class OrderAcknowledgement {

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "text_version", nullable = false, length = 20)
    private String textVersion;

    protected OrderAcknowledgement() {
        // for JPA
    }

    OrderAcknowledgement(String code, String textVersion) {
        this.code = Objects.requireNonNull(code, "code");
        this.textVersion = Objects.requireNonNull(textVersion, "textVersion");
    }

    public String code() {
        return code;
    }

    public String textVersion() {
        return textVersion;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderAcknowledgement that && code.equals(that.code) && textVersion.equals(that.textVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, textVersion);
    }
}
