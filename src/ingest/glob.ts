import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

function segmentPattern(segment: string): RegExp {
  const escaped = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

/**
 * Minimal glob over a folder tree ("ofac/sdn_advanced/*\/sdn_advanced.xml*"): `*` and `?` inside one
 * path segment. Node 20 has no fs.glob, and list folders are shallow, so this is all that is needed.
 */
export async function glob(root: string, pattern: string): Promise<string[]> {
  const segments = pattern.split('/').filter((s) => s !== '');
  let paths = [root];
  for (const [i, segment] of segments.entries()) {
    const re = segmentPattern(segment);
    const last = i === segments.length - 1;
    const next: string[] = [];
    for (const dir of paths) {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (!re.test(e.name)) continue;
        if (last ? e.isFile() : e.isDirectory()) next.push(join(dir, e.name));
      }
    }
    paths = next;
  }
  return paths.sort();
}
