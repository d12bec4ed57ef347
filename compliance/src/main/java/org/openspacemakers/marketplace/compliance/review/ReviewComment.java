package org.openspacemakers.marketplace.compliance.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A reviewer's comment on one item of the dossier, given with a decision. */
@Embeddable
public class ReviewComment {

    @Column(nullable = false, length = 100)
    private String item;

    @Column(nullable = false, length = 2000)
    private String comment;

    protected ReviewComment() {
        // for JPA
    }

    /** A comment that {@link #isValid} accepts. */
    public ReviewComment(String item, String comment) {
        if (!isValid(item, comment)) {
            throw new IllegalArgumentException("a comment names its item (1 to 100 characters) and says something (1 to 2000)");
        }
        this.item = item.strip();
        this.comment = comment.strip();
    }

    /** Whether a comment names its item (1 to 100 characters) and says something (1 to 2000). */
    public static boolean isValid(String item, String comment) {
        return item != null && !item.isBlank() && item.strip().length() <= 100
                && comment != null && !comment.isBlank() && comment.strip().length() <= MAX_COMMENT;
    }

    /** The longest comment, in characters. */
    public static final int MAX_COMMENT = 2000;

    public String item() {
        return item;
    }

    public String comment() {
        return comment;
    }
}
