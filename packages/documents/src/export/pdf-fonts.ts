// The fonts of a printed document, embedded in its HTML as subsets of the system's Noto CJK faces: each
// face cut to the characters it prints (see font-subset.ts for why). The @font-face rules take the
// system family names the print CSS already asks for, so nothing else changes; a character a subset
// lacks falls through the CSS font list to the system font — printed right, only slower. Where
// fontconfig or a face is missing, no rule is written and Chromium uses whatever the system has.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { DocumentLayout } from './layout.ts';
import { loadSubsetFace, type SubsetFace } from './font-subset.ts';

/** A face the print CSS (write-html.ts) uses: its family, weight and the text it prints. */
export type PrintFace = 'serif' | 'serifBold' | 'sansBold';

const FACES: Record<PrintFace, { family: string; weight: 400 | 700; fontconfig: string }> = {
  serif: { family: 'Noto Serif CJK SC', weight: 400, fontconfig: 'Noto Serif CJK SC:style=Regular' },
  serifBold: { family: 'Noto Serif CJK SC', weight: 700, fontconfig: 'Noto Serif CJK SC:style=Bold' },
  sansBold: { family: 'Noto Sans CJK SC', weight: 700, fontconfig: 'Noto Sans CJK SC:style=Bold' },
};

/** What each face prints. `serif` is the body font and takes everything, so no character is left out. */
export type FaceTexts = Record<PrintFace, string>;

/** Page numbers in the footer, in the body font. */
export const FOOTER_CHARACTERS = '第页共/ 0123456789';

/**
 * The text each face prints in a layout, by the styles write-html.ts gives them: titles and headings in
 * the sans bold, label/header/section cells in the serif bold, everything in the serif.
 */
export function faceTexts(layout: DocumentLayout): FaceTexts {
  const sansBold: string[] = [];
  const serifBold: string[] = [];
  const all: string[] = [layout.title, FOOTER_CHARACTERS];
  for (const section of layout.sections)
    for (const block of section.blocks) {
      if (block.type === 'paragraph') {
        all.push(block.text);
        if (block.style === 'title' || block.style === 'heading') sansBold.push(block.text);
        continue;
      }
      for (const row of block.rows)
        for (const c of row) {
          all.push(c.text);
          if (c.style === 'label' || c.style === 'header' || c.style === 'section') serifBold.push(c.text);
        }
    }
  return { serif: all.join(''), serifBold: serifBold.join(''), sansBold: sansBold.join('') };
}

/** Every face prints any character of the text (for HTML that comes without its layout). */
export function allFaces(text: string): FaceTexts {
  return { serif: text + FOOTER_CHARACTERS, serifBold: text, sansBold: text };
}

/** Where fontconfig finds a face: its file and index in a collection, or null when it has no such family. */
async function locate(pattern: string, family: string): Promise<{ file: string; index: number } | null> {
  try {
    const { stdout } = await promisify(execFile)('fc-match', ['-f', '%{file}\t%{index}\t%{family}', pattern]);
    const [file, index, families] = stdout.split('\t');
    if (!file || !families?.split(',').includes(family)) return null;
    return { file, index: Number(index) || 0 };
  } catch {
    return null;
  }
}

/** A face cut to a set of characters, as its @font-face rule. */
interface Cut {
  chars: ReadonlySet<string>;
  rule: string;
}

/** Cuts kept per face, most recent last. */
const RECENT_MAX = 16;
/**
 * Most characters one cut is made for. Documents asked for together (a batch) share a cut of their
 * characters' union up to this many; past it another cut starts. Subsetting costs about 0.15 ms a glyph,
 * and Chromium hands the whole embedded face to its print compositor, so a cut stays near its documents.
 */
const CUT_MAX_CHARS = 1200;
/** A kept cut serves a document only when it is not much larger than the document's own characters. */
const covers = (cut: Cut, chars: ReadonlySet<string>) =>
  cut.chars.size <= chars.size * 4 + 200 && [...chars].every((c) => cut.chars.has(c));

interface Waiting {
  texts: FaceTexts;
  resolve(css: string): void;
  reject(e: unknown): void;
}

/**
 * The faces a printer embeds and the cuts it made of them. Documents printed together (a batch, a
 * package printed twice, a download asked again) share cuts, so each face is cut once for them — in Node
 * and, as the same data: URL, in Chromium's font cache. It lives as long as its printer (write-pdf.ts):
 * a new browser starts with new cuts, and nothing is kept between printers.
 */
export class PrintFonts {
  private readonly faces = new Map<PrintFace, Promise<SubsetFace | null>>();
  private readonly recent = new Map<PrintFace, Cut[]>();
  /** Documents asked for in this turn of the event loop: they are cut for together when it ends. */
  private waiting: Waiting[] | null = null;

  /** @font-face rules with each face's subset inline (data: URLs: the print page has no network). */
  css(texts: FaceTexts): Promise<string> {
    return new Promise((resolve, reject) => {
      if (!this.waiting) {
        this.waiting = [];
        setImmediate(() => {
          const batch = this.waiting!;
          this.waiting = null;
          this.cssOf(batch.map((w) => w.texts)).then(
            (css) => batch.forEach((w, k) => w.resolve(css[k]!)),
            (e: unknown) => batch.forEach((w) => w.reject(e)),
          );
        });
      }
      this.waiting.push({ texts, resolve, reject });
    });
  }

  private face(name: PrintFace): Promise<SubsetFace | null> {
    let f = this.faces.get(name);
    if (!f) {
      const { fontconfig, family } = FACES[name];
      f = locate(fontconfig, family)
        .then((where) => (where ? loadSubsetFace(where.file, where.index) : null))
        .catch(() => null);
      this.faces.set(name, f);
    }
    return f;
  }

  /** The rules of several documents: per face, each gets a kept cut covering it or a shared new one. */
  private async cssOf(documents: readonly FaceTexts[]): Promise<string[]> {
    const rules: string[][] = documents.map(() => []);
    const names = (Object.keys(FACES) as PrintFace[]).filter((n) => documents.some((d) => d[n].trim()));
    const loaded = await Promise.all(names.map((n) => this.face(n))); // the faces load side by side
    for (const [k, name] of names.entries()) {
      const subsetter = loaded[k];
      if (!subsetter) continue;
      const cuts = this.recent.get(name) ?? [];
      this.recent.set(name, cuts);
      const uncovered: Array<{ doc: number; chars: Set<string> }> = [];
      documents.forEach((d, doc) => {
        if (!d[name].trim()) return;
        const chars = new Set(d[name]);
        const hit = cuts.findLast((c) => covers(c, chars));
        if (!hit) return uncovered.push({ doc, chars });
        cuts.splice(cuts.indexOf(hit), 1);
        cuts.push(hit); // most recent last
        rules[doc]!.push(hit.rule);
      });
      for (const group of groupsOf(uncovered)) {
        const chars = new Set(group.flatMap((g) => [...g.chars]));
        const font = subsetter.subset([...chars].join(''));
        if (!font) continue;
        const { family, weight } = FACES[name];
        const rule =
          `@font-face { font-family: "${family}"; font-weight: ${weight}; font-style: normal; ` +
          `src: url(data:font/otf;base64,${Buffer.from(font).toString('base64')}) format("opentype"); }`;
        cuts.push({ chars, rule });
        if (cuts.length > RECENT_MAX) cuts.shift();
        for (const g of group) rules[g.doc]!.push(rule);
      }
    }
    return rules.map((r) => r.join('\n'));
  }
}

/** Documents in groups whose characters together stay within CUT_MAX_CHARS (a larger one alone). */
function groupsOf<T extends { chars: ReadonlySet<string> }>(documents: readonly T[]): T[][] {
  const groups: Array<{ members: T[]; chars: Set<string> }> = [];
  for (const d of documents) {
    const fits = groups.find((g) => {
      let extra = 0;
      for (const c of d.chars) if (!g.chars.has(c)) extra++;
      return g.chars.size + extra <= CUT_MAX_CHARS;
    });
    if (fits) {
      fits.members.push(d);
      for (const c of d.chars) fits.chars.add(c);
    } else groups.push({ members: [d], chars: new Set(d.chars) });
  }
  return groups.map((g) => g.members);
}
