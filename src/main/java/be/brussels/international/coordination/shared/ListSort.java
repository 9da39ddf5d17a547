package be.brussels.international.coordination.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a sortable list, from {@code ?sort=column} or {@code ?sort=column,desc} (bookmarkable), and
 * the link of each column header: that column ascending, or descending when it is already the ascending
 * one, every filter kept, back to the first page. A column that is not one of the list's is ignored: the list
 * keeps its natural order.
 *
 * @param column the column chosen, or null for the list's natural order
 */
public record ListSort(String column, boolean descending, Map<String, String> urls,
        Map<String, String> ariaSort) {

    public static ListSort of(String requested, List<String> columns) {
        String column = null;
        boolean descending = false;
        if (requested != null) {
            String[] parts = requested.split(",", 2);
            if (columns.contains(parts[0].strip())) {
                column = parts[0].strip();
                descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
            }
        }
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, String> ariaSort = new LinkedHashMap<>();
        for (String each : columns) {
            boolean current = each.equals(column);
            urls.put(each, url(current && !descending ? each + ",desc" : each));
            ariaSort.put(each, !current ? "none" : descending ? "descending" : "ascending");
        }
        return new ListSort(column, descending, urls, ariaSort);
    }

    public boolean isSorted() {
        return column != null;
    }

    public boolean is(String name) {
        return name.equals(column);
    }

    private static String url(String sort) {
        return CurrentUrl.with(url -> url.replaceQueryParam("page").replaceQueryParam("export")
                .replaceQueryParam("sort", sort));
    }
}
