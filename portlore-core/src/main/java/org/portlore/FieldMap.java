package org.portlore;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The immutable, ordered map {@link PortEnricher} returns: a layout of keys shared by every map of one enricher and
 * one value per key, where a null value is an absent key (never a null value). Reading it allocates nothing:
 * {@link #get(Object)} and {@link #forEach(BiConsumer)} walk two arrays of at most a few dozen slots.
 *
 * <p>Immutable and thread-safe: both arrays are filled before construction ends and never written again, and both
 * fields are final, so a map handed between threads without synchronisation is still seen whole.
 */
final class FieldMap extends AbstractMap<String, Object> {
  private final String[] keys;
  private final Object[] values;
  private final int size;

  /**
   * A map over a layout.
   *
   * @param keys the layout, shared and never modified; a null key is a slot this layout does not have
   * @param values one value per key, null where absent; owned by the map from now on
   */
  FieldMap(String[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        n++;
      }
    }
    this.size = n;
  }

  /**
   * This map with some slots set, for the fields that depend on more than the port and transport.
   *
   * @param slotA a slot
   * @param valueA its value, or null to leave it absent
   * @param slotB another slot
   * @param valueB its value, or null to leave it absent
   * @return a new map; this one is unchanged
   */
  FieldMap with(int slotA, Object valueA, int slotB, Object valueB) {
    Object[] v = values.clone();
    if (keys[slotA] != null) {
      v[slotA] = valueA;
    }
    if (keys[slotB] != null) {
      v[slotB] = valueB;
    }
    return new FieldMap(keys, v);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public Object get(Object key) {
    if (key == null) {
      return null;
    }
    for (int i = 0; i < keys.length; i++) {
      Object v = values[i];
      // the keys are the enricher's own constants, so identity almost always decides
      if (v != null && (keys[i] == key || key.equals(keys[i]))) {
        return v;
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Object getOrDefault(Object key, Object defaultValue) {
    Object v = get(key);
    return v == null ? defaultValue : v;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    for (int i = 0; i < keys.length; i++) {
      Object v = values[i];
      if (v != null) {
        action.accept(keys[i], v);
      }
    }
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int i = from;
            while (i < values.length && values[i] == null) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Entry<String, Object> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            Entry<String, Object> e = new SimpleImmutableEntry<>(keys[next], values[next]);
            next = advance(next + 1);
            return e;
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
