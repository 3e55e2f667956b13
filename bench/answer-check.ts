// Comparing two answers' data without printing it: where they first differ, as a path of field names and list positions.

/** The first path at which two JSON values differ (object keys in any order), or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = 'data'): string | null {
  if (a === b) return null;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${path} (a list on one side only)`;
    if (a.length !== b.length) return `${path} (${a.length} against ${b.length} items)`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of [...keys].sort()) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return path;
}

/** The error codes and messages of an answer, never its data (which may hold pids). */
export function errorSummary(body: string): string {
  try {
    const { errors } = JSON.parse(body) as { errors?: { message: string; extensions?: { code?: string } }[] };
    return errors?.length ? errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; ') : 'no data';
  } catch {
    return 'not JSON';
  }
}
