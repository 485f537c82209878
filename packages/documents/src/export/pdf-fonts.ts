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

const faces = new Map<PrintFace, Promise<SubsetFace | null>>();
function face(name: PrintFace): Promise<SubsetFace | null> {
  let f = faces.get(name);
  if (!f) {
    const { fontconfig, family } = FACES[name];
    f = locate(fontconfig, family)
      .then((where) => (where ? loadSubsetFace(where.file, where.index) : null))
      .catch(() => null);
    faces.set(name, f);
  }
  return f;
}

/** Recent documents' rules: a document printed twice (the disclosure package) or downloaded again reuses them. */
const recent = new Map<string, string>();
const RECENT_MAX = 16;

/** @font-face rules with each face's subset inline (data: URLs: the print page has no network). */
export async function embeddedFontCss(texts: FaceTexts): Promise<string> {
  const key = JSON.stringify(
    (Object.keys(FACES) as PrintFace[]).map((n) => [...new Set(texts[n])].sort().join('')),
  );
  const hit = recent.get(key);
  if (hit !== undefined) {
    recent.delete(key); // most recent last
    recent.set(key, hit);
    return hit;
  }
  const names = (Object.keys(FACES) as PrintFace[]).filter((n) => texts[n].trim());
  const loaded = await Promise.all(names.map(face)); // the first document loads the faces side by side
  const rules: string[] = [];
  for (const [k, name] of names.entries()) {
    const font = loaded[k]?.subset(texts[name]);
    if (!font) continue;
    const { family, weight } = FACES[name];
    rules.push(
      `@font-face { font-family: "${family}"; font-weight: ${weight}; font-style: normal; ` +
        `src: url(data:font/otf;base64,${Buffer.from(font).toString('base64')}) format("opentype"); }`,
    );
  }
  const css = rules.join('\n');
  recent.set(key, css);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  return css;
}
