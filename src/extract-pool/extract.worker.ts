/**
 * Worker-thread entry: one article per task. Input errors come back as data, because an
 * ExtractionInputError thrown here would cross the thread boundary as a plain Error.
 */
import type { MessagePort } from 'node:worker_threads';
import { extractArticle, ExtractionInputError, ExtractionResult, ExtractOptions } from '../extract';

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
