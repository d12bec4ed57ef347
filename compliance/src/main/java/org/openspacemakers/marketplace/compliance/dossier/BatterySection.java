package org.openspacemakers.marketplace.compliance.dossier;

import static org.openspacemakers.marketplace.compliance.dossier.Fields.limit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;

/** The battery section: a battery shipped on the board (a coin cell), what it is and whether the user can replace it. */
@Embeddable
class BatterySection {

    @Column(name = "battery_on_board", nullable = false)
    private boolean onBoard;

    @Column(name = "battery_description", nullable = false, length = 500)
    private String description = "";

    @Column(name = "battery_removable", nullable = false)
    private boolean removable;

    /** Takes the team's statements, refusing a description too long for its column. */
    void replace(DossierContent.Battery battery) {
        onBoard = battery.onBoard();
        description = limit("battery.description", battery.description(), 500);
        removable = battery.removable();
    }

    DossierContent.Battery content() {
        return new DossierContent.Battery(onBoard, description, removable);
    }

    boolean onBoard() {
        return onBoard;
    }

    /** What an approval lacks here: a battery on board must be described; without one, nothing. */
    List<Refusal> gaps() {
        return onBoard && description.isEmpty()
                ? List.of(Refusal.of(RefusalCode.BATTERY_INFO_INCOMPLETE, "battery description"))
                : List.of();
    }
}
