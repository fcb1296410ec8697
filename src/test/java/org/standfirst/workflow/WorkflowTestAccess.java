package org.standfirst.workflow;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Lets tests in other packages forge a package the way someone with a text editor could. */
public final class WorkflowTestAccess {
    private WorkflowTestAccess() {
    }

    public static byte[] rechecksum(ObjectNode root) throws Exception {
        return PackageFileTest.rechecksum(root);
    }
}
