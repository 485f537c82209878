// One font face cut down to the characters of one document, with HarfBuzz's subsetter (harfbuzzjs, wasm).
// Why: Chromium hands every font a PDF uses to its print compositor whole — a 20–27 MB Noto CJK
// collection costs about 2 s per face per PDF — while a subset of a few hundred glyphs costs next to
// nothing. The face is parsed once and kept in its own wasm instance (the subsetter's memory is fixed, too
// small for two CJK collections at once), so each later subset pays only for its own glyphs.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** Node's WebAssembly, as far as this module uses it (the project's TypeScript libs carry no wasm types). */
interface WasmModule {
  readonly __wasmModule: unique symbol;
}
interface Wasm {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: object): Promise<{ exports: unknown }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

/** The raw exports of harfbuzz-subset.wasm that this module calls (pointers are numbers). */
interface HarfBuzzSubset {
  memory: { buffer: ArrayBuffer };
  _initialize(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;
/**
 * Tables a printed page of horizontal text never reads: substitutions and positioning (the collection's
 * SC face maps characters to its own glyphs already), vertical metrics, baselines. Dropping them is most of
 * the subsetter's saving: Noto CJK's GSUB closure alone costs more than the glyphs.
 */
const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'VORG', 'vhea', 'vmtx', 'DSIG'];

const tag = (s: string) => [...s].reduce((a, c) => ((a << 8) | c.charCodeAt(0)) >>> 0, 0);

let wasm: Promise<WasmModule> | null = null;
function subsetterModule(): Promise<WasmModule> {
  wasm ??= readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')).then(
    (bytes) => wasmApi.compile(bytes),
  );
  return wasm;
}

/** A font face loaded into a subsetter of its own. */
export interface SubsetFace {
  /** An OpenType font with the face's glyphs for `text`'s characters only (null: the subsetter failed). */
  subset(text: string): Uint8Array | null;
}

/** Loads face `index` of a font file (a .ttc collection holds several). */
export async function loadSubsetFace(file: string, index: number): Promise<SubsetFace> {
  const [module, bytes] = await Promise.all([subsetterModule(), readFile(file)]);
  const hb = (await wasmApi.instantiate(module, {})).exports as HarfBuzzSubset;
  hb._initialize();
  const ptr = hb.malloc(bytes.byteLength);
  if (!ptr) throw new Error(`font too large for the subsetter: ${file}`);
  new Uint8Array(hb.memory.buffer).set(bytes, ptr);
  const blob = hb.hb_blob_create(ptr, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, index);
  hb.hb_blob_destroy(blob); // the face keeps its own reference

  return {
    subset(text) {
      const input = hb.hb_subset_input_create_or_fail();
      if (!input) return null;
      try {
        hb.hb_subset_input_set_flags(
          input,
          hb.hb_subset_input_get_flags(input) |
            HB_SUBSET_FLAGS_NO_HINTING |
            HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE,
        );
        const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
        for (const t of DROPPED_TABLES) hb.hb_set_add(drop, tag(t));
        hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
        const unicodes = hb.hb_subset_input_unicode_set(input);
        for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
        const result = hb.hb_subset_or_fail(face, input);
        if (!result) return null;
        const out = hb.hb_face_reference_blob(result);
        const data = hb.hb_blob_get_data(out, 0);
        const length = hb.hb_blob_get_length(out);
        // Copied out: the wasm memory is reused by the next subset.
        const font = length ? new Uint8Array(hb.memory.buffer).slice(data, data + length) : null;
        hb.hb_blob_destroy(out);
        hb.hb_face_destroy(result);
        return font;
      } finally {
        hb.hb_subset_input_destroy(input);
      }
    },
  };
}
