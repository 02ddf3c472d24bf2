package org.portlore.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.portlore.Assignment;
import org.portlore.HistoryEvent;
import org.portlore.ImmutableSearchHit;
import org.portlore.SearchHit;
import org.portlore.Threat;
import org.portlore.UnofficialUse;
import org.portlore.spi.PortDataset;

/**
 * Full-text search over names, descriptions and lore: every word of the query must occur (as a substring, ignoring
 * case) in the name or text of a hit. Hits whose name equals the query come first, then names that hold it, then
 * the rest, each by port. Immutable and thread-safe.
 */
final class SearchIndex {
  private record Doc(SearchHit hit, String name, String haystack) {}

  private final List<Doc> docs;

  SearchIndex(PortDataset d) {
    List<Doc> out = new ArrayList<>();
    for (Assignment a : d.assignments()) {
      if (a.service().isEmpty()) {
        continue;
      }
      add(out, a.ports().map(p -> p.first()), "assignment", a.service().get(), a.description());
    }
    for (UnofficialUse u : d.unofficialUses()) {
      add(out, Optional.of(u.port()), "unofficial-use", u.name(), u.description() + " " + u.category());
    }
    for (Threat t : d.threats()) {
      add(out, Optional.of(t.port()), "threat", t.name(), String.join(" ", t.aliases()) + " " + t.description());
    }
    for (HistoryEvent h : d.history()) {
      add(out, Optional.of(h.port()), "history", h.date(), h.service().orElse("") + " " + h.event());
    }
    this.docs = List.copyOf(out);
  }

  private static void add(List<Doc> out, Optional<Integer> port, String kind, String name, String text) {
    SearchHit hit = ImmutableSearchHit.builder().port(port).kind(kind).name(name).text(text.strip()).build();
    out.add(new Doc(hit, name.toLowerCase(Locale.ROOT), (name + " " + text).toLowerCase(Locale.ROOT)));
  }

  List<SearchHit> search(String query, int limit) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    String[] words = q.split("\\s+");
    List<Doc> hits = new ArrayList<>();
    outer:
    for (Doc d : docs) {
      for (String w : words) {
        if (!d.haystack.contains(w)) {
          continue outer;
        }
      }
      hits.add(d);
    }
    hits.sort(
        Comparator.comparingInt((Doc d) -> d.name.equals(q) ? 0 : d.name.contains(q) ? 1 : 2)
            .thenComparingInt(d -> d.hit.port().orElse(Integer.MAX_VALUE)));
    List<SearchHit> out = new ArrayList<>(Math.min(limit, hits.size()));
    for (int i = 0; i < hits.size() && i < limit; i++) {
      out.add(hits.get(i).hit);
    }
    return out;
  }
}
