package org.standfirst.model;

/** One field that breaks a rule, with a message a writer can act on. */
public record FieldProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
