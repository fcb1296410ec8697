package org.standfirst.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.standfirst.model.Approval;
import org.standfirst.model.Asset;
import org.standfirst.model.AuditEntry;
import org.standfirst.model.Comment;
import org.standfirst.model.Person;
import org.standfirst.model.Report;
import org.standfirst.model.Revision;
import org.standfirst.model.Suggestion;
import org.standfirst.model.WorkflowState;

/**
 * Everything a reviewer on another machine needs to review items, and everything the writer
 * needs back: the items' revisions (whole history, so parents resolve), comments, suggestions,
 * approvals with their signatures, the audit entries (which carry the decisions), the people
 * involved with their public keys, and the images. One file, written by {@link PackageFile}.
 */
public record ReviewPackage(Instant created, String createdBy, List<PackagedItem> items, List<Report> reports,
                            List<Revision> revisions, List<Comment> comments, List<Suggestion> suggestions,
                            List<Approval> approvals, List<AuditEntry> audit, List<Person> people,
                            List<PackagedAsset> assets) {
    public ReviewPackage {
        Objects.requireNonNull(created, "created");
        items = List.copyOf(items);
        reports = List.copyOf(reports);
        revisions = List.copyOf(revisions);
        comments = List.copyOf(comments);
        suggestions = List.copyOf(suggestions);
        approvals = List.copyOf(approvals);
        audit = List.copyOf(audit);
        people = List.copyOf(people);
        assets = List.copyOf(assets);
    }

    /** An item's place and standing; its text is its head revision (unsaved typing never travels). */
    public record PackagedItem(String id, String writerId, WorkflowState state, String headRevisionId,
                               String reportId, int position, Instant created, Instant updated) {
        public PackagedItem {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(headRevisionId, "headRevisionId");
        }
    }

    /** An image with its bytes. */
    public record PackagedAsset(Asset asset, byte[] bytes) {
        public PackagedAsset {
            Objects.requireNonNull(asset, "asset");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PackagedAsset p && p.asset.equals(asset) && java.util.Arrays.equals(p.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return asset.hashCode();
        }
    }
}
