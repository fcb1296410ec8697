package org.standfirst.publish;

/** One file written into a bundle: its path inside the bundle (forward slashes), size and SHA-256. */
public record BundleFile(String path, long size, String sha256) {
    /** The class of file a summary counts it under, such as "items/*.ninjs.json" or "assets". */
    public String fileClass() {
        int slash = path.indexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash + 1);
        String name = path.substring(slash + 1);
        if (folder.equals("assets/")) {
            return "assets/*";
        }
        int dot = name.indexOf('.');
        return folder + (dot < 0 ? name : (folder.isEmpty() ? name : "*" + name.substring(dot)));
    }
}
