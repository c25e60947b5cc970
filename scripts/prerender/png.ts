/**
 * A palette PNG (colour type 3, https://www.w3.org/TR/png-3/) of a rendered preview image. The previews are flat
 * colours on white with anti-aliased edges; an RGBA PNG of one is 75–80 kB, 400 of them 31 MB, which would take
 * dist/ past its 80 MB budget (issue 18). Mapped to 16 colours (the frequent ones, each blended with the background
 * in steps) at 4 bits per pixel, the same image is about a quarter of that and reads the same.
 */
import {crc32, deflateSync} from "node:zlib";

/** The most frequent colours of an opaque RGBA image, most frequent first. */
function frequentColours(pixels: Uint8Array, max: number, minCount: number): number[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length; i += 4) {
    const c = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([c]) => c);
}

const rgb = (c: number): [number, number, number] => [(c >> 16) & 255, (c >> 8) & 255, c & 255];

/** Blends of a colour with the background: the colour itself and two anti-aliasing steps. */
const STEPS = [1, 0.62, 0.28];

/**
 * A palette of `size` colours: the most frequent one (the background) and the next frequent ones, each also blended
 * with the background in STEPS.
 */
export function previewPalette(pixels: Uint8Array, size = 16): [number, number, number][] {
  const [background, ...bases] = frequentColours(
    pixels,
    1 + Math.floor((size - 1) / STEPS.length),
    // A colour counts when it covers 1/5000 of the image (150 pixels of a preview): no stray anti-aliasing shade.
    Math.ceil(pixels.length / 4 / 5000)
  );
  const bg = rgb(background ?? 0xffffff);
  const palette: [number, number, number][] = [bg];
  for (const base of bases) {
    const c = rgb(base);
    for (const a of STEPS) {
      palette.push([0, 1, 2].map((k) => Math.round(c[k]! * a + bg[k]! * (1 - a))) as [number, number, number]);
    }
  }
  return palette;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes opaque RGBA `pixels` (width × height × 4 bytes) as a palette PNG, each pixel as its nearest colour. */
export function palettePng(pixels: Uint8Array, width: number, height: number): Buffer {
  const palette = previewPalette(pixels);
  const nearest = new Map<number, number>();
  const indexOf = (r: number, g: number, b: number) => {
    const key = (r << 16) | (g << 8) | b;
    let best = nearest.get(key);
    if (best !== undefined) return best;
    let distance = Infinity;
    palette.forEach(([pr, pg, pb], i) => {
      const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (d < distance) [distance, best] = [d, i];
    });
    nearest.set(key, best!);
    return best!;
  };
  // Each scanline: filter type 0 (none), then the palette indices, two pixels (4 bits each) per byte.
  const stride = Math.ceil(width / 2) + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const index = indexOf(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!);
      raw[y * stride + 1 + (x >> 1)]! |= x & 1 ? index : index << 4;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([4, 3, 0, 0, 0], 8); // 4 bits per index, colour type 3 (palette), deflate, adaptive filters, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("PLTE", Buffer.from(palette.flat())),
    chunk("IDAT", deflateSync(raw, {level: 9})),
    chunk("IEND", new Uint8Array())
  ]);
}
