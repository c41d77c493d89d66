/**
 * base64url without padding (RFC 4648 §5), over `btoa`/`atob`: `Uint8Array.toBase64` is not in
 * Node 20, where the unit tests run.
 */

const ALPHABET = /^[A-Za-z0-9_-]*$/
/** `String.fromCharCode(...chunk)` takes its argument list on the stack; keep chunks small. */
const CHUNK = 0x8000

export function encodeBase64url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Whether `text` uses only the base64url alphabet (whatever its length). */
export function isBase64url(text: string): boolean {
  return ALPHABET.test(text)
}

/** The bytes, or null when `text` is not unpadded base64url. */
export function decodeBase64url(text: string): Uint8Array | null {
  // A length of 4n+1 cannot come from any byte string.
  if (!ALPHABET.test(text) || text.length % 4 === 1) return null
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
