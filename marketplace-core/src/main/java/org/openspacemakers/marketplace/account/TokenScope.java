package org.openspacemakers.marketplace.account;

/**
 * What a personal access token may do with its owner's rights: everything the API lets its owner
 * do, only read, or only the listing API (a hardware repository's CI publishing its boards).
 */
public enum TokenScope {

    /** Every request its owner may make. */
    FULL,

    /** Reading only: {@code GET} and {@code HEAD}. */
    READ,

    /** Reading, and the listing API: teams' boards, revisions, BOMs, offers, stock, photos, dossiers. */
    LISTINGS
}
