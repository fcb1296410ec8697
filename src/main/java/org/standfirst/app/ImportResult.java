package org.standfirst.app;

import java.util.List;
import org.standfirst.model.Item;
import org.standfirst.model.Report;

/** What an import added: reports and items, in the order of the files. */
public record ImportResult(List<Report> reports, List<Item> items) {
    public ImportResult {
        reports = List.copyOf(reports);
        items = List.copyOf(items);
    }
}
