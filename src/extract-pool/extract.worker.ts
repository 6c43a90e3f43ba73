/**
 * Worker-thread entry: one article per task. Input errors come back as data, because an
 * ExtractionInputError thrown here would cross the thread boundary as a plain Error.
 */
import os from 'node:os';
import type { MessagePort } from 'node:worker_threads';
import { extractArticle, ExtractionInputError, ExtractionResult, ExtractOptions } from '../extract';

/**
 * Extraction is background work next to reads: on Linux a thread has its own nice value, so
 * this lowers the worker alone and the event loop (and Neo4j) win a busy CPU. Elsewhere
 * setpriority(0) would lower the whole process, so it is left alone. Bench (2 cores, load
 * ~19): read p90 while four 100 KB articles ran was 2.07x idle at nice 0; see BENCHMARKS.md.
 */
const WORKER_NICE = 10;
if (process.platform === 'linux') {
  try {
    os.setPriority(0, WORKER_NICE);
  } catch {
    // not allowed here (some sandboxes): extraction still runs, at normal priority
  }
}

export interface ExtractTask {
  options: ExtractOptions;
  /** told as the article starts, so the time budget counts running time, not queue time */
  started: MessagePort;
}

export type ExtractOutcome = { ok: true; result: ExtractionResult } | { ok: false; inputError: string };

export default function extractInWorker({ options, started }: ExtractTask): ExtractOutcome {
  started.postMessage('started');
  started.close();
  try {
    return { ok: true, result: extractArticle(options) };
  } catch (error) {
    if (error instanceof ExtractionInputError) return { ok: false, inputError: error.message };
    throw error;
  }
}
