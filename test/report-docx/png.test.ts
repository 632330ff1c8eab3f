import { inflateSync } from 'node:zlib';
import { Canvas } from '../../src/report-docx/canvas';
import { indicatorChart } from '../../src/report-docx/chart';
import { crc32, encodePng } from '../../src/report-docx/png';
import { inflatedPixels } from './png-pixels';

/** Chunks of a PNG in order, each with its CRC checked. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    expect(view.getUint32(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    out.push({ type: String.fromCharCode(...png.subarray(at + 4, at + 8)), data: png.slice(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  test('a 3×2 image of 3 colours: header, palette and every pixel back after inflating, a byte a pixel', () => {
    const png = encodePng({ width: 3, height: 2, pixels: Uint8Array.from([0, 1, 2, 2, 1, 0]), palette: ['#ffffff', '#1f4e79', '#c62828'] });
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([...parts[0].data]).toEqual([0, 0, 0, 3, 0, 0, 0, 2, 8, 3, 0, 0, 0]);
    expect([...parts[1].data]).toEqual([255, 255, 255, 0x1f, 0x4e, 0x79, 0xc6, 0x28, 0x28]);
    // Filter byte 0, then the pixels' palette indices.
    expect([...inflateSync(parts[2].data)]).toEqual([0, 0, 1, 2, 0, 2, 1, 0]);
  });

  test('more than 16 colours', () => {
    const palette = Array.from({ length: 17 }, (_, k) => `#0000${k.toString(16).padStart(2, '0')}`);
    const parts = chunks(encodePng({ width: 2, height: 1, pixels: Uint8Array.from([16, 3]), palette }));
    expect(parts[1].data.length).toBe(51);
    expect([...inflateSync(parts[2].data)]).toEqual([0, 16, 3]);
  });

  test('the indicator chart is deflated: tens of KB instead of the 721 KB of raw scanlines', () => {
    const bars = Array.from({ length: 10 }, (_, k) => ({ no: k + 1, score: 55 + k * 4.5, pass: k >= 7 }));
    const img = indicatorChart(bars, 85, 'thai');
    const idat = chunks(img.png).find((c) => c.type === 'IDAT')!.data;
    expect(inflateSync(idat).length).toBe((img.width + 1) * img.height);
    expect(img.png.length).toBeLessThan(30_000);
  });

  test('what a canvas holds comes back pixel for pixel: bars, thick sloped lines and digits', () => {
    const c = new Canvas(1200, 640);
    c.rect(96, 40, 3, 560, 2);
    for (let k = 0; k < 10; k++) c.rect(120 + k * 100, 600 - k * 50, 56, k * 50, 3 + (k % 2));
    for (let k = 0; k < 11; k++) c.line(140, 100 + k * 40, 1080, 500 - k * 37, 4 + k, k === 0 ? 7 : 4);
    c.text('๙๖.๔๗', 600, 320, 'center', 15);
    c.text('2568', 1100, 600, 'right', 1);
    const palette = Array.from({ length: 16 }, (_, k) => `#${(k * 15).toString(16).padStart(2, '0')}0000`);
    const png = encodePng({ width: c.width, height: c.height, pixels: c.pixels, palette });
    expect(inflatedPixels(png, c.width, c.height)).toEqual(c.pixels);
    expect(new Set(c.pixels).size).toBe(16);
  });
});
