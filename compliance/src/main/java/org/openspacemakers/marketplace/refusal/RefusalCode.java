package org.openspacemakers.marketplace.refusal;

/**
 * Why a sale, a submission for review or a review decision is refused. The codes are part of the
 * public HTTP contract: add to them, never rename. A dossier's gaps ({@code CE_INFO_INCOMPLETE},
 * {@code DOC_MISSING}, {@code RADIO_EVIDENCE_MISSING}, {@code ROHS_EVIDENCE_MISSING},
 * {@code EVIDENCE_EXPIRED}, {@code WEEE_INFO_INCOMPLETE}, {@code GPSR_INFO_INCOMPLETE},
 * {@code BATTERY_INFO_INCOMPLETE}, {@code SVHC_DISCLOSURE_MISSING}) refuse its submission and its
 * approval alike; {@code BATTERY_NOT_REGISTERED} and {@code CHECKLIST_INCOMPLETE} only an approval.
 */
public enum RefusalCode {
    /** The revision is not approved, or its approval does not cover this offer kind. */
    NOT_APPROVED,
    /** The approval is suspended or revoked. */
    APPROVAL_SUSPENDED,
    /** The approval does not cover the destination country. */
    NOT_APPROVED_FOR_COUNTRY,
    /** The approval does not cover this kind of buyer. */
    NOT_APPROVED_FOR_BUYER_TYPE,
    /** An R&D or professional-only listing ordered by a consumer. */
    CONSUMER_NOT_ALLOWED,
    /** A buyer ordering as a professional whose EU VAT number VIES does not confirm: a consumer for the gate. */
    PROFESSIONAL_NOT_VERIFIED,
    /** A warning the buyer must acknowledge was not acknowledged (subject and detail: its code, as {@code EMC_CLASS_A}). */
    ACKNOWLEDGEMENT_REQUIRED,
    /** No EU Declaration of Conformity naming the revision. */
    DOC_MISSING,
    /** A BOM line without RoHS evidence. */
    ROHS_EVIDENCE_MISSING,
    /** An exemption, certificate or registration in scope has expired. */
    EVIDENCE_EXPIRED,
    /** A GPSR article 19 field is empty. */
    GPSR_INFO_INCOMPLETE,
    /** Radio on board without its RED evidence. */
    RADIO_EVIDENCE_MISSING,
    /**
     * A battery ships without the producer registration for the country, or (detail
     * {@code NO_REPRESENTATIVE}) outside the home country without an authorised representative.
     */
    BATTERY_NOT_REGISTERED,
    /**
     * No WEEE registration for the country, or (detail {@code NO_REPRESENTATIVE}) none through the
     * authorised representative a country other than the association's own requires, or one not
     * covering the board's categories (detail {@code CATEGORY_NOT_COVERED}) or its household or
     * professional scope (detail {@code SCOPE_NOT_COVERED}).
     */
    WEEE_NOT_REGISTERED,
    /**
     * A national registration of an extended-producer-responsibility stream is missing: a French
     * unique identifier (IDU) or Germany's LUCID number (detail: its {@code ProducerKind}).
     */
    EPR_ID_MISSING,
    /** No warnings and safety information in the destination's language. */
    WARNINGS_NOT_IN_LANGUAGE,
    /** The destination is outside the European Union. */
    OUTSIDE_EU,
    /** Assembly-only: the declared parts do not match the approved BOM and alternates. */
    PARTS_MISMATCH,
    /** The buyer already holds as many unpaid orders, or unpaid boards of a team, as the store allows at once. */
    UNPAID_LIMIT_REACHED,
    /** No assembly slot or stock left within the booking horizon. */
    CAPACITY_EXHAUSTED,
    /** The board's team paused taking orders (volunteers' holidays) until a day (the subject, as 2027-01-15). */
    TEAM_PAUSED,
    /** The CE section (acts, scope, supply, EMC class, standards, technical file) is incomplete. */
    CE_INFO_INCOMPLETE,
    /** The WEEE section (categories, take-back) is incomplete. */
    WEEE_INFO_INCOMPLETE,
    /** A battery ships and the dossier does not describe it. */
    BATTERY_INFO_INCOMPLETE,
    /** A substance of very high concern is present without its disclosure (REACH art. 33). */
    SVHC_DISCLOSURE_MISSING,
    /** Approval only: the reviewer did not confirm every item of the checklist. */
    CHECKLIST_INCOMPLETE
}
