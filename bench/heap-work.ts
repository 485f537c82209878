// What V8's collector did in a server process over a run, from its own statistics of each collection
// (v8.GCProfiler: the heap's figures before and after every GC, read by V8 as it collects — no per-request
// tracing, so it does not slow the requests it measures): scavenges and full collections with their pauses, the
// bytes the program allocated, and of them what survived a scavenge and what was promoted to the old generation.
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { GCProfiler, getHeapStatistics } from 'node:v8';

/** Sums over a run (MB, ms). */
export interface HeapWork {
  scavenges: number;
  scavengeMs: number;
  scavengeMaxMs: number;
  /** Mark-compact collections and the incremental marking steps V8 reports apart. */
  fullGcs: number;
  fullGcMs: number;
  fullGcMaxMs: number;
  /** Of the full collections, the mark-compacts themselves, and those V8 began to free external memory (the GC's
   * `NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY`): its bytes outside the heap — ArrayBuffers, Buffers — grown
   * 64 MB past their count at the last mark-compact, or its memory reducer's (a mutator judged idle: little heap
   * allocated for the collector's speed), which V8 flags alike; `--trace-gc` marks the reducer's "(reduce)". */
  markCompacts: number;
  externalMarkCompacts: number;
  /** The most external memory V8 counted at a collection's start, and at any request's end (MB). */
  externalPeakMb: number;
  externalSampledPeakMb: number;
  /** External memory allocated (MB): the rises of V8's count between one `sample()` and the next (a fall is a
   * sweep of dead ArrayBuffers after a collection; the bytes allocated in the few intervals with a fall are lost). */
  externalAllocatedMb: number;
  /** Bytes the program allocated (the heap's growth between one collection's end and the next one's start). */
  allocatedMb: number;
  /** The young generation left after each scavenge (objects copied within it), summed over scavenges. */
  survivedMb: number;
  /** The old generation's growth over each scavenge (objects moved out of the young generation). */
  promotedMb: number;
}

interface SpaceFigures {
  spaceName: string;
  spaceUsedSize: number;
}
interface HeapFigures {
  heapStatistics: { usedHeapSize: number; externalMemory: number };
  heapSpaceStatistics: SpaceFigures[];
}
interface GcStatistics {
  gcType: string;
  cost: number;
  beforeGC: HeapFigures;
  afterGC: HeapFigures;
}

const MB = 2 ** 20;
const used = (h: HeapFigures, ...spaces: string[]) =>
  h.heapSpaceStatistics
    .filter((s) => spaces.includes(s.spaceName))
    .reduce((sum, s) => sum + s.spaceUsedSize, 0);

const zero = (): HeapWork => ({
  scavenges: 0,
  scavengeMs: 0,
  scavengeMaxMs: 0,
  fullGcs: 0,
  fullGcMs: 0,
  fullGcMaxMs: 0,
  markCompacts: 0,
  externalMarkCompacts: 0,
  externalPeakMb: 0,
  externalSampledPeakMb: 0,
  externalAllocatedMb: 0,
  allocatedMb: 0,
  survivedMb: 0,
  promotedMb: 0,
});

/** Starts counting at once; `read()` answers the sums since the last `reset()` (or the start). */
export function heapWork() {
  let profiler = new GCProfiler();
  let sums = zero();
  let usedAfterLast = getHeapStatistics().used_heap_size;
  profiler.start();
  // The mark-compacts and their flags, as Node reports each GC (GCProfiler does not tell why V8 began one).
  let majors = { all: 0, external: 0 };
  const count = (entries: PerformanceEntry[]) => {
    for (const e of entries) {
      const detail = (e as unknown as { detail?: { kind: number; flags: number } }).detail;
      if (detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
      majors.all++;
      if (detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY) majors.external++;
    }
  };
  const observer = new PerformanceObserver((list) => count(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const collect = () => {
    // The observer's entries of the GCs so far (delivered later, by a task: a run's last may come in the next).
    count(observer.takeRecords());
    sums.markCompacts += majors.all;
    sums.externalMarkCompacts += majors.external;
    majors = { all: 0, external: 0 };
    const data = profiler.stop() as unknown as { statistics: GcStatistics[] };
    profiler = new GCProfiler();
    profiler.start();
    for (const s of data.statistics) {
      const ms = s.cost / 1000;
      sums.allocatedMb += Math.max(0, s.beforeGC.heapStatistics.usedHeapSize - usedAfterLast) / MB;
      usedAfterLast = s.afterGC.heapStatistics.usedHeapSize;
      sums.externalPeakMb = Math.max(sums.externalPeakMb, s.beforeGC.heapStatistics.externalMemory / MB);
      if (s.gcType === 'Scavenge' || s.gcType === 'MinorMarkCompact') {
        sums.scavenges++;
        sums.scavengeMs += ms;
        sums.scavengeMaxMs = Math.max(sums.scavengeMaxMs, ms);
        sums.survivedMb += used(s.afterGC, 'new_space', 'new_large_object_space') / MB;
        sums.promotedMb +=
          Math.max(
            0,
            used(s.afterGC, 'old_space', 'large_object_space') -
              used(s.beforeGC, 'old_space', 'large_object_space'),
          ) / MB;
      } else {
        sums.fullGcs++;
        sums.fullGcMs += ms;
        sums.fullGcMaxMs = Math.max(sums.fullGcMaxMs, ms);
      }
    }
    // What was allocated since the last collection counts too (a run with no GC allocated something).
    const now = getHeapStatistics().used_heap_size;
    sums.allocatedMb += Math.max(0, now - usedAfterLast) / MB;
    usedAfterLast = now;
  };
  let externalBefore = getHeapStatistics().external_memory;
  return {
    /** Reads V8's external memory now (called once a request, when it ends). */
    sample() {
      const now = getHeapStatistics().external_memory;
      if (now > externalBefore) sums.externalAllocatedMb += (now - externalBefore) / MB;
      sums.externalSampledPeakMb = Math.max(sums.externalSampledPeakMb, now / MB);
      externalBefore = now;
    },
    read(): HeapWork {
      collect();
      return { ...sums };
    },
    reset() {
      collect();
      sums = zero();
    },
  };
}

/** A run's collector figures a request (kB, ms) and a scavenge (kB survived), rounded for a line of output. */
export function heapPerRequest(h: HeapWork, requests: number) {
  const n = Math.max(1, requests);
  const r = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    allocatedKb: r((h.allocatedMb * 1024) / n),
    promotedKb: r((h.promotedMb * 1024) / n, 2),
    survivedKbAScavenge: r((h.survivedMb * 1024) / Math.max(1, h.scavenges)),
    scavengesPer1k: r((h.scavenges * 1000) / n),
    scavengeMs: r(h.scavengeMs),
    scavengeMaxMs: r(h.scavengeMaxMs),
    fullGcs: h.fullGcs,
    fullGcMs: r(h.fullGcMs),
    markCompactsPer1k: r((h.markCompacts * 1000) / n, 2),
    externalMarkCompactsPer1k: r((h.externalMarkCompacts * 1000) / n, 2),
    externalPeakMb: r(h.externalPeakMb),
    externalSampledPeakMb: r(h.externalSampledPeakMb),
    externalAllocatedKb: r((h.externalAllocatedMb * 1024) / n),
  };
}
