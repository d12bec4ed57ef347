package org.openspacemakers.marketplace.catalog;

import java.util.List;
import org.openspacemakers.marketplace.catalog.bom.BomProblem;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A BOM file that cannot be taken as it is: every problem with its line in the file (field
 * {@code bom}), in the importer's words ({@code bom.*} keys), each after its line ({@code bom.onLine}).
 * Nothing was stored.
 */
public class BomRefused extends InvalidInput {

    public BomRefused(List<BomProblem> problems) {
        super(problems.stream().map(BomRefused::onItsLine).toList());
    }

    /** A problem of the field {@code bom}: "line N: " and its message, or the message alone for the whole file. */
    private static InvalidInput.Problem onItsLine(BomProblem problem) {
        if (problem.line() == 0) {
            return new InvalidInput.Problem("bom", problem.key(), problem.arguments());
        }
        return InvalidInput.Problem.of("bom", "bom.onLine", problem.line(),
                new DefaultMessageSourceResolvable(new String[] {problem.key()}, problem.arguments().toArray(), problem.key()));
    }
}
