'use strict';
// Minimal PNG reader for icon checks: header fields and, for 8-bit images, decoded pixels.
const zlib = require('node:zlib');

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function readChunks(buf) {
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) {
    throw new Error('not a PNG file');
  }
  const chunks = [];
  for (let pos = 8; pos + 8 <= buf.length;) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    chunks.push({ type, data: buf.subarray(pos + 8, pos + 8 + length) });
    pos += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

function readHeader(buf) {
  const ihdr = readChunks(buf)[0];
  if (!ihdr || ihdr.type !== 'IHDR') throw new Error('PNG has no IHDR chunk first');
  const d = ihdr.data;
  return {
    width: d.readUInt32BE(0),
    height: d.readUInt32BE(4),
    bitDepth: d[8],
    colorType: d[9],
    interlace: d[12],
  };
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

function unfilterRow(filter, row, prev, bpp) {
  for (let i = 0; i < row.length; i++) {
    const left = i >= bpp ? row[i - bpp] : 0;
    const up = prev ? prev[i] : 0;
    const upLeft = prev && i >= bpp ? prev[i - bpp] : 0;
    const add = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
    if (add === undefined) throw new Error(`unknown PNG filter type ${filter}`);
    row[i] = (row[i] + add) & 0xff;
  }
}

/** Returns the header plus pixels as an array of [r, g, b, a] for 8-bit, non-interlaced, non-palette images. */
function decode(buf) {
  const header = readHeader(buf);
  const channels = CHANNELS[header.colorType];
  if (header.bitDepth !== 8 || header.interlace !== 0 || header.colorType === 3) {
    return { ...header, pixels: null };
  }
  const idat = Buffer.concat(readChunks(buf).filter((c) => c.type === 'IDAT').map((c) => c.data));
  const raw = zlib.inflateSync(idat);
  const stride = header.width * channels;
  const pixels = [];
  let prev = null;
  for (let y = 0; y < header.height; y++) {
    const start = y * (stride + 1);
    const row = Buffer.from(raw.subarray(start + 1, start + 1 + stride));
    unfilterRow(raw[start], row, prev, channels);
    for (let x = 0; x < header.width; x++) {
      const p = row.subarray(x * channels, (x + 1) * channels);
      const gray = channels <= 2;
      pixels.push(gray ? [p[0], p[0], p[0], channels === 2 ? p[1] : 255] : [p[0], p[1], p[2], channels === 4 ? p[3] : 255]);
    }
    prev = row;
  }
  return { ...header, pixels };
}

module.exports = { readHeader, decode };
