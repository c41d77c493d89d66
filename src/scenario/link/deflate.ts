/**
 * zlib `deflate` through the browser's native CompressionStream (0 KB of library code). zlib rather
 * than raw deflate: its Adler-32 trailer catches corruption that would still inflate (ECOSYSTEM §1.1).
 */

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'corrupt' | 'too-large' }

/**
 * Inflates, counting output bytes and stopping at `maxBytes`: a zip bomb costs at most `maxBytes`
 * of work and memory, not what it asks for.
 */
export async function inflateCapped(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'))
    .getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > maxBytes) {
        await reader.cancel()
        return { ok: false, reason: 'too-large' }
      }
      chunks.push(value)
    }
  } catch {
    return { ok: false, reason: 'corrupt' }
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return { ok: true, bytes: out }
}
