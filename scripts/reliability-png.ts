/**
 * A reliability plot as a PNG, with no dependency: x = mean confidence of a bin, y = its measured precision, one
 * square per bin (area by how many fall in it), the diagonal a perfectly calibrated extractor would sit on.
 * Tick labels 0, 0.5 and 1 on both axes, in a 3×5 pixel font.
 */
import * as zlib from 'zlib';
import type { Bin } from './calibrate-confidence';

const SIZE = 400;
const MARGIN = 40;
const PLOT = SIZE - 2 * MARGIN;

type Rgb = [number, number, number];

class Canvas {
  readonly px = Buffer.alloc(SIZE * SIZE * 3, 255);
  set(x: number, y: number, c: Rgb): void {
    if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) return;
    this.px.set(c, (Math.round(y) * SIZE + Math.round(x)) * 3);
  }
  rect(x0: number, y0: number, x1: number, y1: number, c: Rgb): void {
    for (let y = Math.floor(y0); y <= y1; y++) for (let x = Math.floor(x0); x <= x1; x++) this.set(x, y, c);
  }
  line(x0: number, y0: number, x1: number, y1: number, c: Rgb): void {
    const n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
    for (let i = 0; i <= n; i++) this.set(x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * i) / n, c);
  }
  /** text in a 3×5 font, scale 2 */
  text(s: string, x: number, y: number, c: Rgb): void {
    [...s].forEach((ch, i) =>
      (GLYPHS[ch] ?? []).forEach((row, dy) =>
        [...row].forEach((bit, dx) => bit === '1' && this.rect(x + i * 8 + dx * 2, y + dy * 2, x + i * 8 + dx * 2 + 1, y + dy * 2 + 1, c)),
      ),
    );
  }
}

const GLYPHS: Record<string, string[]> = {
  '0': ['111', '101', '101', '101', '111'],
  '1': ['010', '110', '010', '010', '111'],
  '5': ['111', '100', '111', '001', '111'],
  '.': ['000', '000', '000', '000', '010'],
};

const X = (v: number) => MARGIN + v * PLOT;
const Y = (v: number) => SIZE - MARGIN - v * PLOT;

export function reliabilityPng(bins: Bin[]): Buffer {
  const c = new Canvas();
  const grey: Rgb = [190, 190, 190];
  const black: Rgb = [0, 0, 0];
  for (let t = 0; t <= 10; t++) {
    c.line(X(t / 10), Y(0), X(t / 10), Y(0) + 4, black);
    c.line(X(0) - 4, Y(t / 10), X(0), Y(t / 10), black);
  }
  c.line(X(0), Y(0), X(1), Y(1), grey);
  c.line(X(0), Y(0), X(1), Y(0), black);
  c.line(X(0), Y(0), X(0), Y(1), black);
  for (const [v, s] of [
    [0, '0'],
    [0.5, '0.5'],
    [1, '1'],
  ] as const) {
    c.text(s, X(v) - s.length * 4, Y(0) + 10, black);
    c.text(s, X(0) - 12 - s.length * 8, Y(v) - 5, black);
  }
  const most = Math.max(...bins.map((b) => b.n));
  for (const b of bins) {
    const half = 3 + 9 * Math.sqrt(b.n / most);
    c.rect(X(b.confidence) - half, Y(b.precision) - half, X(b.confidence) + half, Y(b.precision) + half, [40, 90, 200]);
  }
  return png(c.px);
}

function png(rgb: Buffer): Buffer {
  const raw = Buffer.alloc(SIZE * (SIZE * 3 + 1));
  for (let y = 0; y < SIZE; y++) rgb.copy(raw, y * (SIZE * 3 + 1) + 1, y * SIZE * 3, (y + 1) * SIZE * 3);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
