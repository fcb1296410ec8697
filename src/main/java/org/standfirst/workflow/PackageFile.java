package org.standfirst.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.standfirst.model.Approval;
import org.standfirst.model.Asset;
import org.standfirst.model.AuditEntry;
import org.standfirst.model.CanonicalJson;
import org.standfirst.model.Comment;
import org.standfirst.model.Hashing;
import org.standfirst.model.HeroImage;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Report;
import org.standfirst.model.Revision;
import org.standfirst.model.Role;
import org.standfirst.model.Suggestion;
import org.standfirst.model.WorkflowState;

/**
 * The review package file: JSON with a format name, a version and a SHA-256 checksum of the
 * canonical form of its contents, so a truncated or edited file is refused before anything is
 * read from it. Field names are written out here by hand: the file format does not move when a
 * model record gains a method.
 *
 * <pre>{"format":"standfirst-review-package","version":1,"checksum":"sha256:…","package":{…}}</pre>
 */
public final class PackageFile {
    public static final String FORMAT = "standfirst-review-package";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".sfreview.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PackageFile() {
    }

    public static byte[] write(ReviewPackage p) {
        ObjectNode body = body(p);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("checksum", checksum(body));
        root.set("package", body);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the review package: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks the file's framing and every record's shape. Signatures and revision ids
     * are checked by {@link PackageChecks}.
     *
     * @throws PackageRefusedException with a one-line reason
     */
    public static ReviewPackage read(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new PackageRefusedException("The file is not complete JSON (it may be truncated or damaged): "
                    + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new PackageRefusedException("The file is empty or is not a review package");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new PackageRefusedException("The file is not a Standfirst review package (format is not '" + FORMAT + "')");
        }
        if (!root.path("version").isIntegralNumber()) {
            throw new PackageRefusedException("The package has no format version");
        }
        int version = root.get("version").asInt();
        if (version != VERSION) {
            throw new PackageRefusedException("The package is format version " + version + "; this Standfirst reads version "
                    + VERSION + (version > VERSION ? ": update Standfirst to open it" : ""));
        }
        JsonNode body = root.get("package");
        if (body == null || !body.isObject()) {
            throw new PackageRefusedException("The package has no contents");
        }
        String expected = root.path("checksum").asText("");
        if (!checksum(body).equals(expected)) {
            throw new PackageRefusedException("The package checksum does not match its contents: the file was changed or damaged after it was written");
        }
        return parse(new JsonFields(body, "package"));
    }

    /** sha256:hex of the canonical JSON of the contents (keys sorted, no white space). */
    static String checksum(JsonNode body) {
        Object plain;
        try {
            plain = JSON.convertValue(body, Object.class);
            return "sha256:" + Hashing.sha256(CanonicalJson.write(plain));
        } catch (IllegalArgumentException e) {
            throw new PackageRefusedException("The package contains a value that is not allowed: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }

    // ---- writing

    private static ObjectNode body(ReviewPackage p) {
        ObjectNode b = JSON.createObjectNode();
        b.put("created", p.created().toString());
        b.put("createdBy", p.createdBy());
        ArrayNode items = b.putArray("items");
        for (ReviewPackage.PackagedItem i : p.items()) {
            ObjectNode n = items.addObject();
            n.put("id", i.id());
            n.put("writer", i.writerId());
            n.put("state", i.state().name());
            n.put("head", i.headRevisionId());
            n.put("report", i.reportId());
            n.put("position", i.position());
            n.put("created", i.created().toString());
            n.put("updated", i.updated().toString());
        }
        ArrayNode reports = b.putArray("reports");
        for (Report r : p.reports()) {
            ObjectNode n = reports.addObject();
            n.put("id", r.id());
            n.put("title", r.title());
            n.put("slug", r.slug());
            n.put("summary", r.summary());
            n.put("topic", r.topic());
            ArrayNode s = n.putArray("sections");
            r.sectionIds().forEach(s::add);
            n.put("created", r.created().toString());
            n.put("updated", r.updated().toString());
        }
        ArrayNode revisions = b.putArray("revisions");
        for (Revision r : p.revisions()) {
            ObjectNode n = revisions.addObject();
            n.put("id", r.id());
            n.put("item", r.itemId());
            ArrayNode parents = n.putArray("parents");
            r.parentIds().forEach(parents::add);
            n.set("content", JSON.valueToTree(r.content().canonicalFields()));
            n.put("author", r.authorId());
            n.put("created", r.created().toString());
            n.put("message", r.message());
        }
        ArrayNode comments = b.putArray("comments");
        for (Comment c : p.comments()) {
            ObjectNode n = comments.addObject();
            n.put("id", c.id());
            n.put("item", c.itemId());
            n.put("revision", c.revisionId());
            n.put("parent", c.parentId());
            n.put("author", c.authorId());
            n.put("quote", c.quote());
            n.put("start", c.start());
            n.put("end", c.end());
            n.put("text", c.text());
            n.put("resolved", c.resolved());
            n.put("created", c.created().toString());
        }
        ArrayNode suggestions = b.putArray("suggestions");
        for (Suggestion s : p.suggestions()) {
            ObjectNode n = suggestions.addObject();
            n.put("id", s.id());
            n.put("item", s.itemId());
            n.put("revision", s.revisionId());
            n.put("author", s.authorId());
            n.put("quote", s.quote());
            n.put("start", s.start());
            n.put("end", s.end());
            n.put("replacement", s.replacement());
            n.put("note", s.note());
            n.put("status", s.status().name());
            n.put("created", s.created().toString());
            n.put("decidedBy", s.decidedBy());
            n.put("decidedAt", s.decidedAt() == null ? null : s.decidedAt().toString());
        }
        ArrayNode approvals = b.putArray("approvals");
        for (Approval a : p.approvals()) {
            ObjectNode n = approvals.addObject();
            n.put("item", a.itemId());
            n.put("revision", a.revisionId());
            n.put("reviewer", a.reviewerId());
            n.put("signature", Base64.getEncoder().encodeToString(a.signature()));
            n.put("at", a.at().toString());
        }
        ArrayNode audit = b.putArray("audit");
        for (AuditEntry e : p.audit()) {
            ObjectNode n = audit.addObject();
            n.put("item", e.itemId());
            n.put("actor", e.actorId());
            n.put("action", e.action());
            n.put("from", e.from() == null ? null : e.from().name());
            n.put("to", e.to() == null ? null : e.to().name());
            n.put("revision", e.revisionId());
            n.put("comment", e.comment());
            n.put("at", e.at().toString());
        }
        ArrayNode people = b.putArray("people");
        for (Person x : p.people()) {
            ObjectNode n = people.addObject();
            n.put("id", x.id());
            n.put("name", x.name());
            n.put("role", x.role().name());
            n.put("publicKey", Base64.getEncoder().encodeToString(x.publicKey()));
            n.put("created", x.created().toString());
        }
        ArrayNode assets = b.putArray("assets");
        for (ReviewPackage.PackagedAsset pa : p.assets()) {
            Asset a = pa.asset();
            ObjectNode n = assets.addObject();
            n.put("id", a.id());
            n.put("mimeType", a.mimeType());
            n.put("size", a.size());
            n.put("fileName", a.fileName());
            n.put("altText", a.altText());
            n.put("caption", a.caption());
            n.put("credit", a.credit());
            n.put("licence", a.licence());
            n.put("width", a.width());
            n.put("height", a.height());
            n.put("created", a.created().toString());
            n.put("data", Base64.getEncoder().encodeToString(pa.bytes()));
        }
        return b;
    }

    // ---- reading

    private static ReviewPackage parse(JsonFields b) {
        List<ReviewPackage.PackagedItem> items = each(b, "items", f -> new ReviewPackage.PackagedItem(f.str("id"),
                f.optStr("writer"), state(f, "state"), f.str("head"), f.optStr("report"), f.integer("position"),
                f.instant("created"), f.instant("updated")));
        List<Report> reports = each(b, "reports", f -> new Report(f.str("id"), f.str("title"), f.str("slug"),
                f.optStr("summary"), f.optStr("topic"), f.strings("sections"), f.instant("created"), f.instant("updated")));
        List<Revision> revisions = each(b, "revisions", f -> new Revision(f.str("id"), f.str("item"), f.strings("parents"),
                content(f.object("content")), f.optStr("author"), f.instant("created"), f.optStr("message")));
        List<Comment> comments = each(b, "comments", f -> new Comment(f.str("id"), f.str("item"), f.optStr("revision"),
                f.optStr("parent"), f.optStr("author"), f.optStr("quote"), f.integer("start"), f.integer("end"),
                f.str("text"), f.bool("resolved"), f.instant("created")));
        List<Suggestion> suggestions = each(b, "suggestions", f -> new Suggestion(f.str("id"), f.str("item"),
                f.optStr("revision"), f.str("author"), f.optStr("quote"), f.integer("start"), f.integer("end"),
                f.optStr("replacement"), f.optStr("note"), suggestionStatus(f), f.instant("created"),
                f.optStr("decidedBy"), f.optInstant("decidedAt")));
        List<Approval> approvals = each(b, "approvals", f -> new Approval(f.str("item"), f.str("revision"),
                f.str("reviewer"), f.base64("signature"), f.instant("at")));
        List<AuditEntry> audit = each(b, "audit", f -> new AuditEntry(0, f.str("item"), f.optStr("actor"),
                f.str("action"), optState(f, "from"), optState(f, "to"), f.optStr("revision"), f.optStr("comment"),
                f.instant("at")));
        List<Person> people = each(b, "people", f -> new Person(f.str("id"), f.str("name"), role(f),
                f.base64("publicKey"), f.instant("created")));
        List<ReviewPackage.PackagedAsset> assets = each(b, "assets", f -> new ReviewPackage.PackagedAsset(new Asset(
                f.str("id"), f.str("mimeType"), f.num("size"), f.optStr("fileName"), f.optStr("altText"),
                f.optStr("caption"), f.optStr("credit"), f.optStr("licence"), f.integer("width"), f.integer("height"),
                f.instant("created")), f.base64("data")));
        return JsonFields.build(b.path(), () -> new ReviewPackage(b.instant("created"), b.optStr("createdBy"), items,
                reports, revisions, comments, suggestions, approvals, audit, people, assets));
    }

    private static <T> List<T> each(JsonFields b, String name, java.util.function.Function<JsonFields, T> read) {
        List<T> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : b.array(name)) {
            String path = b.path() + "." + name + "[" + i++ + "]";
            JsonFields f = new JsonFields(n, path);
            out.add(JsonFields.build(path, () -> read.apply(f)));
        }
        return out;
    }

    /** The inverse of {@link ItemContent#canonicalFields()}, so a revision's id can be recomputed. */
    static ItemContent content(JsonFields f) {
        HeroImage hero = null;
        if (f.has("hero")) {
            JsonFields h = f.object("hero");
            hero = new HeroImage(h.str("asset"), h.str("alt"), h.str("caption"), h.str("credit"));
        }
        ItemKind kind;
        try {
            kind = ItemKind.valueOf(f.str("kind"));
        } catch (IllegalArgumentException e) {
            throw new PackageRefusedException(f.path() + ".kind: unknown kind");
        }
        return new ItemContent(kind, f.str("headline"), f.str("standfirst"), f.str("byline"), f.str("body"),
                f.str("topic"), f.strings("tags"), f.str("slug"), hero, f.optInstant("embargo"), f.str("notesToEditors"),
                f.str("language"));
    }

    private static WorkflowState state(JsonFields f, String name) {
        try {
            return WorkflowState.valueOf(f.str(name));
        } catch (IllegalArgumentException e) {
            throw new PackageRefusedException(f.path() + "." + name + ": unknown state");
        }
    }

    private static WorkflowState optState(JsonFields f, String name) {
        return f.has(name) ? state(f, name) : null;
    }

    private static Suggestion.Status suggestionStatus(JsonFields f) {
        try {
            return Suggestion.Status.valueOf(f.str("status"));
        } catch (IllegalArgumentException e) {
            throw new PackageRefusedException(f.path() + ".status: unknown status");
        }
    }

    private static Role role(JsonFields f) {
        try {
            return Role.valueOf(f.str("role"));
        } catch (IllegalArgumentException e) {
            throw new PackageRefusedException(f.path() + ".role: unknown role");
        }
    }
}
