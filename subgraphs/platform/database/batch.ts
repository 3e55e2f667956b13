// Keeps DataLoader batch results in key order: one value (or null) or one list per key.
import type DataLoader from 'dataloader';

/** One result per key, null where no row matched. */
export function mapTo<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** All results per key, in the rows' order, [] where none matched. */
export function mapToMany<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const byKey = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/** A DataLoader per distinct argument (compared as JSON): keys asked with the same argument batch together. */
export function loaderPerArgument<A, K, V>(build: (arg: A) => DataLoader<K, V>): (arg: A) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (arg) => {
    const key = JSON.stringify(arg);
    const kept = loaders.get(key);
    if (kept) return kept;
    const loader = build(arg);
    loaders.set(key, loader);
    return loader;
  };
}
