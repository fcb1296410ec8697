package org.standfirst.app;

import java.util.List;
import org.standfirst.model.FieldProblem;

/** Content that breaks the field rules; the message names the first problem, all are listed. */
public final class ContentRejectedException extends StandfirstException {
    private final List<FieldProblem> problems;

    public ContentRejectedException(List<FieldProblem> problems) {
        super(problems.get(0).toString() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
