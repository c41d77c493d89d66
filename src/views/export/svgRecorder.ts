import type { StripContext } from '../partitionLog/drawLogStrip'
import { escapeXml } from './escapeXml'

type Paint = string | CanvasGradient | CanvasPattern

/** Plain colours only: gradients and patterns never reach an export. */
function colour(paint: Paint): string {
  return escapeXml(typeof paint === 'string' ? paint : '#000000')
}

const num = (n: number): string => String(Math.round(n * 100) / 100)

/**
 * The strip's canvas calls, recorded as SVG shapes, so the exported picture is drawn by the very
 * code that draws the screen (drawLogStrip) and holds nothing but rects and paths.
 */
export class SvgRecorder implements StripContext {
  fillStyle: Paint = '#000000'
  strokeStyle: Paint = '#000000'
  lineWidth = 1
  globalAlpha = 1
  private readonly shapes: string[] = []
  private path: string[] = []

  clearRect(): void {
    // The export starts from an empty picture; there is nothing to clear.
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.shapes.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${colour(this.fillStyle)}"${this.opacity()}/>`,
    )
  }

  strokeRect(x: number, y: number, w: number, h: number): void {
    this.shapes.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="none" stroke="${colour(this.strokeStyle)}" stroke-width="${num(this.lineWidth)}"${this.opacity()}/>`,
    )
  }

  beginPath(): void {
    this.path = []
  }

  moveTo(x: number, y: number): void {
    this.path.push(`M${num(x)} ${num(y)}`)
  }

  lineTo(x: number, y: number): void {
    this.path.push(`L${num(x)} ${num(y)}`)
  }

  stroke(): void {
    this.shapes.push(
      `<path d="${this.path.join('')}" fill="none" stroke="${colour(this.strokeStyle)}" stroke-width="${num(this.lineWidth)}"${this.opacity()}/>`,
    )
  }

  /** The shapes drawn so far, in painting order. */
  markup(): string {
    return this.shapes.join('\n')
  }

  private opacity(): string {
    return this.globalAlpha === 1 ? '' : ` opacity="${num(this.globalAlpha)}"`
  }
}
