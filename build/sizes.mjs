// Byte sizes as readers pay them: minified, gzip and brotli (both at their best level).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function sizes(source) {
  const bytes = Buffer.from(source);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const formatSizes = ({ min, gzip, brotli }) =>
  `${String(min).padStart(7)} B min ${String(gzip).padStart(6)} B gzip ${String(brotli).padStart(6)} B brotli`;
