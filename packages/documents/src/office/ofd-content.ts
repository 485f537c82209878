// One page part of an OFD (a page's or a template page's Content.xml, GB/T 33190-2016 §9–§13) → the glyphs it
// writes and the boxes its paths draw, in page millimetres (y downwards, as OFD measures). A TextObject's glyphs
// are placed by its Boundary (the object's origin), its CTM and each TextCode's X / Y / DeltaX / DeltaY; a
// PathObject's AbbreviatedData gives the segments a table's borders are stroked or filled with. Layers and nested
// PageBlocks are walked alike; clipping areas and invisible objects draw nothing.
import { XmlWalk, type XmlHandler, type XmlLimits } from './xml-walk.ts';

/** a b c d e f: x' = a·x + c·y + e, y' = b·x + d·y + f (as PDF's). */
export type Matrix = [number, number, number, number, number, number];

/** One character where it is written (its baseline's start) and its font size, page millimetres. */
export interface Glyph {
  text: string;
  x: number;
  y: number;
  size: number;
  /** It follows the glyph before in the same TextObject (one run of one font: at the writer's own pitch). */
  follows?: boolean;
  /** The TextObject's Font (a resource ID of PublicRes / DocumentRes): glyphs of one font share their widths. */
  font?: string;
}

/** A box a path draws, page millimetres: a stroked segment (with no thickness) or a filled subpath's bounds. */
export type DrawnBox = [number, number, number, number];

export interface PagePart {
  /** The page's PhysicalBox (x y width height), when the part gives one. */
  box: number[] | null;
  /** Template pages the page is drawn over or under (Template/@TemplateID). */
  templates: string[];
  glyphs: Glyph[];
  boxes: DrawnBox[];
  /** ImageObjects drawn: a page of pictures and no text is a scan. */
  images: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The numbers of a space-separated OFD attribute ("0 0 210 297"); NaN parts become 0. */
export function numbers(text: string | undefined): number[] {
  if (!text) return [];
  return text
    .trim()
    .split(/[\s,]+/)
    .filter((t) => t !== '')
    .map((t) => Number(t) || 0);
}

/**
 * A DeltaX / DeltaY list: numbers, where `g N D` stands for N copies of D (the standard's shorthand for
 * evenly spaced glyphs). Read only as far as `needed`: a hostile count (g 1000000000 1) costs nothing.
 */
export function parseDeltas(text: string | undefined, needed: number): number[] {
  const tokens = (text ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter((t) => t !== '');
  const out: number[] = [];
  for (let i = 0; i < tokens.length && out.length < needed;) {
    if (tokens[i] === 'g') {
      const count = Math.max(0, Math.floor(Number(tokens[i + 1]) || 0));
      const value = Number(tokens[i + 2]) || 0;
      for (let k = 0; k < count && out.length < needed; k++) out.push(value);
      i += 3;
    } else {
      out.push(Number(tokens[i]) || 0);
      i += 1;
    }
  }
  return out;
}

function matrixOf(text: string | undefined): Matrix {
  const m = numbers(text);
  return m.length === 6 ? (m as Matrix) : IDENTITY;
}

/** A point of an object's own space on the page: through its CTM, then from its Boundary's corner. */
function place(ctm: Matrix, origin: [number, number], x: number, y: number): [number, number] {
  return [origin[0] + ctm[0] * x + ctm[2] * y + ctm[4], origin[1] + ctm[1] * x + ctm[3] * y + ctm[5]];
}

/**
 * How far a glyph reaches, in ems, when no DeltaX says it: Han, full-width forms and the signs Chinese fonts set
 * full-width (…, —, ≥, √, ±, ×, °, ※, ■ and the like: General Punctuation to Misc Symbols and Arrows) a whole em,
 * figures 0.55 (Arial's, Helvetica's and Noto's 0.556; SimSun's and Times's 0.5), other glyphs half. Too wide a
 * guess only joins glyphs a border then parts, or hides a gap narrower than a space; too narrow a guess opens gaps.
 */
export function glyphEms(ch: string): number {
  return FULL_WIDTH.test(ch) ? 1 : ch >= '0' && ch <= '9' ? 0.55 : 0.5;
}

const FULL_WIDTH =
  /[\u2010-\u2bff\u2e80-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6\u00a7\u00b0\u00b1\u00d7\u00f7]/u;

interface TextState {
  ctm: Matrix;
  origin: [number, number];
  size: number;
  font: string;
  /** The previous TextCode's X / Y, which a TextCode without its own takes (GB/T 33190 §11.2: lines of one
   *  object often give only Y, columns only X). */
  lastX: number;
  lastY: number;
  /** Glyphs written so far. */
  written: number;
  code: { x?: number; y?: number; deltaX?: string; deltaY?: string; text: string } | null;
}

interface PathState {
  ctm: Matrix;
  origin: [number, number];
  stroke: boolean;
  fill: boolean;
  data: string;
  reading: boolean;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** An RGB (or grey) colour value that is white or nearly so ("255 255 255"). */
function isWhite(value: string | undefined): boolean {
  const v = numbers(value);
  return (v.length === 3 || v.length === 1) && v.every((c) => c >= 250);
}

/** Walks a page part's XML events into a PagePart. */
class PageHandler implements XmlHandler {
  readonly part: PagePart = { box: null, templates: [], glyphs: [], boxes: [], images: 0 };
  private readonly path: string[] = [];
  /** Depth inside an element whose content draws nothing (Clips, an invisible object); 0 outside. */
  private hidden = 0;
  private writing: TextState | null = null;
  private shape: PathState | null = null;
  private boxText: string | null = null;

  open(tag: string, attrs: Record<string, string>): void {
    const name = local(tag);
    const parent = this.path[this.path.length - 1];
    this.path.push(name);
    if (
      this.hidden > 0 ||
      name === 'Clips' ||
      ((name.endsWith('Object') || name === 'PageBlock') && attrs.Visible === 'false')
    ) {
      this.hidden++;
      return;
    }
    if (name === 'PhysicalBox' && parent === 'Area' && !this.inContent()) this.boxText = '';
    else if (name === 'Template' && parent === 'Page' && attrs.TemplateID)
      this.part.templates.push(attrs.TemplateID);
    else if (name === 'TextObject') {
      const box = numbers(attrs.Boundary);
      this.writing = {
        ctm: matrixOf(attrs.CTM),
        origin: [box[0] ?? 0, box[1] ?? 0],
        size: Number(attrs.Size) || 3.5,
        font: attrs.Font ?? '',
        lastX: 0,
        lastY: 0,
        written: 0,
        code: null,
      };
    } else if (name === 'TextCode' && this.writing) {
      const num = (v: string | undefined) =>
        v === undefined || v.trim() === '' ? undefined : Number(v) || 0;
      this.writing.code = {
        x: num(attrs.X),
        y: num(attrs.Y),
        deltaX: attrs.DeltaX,
        deltaY: attrs.DeltaY,
        text: '',
      };
    } else if (name === 'PathObject') {
      const box = numbers(attrs.Boundary);
      this.shape = {
        ctm: matrixOf(attrs.CTM),
        origin: [box[0] ?? 0, box[1] ?? 0],
        stroke: attrs.Stroke !== 'false',
        fill: attrs.Fill === 'true',
        data: '',
        reading: false,
      };
    } else if (name === 'AbbreviatedData' && this.shape && parent === 'PathObject') this.shape.reading = true;
    else if (
      (name === 'StrokeColor' || name === 'FillColor') &&
      this.shape &&
      parent === 'PathObject' &&
      isWhite(attrs.Value)
    ) {
      // White on the white page draws nothing a reader sees: a page's background, a cell's erased border.
      if (name === 'StrokeColor') this.shape.stroke = false;
      else this.shape.fill = false;
    } else if (name === 'ImageObject') this.part.images++;
  }

  close(tag: string): void {
    const name = local(tag);
    this.path.pop();
    if (this.hidden > 0) {
      this.hidden--;
      return;
    }
    if (name === 'PhysicalBox' && this.boxText !== null) {
      const box = numbers(this.boxText);
      if (box.length === 4 && box[3]! > 0) this.part.box = box;
      this.boxText = null;
    } else if (name === 'TextCode' && this.writing?.code) {
      this.writeCode(this.writing, this.writing.code);
      this.writing.code = null;
    } else if (name === 'TextObject') this.writing = null;
    else if (name === 'AbbreviatedData' && this.shape) this.shape.reading = false;
    else if (name === 'PathObject' && this.shape) {
      drawPath(this.shape, this.part.boxes);
      this.shape = null;
    }
  }

  text(chunk: string): void {
    if (this.hidden > 0) return;
    if (this.boxText !== null) this.boxText += chunk;
    else if (this.writing?.code) this.writing.code.text += chunk;
    else if (this.shape?.reading) this.shape.data += chunk;
  }

  private inContent(): boolean {
    return this.path.includes('Content');
  }

  /** A TextCode's characters, each at its own place: X/Y for the first, DeltaX/DeltaY (or its width) after. */
  private writeCode(state: TextState, code: NonNullable<TextState['code']>): void {
    const chars = [...code.text.replace(/[\r\n\t]/g, '')];
    let x = code.x ?? state.lastX;
    let y = code.y ?? state.lastY;
    state.lastX = x;
    state.lastY = y;
    if (chars.length === 0) return;
    const dx = parseDeltas(code.deltaX, chars.length - 1);
    const dy = parseDeltas(code.deltaY, chars.length - 1);
    const scale = Math.sqrt(Math.abs(state.ctm[0] * state.ctm[3] - state.ctm[1] * state.ctm[2])) || 1;
    chars.forEach((ch, i) => {
      const [px, py] = place(state.ctm, state.origin, x, y);
      const follows = state.written++ > 0;
      this.part.glyphs.push({
        text: ch,
        x: px,
        y: py,
        size: state.size * scale,
        font: state.font,
        ...(follows ? { follows } : {}),
      });
      x += dx[i] ?? glyphEms(ch) * state.size;
      y += dy[i] ?? 0;
    });
  }
}

/**
 * A path's segments (stroked) or its subpaths' bounds (filled) as boxes on the page. Commands (GB/T 33190
 * §9.3.2): S / M x y start a subpath, L x y a line, Q / B / A curves and arcs (no border: only their end is
 * followed), C closes the subpath.
 */
function drawPath(shape: PathState, out: DrawnBox[]): void {
  const tokens = shape.data.match(/[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const at = (x: number, y: number) => place(shape.ctm, shape.origin, x, y);
  let start: [number, number] | null = null;
  let current: [number, number] | null = null;
  let bounds: DrawnBox | null = null;
  let curved = false;
  const flush = () => {
    if (shape.fill && bounds && !curved) out.push(bounds);
    bounds = null;
    curved = false;
  };
  const extend = (p: [number, number]) => {
    bounds = bounds
      ? [
          Math.min(bounds[0], p[0]),
          Math.min(bounds[1], p[1]),
          Math.max(bounds[2], p[0]),
          Math.max(bounds[3], p[1]),
        ]
      : [p[0], p[1], p[0], p[1]];
  };
  const line = (to: [number, number]) => {
    if (current && shape.stroke) out.push([current[0], current[1], to[0], to[1]]);
    current = to;
    extend(to);
  };
  const arity: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 };
  for (let i = 0; i < tokens.length;) {
    const op = tokens[i]!;
    const n = arity[op];
    if (n === undefined) {
      i++; // a stray number or an unknown command: skipped
      continue;
    }
    const args = tokens.slice(i + 1, i + 1 + n).map(Number);
    i += 1 + n;
    if (args.length < n || args.some((v) => !Number.isFinite(v))) break;
    if (op === 'S' || op === 'M') {
      flush();
      current = start = at(args[0]!, args[1]!);
      extend(current);
    } else if (op === 'L') line(at(args[0]!, args[1]!));
    else if (op === 'C') {
      if (start) line(start);
    } else {
      curved = true;
      current = at(args[n - 2]!, args[n - 1]!);
      extend(current);
    }
  }
  flush();
}

/** Reads one page part's XML, counting its elements into a budget shared by the whole package. */
export function readPagePart(
  xml: string,
  part: string,
  limits: XmlLimits,
  budget: { elements: number },
): PagePart {
  const handler = new PageHandler();
  const walk = new XmlWalk(handler, part, { limits, counted: budget.elements });
  walk.write(xml);
  walk.end();
  budget.elements = walk.elements;
  return handler.part;
}
