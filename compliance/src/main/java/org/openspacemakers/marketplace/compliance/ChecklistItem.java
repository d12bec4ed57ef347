package org.openspacemakers.marketplace.compliance;

/**
 * The items a reviewer confirms, one by one, before approving; also the items comments are made
 * on. Some apply only when the dossier says so (radio, battery, SVHC).
 */
public enum ChecklistItem {
    CE_SCOPE, EMC_CLASS, STANDARDS, DECLARATION_OF_CONFORMITY, TECHNICAL_FILE, RADIO, ROHS_PARTS, ROHS_PROCESS,
    WEEE, GPSR, WARNINGS, BATTERY, SVHC
}
