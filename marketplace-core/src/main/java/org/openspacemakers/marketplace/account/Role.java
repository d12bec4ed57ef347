package org.openspacemakers.marketplace.account;

/** What a person may do in the store; one person may hold several roles. */
public enum Role {
    /** Orders boards and follows their orders. */
    BUYER,
    /** Member of one or more project teams: lists the team's designs and fulfils their orders. */
    MAKER,
    /** Compliance reviewer: works the review queue, never on their own team's revisions. */
    REVIEWER,
    /** Administrator of the association's store. */
    ADMIN
}
