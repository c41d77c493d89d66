/** Escapes text and attribute values for XML: the only way user text enters an exported SVG. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
