package org.openspacemakers.marketplace.catalog.bom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The notes and problems gathered while reading one file, each tied to the line it is about and said as a message key
 * ({@code bom.*}) with the values it names.
 */
final class Findings {

    /** Beyond this many problems a maker learns nothing more from the list; the rest are counted. */
    static final int MAX_PROBLEMS = 50;

    private final List<BomNote> notes = new ArrayList<>();
    private final List<BomProblem> problems = new ArrayList<>();
    private int problemCount;
    private int stoppedAfter;

    void note(int line, String key, Object... arguments) {
        note(new BomNote(line, key, Arrays.asList(arguments)));
    }

    void note(BomNote note) {
        notes.add(note);
    }

    void problem(int line, String key, Object... arguments) {
        problem(new BomProblem(line, key, Arrays.asList(arguments)));
    }

    /** Records a problem; past {@link #MAX_PROBLEMS}, problems are only counted, so junk cannot fill the memory. */
    private void problem(BomProblem problem) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    boolean hasProblems() {
        return problemCount > 0;
    }

    int problemCount() {
        return problemCount;
    }

    void addAll(Findings other) {
        notes.addAll(other.notes);
        addProblemsOf(other);
    }

    void addProblemsOf(Findings other) {
        other.problems.forEach(this::problem);
        problemCount += other.problemCount - other.problems.size();
        stoppedAfter = Math.max(stoppedAfter, other.stoppedAfter);
    }

    /** Whether enough problems are known that reading on would only make the maker's list longer. */
    boolean isFull() {
        return problemCount >= MAX_PROBLEMS;
    }

    /** Reading stopped after {@code line}, the list of problems being {@link #isFull() full}. */
    void stoppedAfter(int line) {
        stoppedAfter = line;
    }

    /** The notes in the order of the file. */
    List<BomNote> notes() {
        List<BomNote> sorted = new ArrayList<>(notes);
        sorted.sort(Comparator.comparingInt(BomNote::line));
        return sorted;
    }

    /** The first {@link #MAX_PROBLEMS} problems found, in the order of the file, and a word on the others. */
    List<BomProblem> problems() {
        List<BomProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(BomProblem::line));
        if (stoppedAfter > 0) {
            sorted.add(new BomProblem(0, "bom.stopped", List.of(stoppedAfter, problemCount)));
        } else if (problemCount > problems.size()) {
            sorted.add(new BomProblem(0, "bom.moreProblems", List.of(problemCount - problems.size())));
        }
        return sorted;
    }
}
