package org.openspacemakers.marketplace.order.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openspacemakers.marketplace.order.AssembledUnit;
import org.openspacemakers.marketplace.order.UnitTest;

/**
 * An assembled unit as the API shows it: its serial number, order line, revision and BOM hash,
 * the firmware and result of its last functional test (and every test), who assembled it and when,
 * when it shipped, and whether a recall blocked it.
 */
record UnitJson(String serial, UUID orderId, int lineNo, String board, String revision, UUID revisionId, String bomHash,
        String firmwareVersion, UnitTest.Result result, UUID assembledBy, Instant assembledAt, Instant shippedAt,
        UUID recallId, boolean blocked, Integer assemblyMinutes, Integer testMinutes, List<TestJson> tests) {

    record TestJson(UnitTest.Result result, String firmwareVersion, String notes, UUID testedBy, Instant testedAt) {
    }

    static UnitJson of(AssembledUnit unit) {
        return new UnitJson(unit.serial(), unit.orderId(), unit.lineNo(), unit.boardName(), unit.revisionLabel(),
                unit.revisionId(), unit.bomHash(), unit.firmwareVersion(), unit.lastTest().result(), unit.assembledBy(),
                unit.assembledAt(), unit.shippedAt().orElse(null), unit.recallId().orElse(null), unit.blocked(),
                unit.assemblyMinutes().orElse(null), unit.testMinutes().orElse(null),
                unit.tests().stream().map(test -> new TestJson(test.result(), test.firmwareVersion(), test.notes(),
                        test.testedBy(), test.testedAt())).toList());
    }
}
