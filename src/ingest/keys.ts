import { createHash } from 'node:crypto';

/** Case-, accent- and punctuation-insensitive key under which a name or alias is matched. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Readable id for a new person: "Chrissy Teigen" -> "chrissy-teigen". */
export function slugify(name: string): string {
  const slug = nameKey(name).replace(/ /g, '-').slice(0, 60);
  return slug || 'person';
}

/** Short stable hash for ids derived from natural keys. */
export function hashId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 16)}`;
}
