import { existsSync } from 'node:fs';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { AppError } from '../errors';
import { extractArticle, ExtractionInputError, ExtractionResult, ExtractOptions } from '../extract';
import type { ExtractOutcome, ExtractTask } from './extract.worker';

/** Text -> draft, wherever it runs. Throws ExtractionInputError for bad text, like extractArticle. */
export interface Extractor {
  extract(options: ExtractOptions): Promise<ExtractionResult>;
  close(): Promise<void>;
}

export interface ExtractPoolSettings {
  /** worker threads; 0 extracts on the main thread (no budget, no queue: the old behaviour) */
  threads: number;
  /** running time one article may take before its worker is terminated */
  timeoutMs: number;
  /** articles that may wait for a free worker; one more is refused with UNAVAILABLE */
  maxQueue: number;
  onWorkerError?: (error: unknown) => void;
}

/** Same code as the pool, on the calling thread: scripts, unit tests and threads = 0. */
export const inlineExtractor: Extractor = {
  extract: async (options) => extractArticle(options),
  close: async () => undefined,
};

export function createExtractor(settings: ExtractPoolSettings): Extractor {
  return settings.threads === 0 ? inlineExtractor : new ExtractPool(settings);
}

/** dist/ holds the compiled worker; under vitest the sources are TypeScript and need a loader. */
function workerFile(): string {
  const compiled = path.join(__dirname, 'extract.worker.js');
  return existsSync(compiled) ? compiled : path.join(__dirname, 'ts-worker.cjs');
}

class ExtractPool implements Extractor {
  private readonly pool: Piscina<ExtractTask, ExtractOutcome>;
  /** articles running or waiting; counted here because piscina's maxQueue skips tasks that carry an AbortSignal */
  private inFlight = 0;

  constructor(private readonly settings: ExtractPoolSettings) {
    this.pool = new Piscina({ filename: workerFile(), minThreads: settings.threads, maxThreads: settings.threads });
    // a worker that dies outside a task (e.g. while loading) must not crash the service
    this.pool.on('error', (error) => settings.onWorkerError?.(error));
  }

  async extract(options: ExtractOptions): Promise<ExtractionResult> {
    if (this.inFlight >= this.settings.threads + this.settings.maxQueue) throw this.queueFullError();
    this.inFlight++;
    try {
      const outcome = await this.runWithBudget(options);
      if (!outcome.ok) throw new ExtractionInputError(outcome.inputError);
      return outcome.result;
    } finally {
      this.inFlight--;
    }
  }

  /** The budget starts when a worker picks the article up; aborting a running task terminates its worker (piscina replaces it). */
  private async runWithBudget(options: ExtractOptions): Promise<ExtractOutcome> {
    const controller = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    port1.once('message', () => {
      timer = setTimeout(() => controller.abort(), this.settings.timeoutMs);
    });
    try {
      return await this.pool.run({ options, started: port2 }, { transferList: [port2], signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) throw this.timeoutError();
      throw error;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  private timeoutError(): AppError {
    const { timeoutMs } = this.settings;
    return new AppError(
      'TIMEOUT',
      `extraction stopped after ${timeoutMs} ms (the budget per article): split the text into shorter articles`,
      { timeoutMs },
    );
  }

  private queueFullError(): AppError {
    const retryAfterSeconds = this.estimateWaitSeconds();
    return new AppError(
      'UNAVAILABLE',
      `the extraction queue is full (${this.settings.maxQueue} articles waiting): retry in ${retryAfterSeconds} s`,
      {
        retryAfterSeconds,
        http: { headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    );
  }

  /** Time for the work ahead to drain: (waiting + running) articles per thread, at the mean running time seen so far. */
  private estimateWaitSeconds(): number {
    const seen = this.pool.histogram.runTime.mean; // NaN before the first article
    const meanMs = Number.isFinite(seen) && seen > 0 ? seen : 1_000;
    const ahead = this.inFlight / this.settings.threads;
    return Math.max(1, Math.ceil((ahead * Math.min(meanMs, this.settings.timeoutMs)) / 1_000));
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
