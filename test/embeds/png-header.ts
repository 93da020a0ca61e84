/** Width and height from a PNG's IHDR chunk, after checking the signature (RFC 2083 §3.1, §4.1.1). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG: bad signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk must be IHDR: 4-byte length (13), 4-byte type, then width and height.
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || type !== 'IHDR') throw new Error(`not a PNG: first chunk is ${type}`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The IHDR colour type: 2 truecolour, 3 indexed (palette), 6 truecolour with alpha. */
export function pngColorType(bytes: Uint8Array): number {
  pngSize(bytes);
  return bytes[25]!;
}
