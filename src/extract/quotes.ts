/** Direct speech in quotation marks (straight or curly) with its speaker, from the attribution next to it. */
import { Resolved } from './coref';
import { MORE_SPEECH_VERBS, SPEECH_VERBS, alt } from './vocab';

export interface FoundQuote {
  text: string;
  speaker?: number;
}

const SAY = `(?:${alt(SPEECH_VERBS, MORE_SPEECH_VERBS)})`;

/** Quotes are searched per paragraph; a mention (absolute offset) right after ("…,” Teigen wrote) or before (She said: “…”) is the speaker. */
export function findQuotes(text: string, sents: Resolved[]): FoundQuote[] {
  const mentions = sents.flatMap((r) =>
    r.mentions.filter((m) => m.ids.length === 1).map((m) => ({ id: m.ids[0], start: r.sent.start + m.start, end: r.sent.start + m.end })),
  );
  const out: FoundQuote[] = [];
  const re = /“([^”]{2,}?)(?:”|(?=\n))|"([^"\n]{2,}?)"/g;
  for (const m of text.matchAll(re)) {
    const q = (m[1] ?? m[2]).trim();
    if (q.split(/\s+/).length < 3) continue;
    const s = m.index!;
    const e = s + m[0].length;
    const after = text.slice(e, e + 60);
    const before = text.slice(Math.max(0, s - 80), s);
    let speaker: number | undefined;
    const am = new RegExp(`^\\s*(?:,\\s*)?(?:(\\S+(?: \\S+){0,3}?) ${SAY}\\b|${SAY} (\\S+(?: \\S+){0,3}))`).exec(after);
    if (am && !/\n/.test(am[0])) speaker = mentions.find((x) => x.start >= e && x.start <= e + am.index + am[0].length)?.id;
    if (speaker === undefined) {
      const bm = new RegExp(`${SAY}(?: [^.“"]{0,40})?[:,]\\s*$`).exec(before);
      if (bm) speaker = [...mentions].reverse().find((x) => x.end <= s && x.start >= s - 80 && !/\n/.test(text.slice(x.end, s)))?.id;
    }
    out.push({ text: q, speaker });
  }
  return out;
}
