import { AppError } from '../errors';

/**
 * At most `limit` holders at once; later callers queue for up to `waitMs`, then get
 * UNAVAILABLE with a retry hint. Neo4j Community has no per-user memory limit, so this
 * is how analyst queries are bounded harder than the service's own.
 */
export class ConcurrencyGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly limit: number,
    readonly waitMs: number,
    private readonly what: string,
  ) {}

  get running(): number {
    return this.active;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        this.active += 1;
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(turn), 1);
        const retryAfterSeconds = Math.max(1, Math.ceil(this.waitMs / 1000));
        reject(
          new AppError('UNAVAILABLE', `${this.limit} ${this.what} are already running; retry in ${retryAfterSeconds} s`, {
            retryAfterSeconds,
          }),
        );
      }, this.waitMs);
      this.waiting.push(turn);
    });
  }

  private release(): void {
    this.active -= 1;
    this.waiting.shift()?.();
  }
}
