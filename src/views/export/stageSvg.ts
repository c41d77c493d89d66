import {
  cellLabelPx,
  labelRowHeight,
  NEWEST_PREFIX,
  type Lane,
  type NewestRow,
  type Scene,
} from '../../derive/scene'
import { formatSimTime } from '../../derive/scene/format'
import { escapeXml } from './escapeXml'
import { isolate } from '../../sim'

/**
 * The stage as a standalone SVG document for slides and handouts: the same scene the screen draws
 * (lanes, segments, records, ghosts, resets, markers, labels, job boxes), in the light palette, with
 * a legend naming the keys. Only shapes and escaped text: no scripts, no foreignObject, no links,
 * no patterns (a ghost's hatching is drawn as lines).
 */

const INK = { text: '#1b1f24', muted: '#57606a', surface: '#ffffff' } as const
const PALETTE = {
  segmentFill: '#f6f7f9',
  segmentEdge: '#57606a',
  activeFill: '#e3effb',
  activeEdge: '#0b5cad',
  tombstone: '#1b1f24',
  density: '#1d3557',
  ghost: '#8c959f',
  reset: '#a40e26',
  resetSoft: '#f6d5da',
  archive: '#d97a00',
  archiveFill: '#fde9cc',
  archiveText: '#8f4700',
} as const
const MARKER_INK: Record<string, string> = {
  logStart: INK.text,
  logEnd: INK.text,
  localStart: PALETTE.archiveText,
  cleaner: '#7a4a00',
  cleaning: '#7a4a00',
  consumer: '#00664a',
  task: '#0072b2',
}
const MONO = 'font-family="DejaVu Sans Mono, Menlo, Consolas, monospace"'
const SANS = 'font-family="DejaVu Sans, Helvetica, Arial, sans-serif"'
const LAYOUT = { header: 48, margin: 16, legendRow: 20 } as const
const CELL_INSET = 4
/** Past this many keys the legend shows the palette and "colour = key" instead of names. */
const MAX_NAMED_KEYS = 16

export interface StagePicture {
  readonly scene: Scene
  readonly scenarioName: string
  readonly time: number
  readonly labelPx: number
}

const n = (v: number): string => String(Math.round(v * 100) / 100)

function text(x: number, y: number, words: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs === '' ? '' : ` ${attrs}`}>${escapeXml(words)}</text>`
}

function rect(x: number, y: number, w: number, h: number, attrs: string): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(Math.max(0, h))}" ${attrs}/>`
}

export function stageSvg(picture: StagePicture): string {
  const { scene, labelPx } = picture
  const legend = keyLegend(scene, scene.width)
  const width = scene.width + 2 * LAYOUT.margin
  const legendY = LAYOUT.header + scene.height + 12
  const height = legendY + legend.rows * LAYOUT.legendRow + 8
  const title = `${isolate(picture.scenarioName)} at ${formatSimTime(picture.time)}`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">`,
    `<title>${escapeXml(`${title} — Rewind Lab`)}</title>`,
    rect(0, 0, width, height, `fill="${INK.surface}"`),
    text(LAYOUT.margin, 24, title, `font-size="16" font-weight="bold" fill="${INK.text}" ${SANS}`),
    `<g transform="translate(${LAYOUT.margin} ${LAYOUT.header})" font-size="${labelPx}" ${MONO}>`,
    ...scene.lanes.map((lane) => laneSvg(lane, scene.width, labelPx)),
    ...scene.collapsed.map((c) =>
      text(
        0,
        c.y + c.height - 6,
        `${c.topic}: and ${c.hidden} more partitions`,
        `fill="${INK.muted}"`,
      ),
    ),
    jobsSvg(scene, labelPx),
    '</g>',
    `<g transform="translate(${LAYOUT.margin} ${legendY})" font-size="12" ${MONO}>`,
    legend.markup,
    '</g>',
    '</svg>',
  ].join('\n')
}

function laneSvg(lane: Lane, stageWidth: number, labelPx: number): string {
  const x = (offset: number): number => (offset - lane.range.from) * lane.perOffset
  const { bandY, bandHeight } = lane
  const parts: string[] = []
  const writers = lane.writers.length > 0 ? ` · written by ${lane.writers.join(', ')}` : ''
  parts.push(
    text(
      0,
      lane.y + labelPx,
      `${lane.id} · ${lane.policy}${writers}`,
      `fill="${INK.text}" ${SANS}`,
    ),
  )
  for (const ghost of lane.ghosts) {
    const left = Math.max(0, x(ghost.baseOffset))
    const right = x(ghost.endOffset)
    if (right <= 0) continue
    let hatch = ''
    for (let h = left - bandHeight; h < right; h += 6) {
      const x1 = Math.max(left, h)
      const x2 = Math.min(right, h + bandHeight)
      if (x2 > x1)
        hatch += `M${n(x1)} ${n(bandY + bandHeight - (x1 - h))}L${n(x2)} ${n(bandY + bandHeight - (x2 - h))}`
    }
    parts.push(
      rect(
        left,
        bandY,
        right - left,
        bandHeight,
        `fill="${INK.surface}" stroke="${PALETTE.ghost}" stroke-dasharray="4 3"`,
      ),
      `<path d="${hatch}" stroke="${PALETTE.ghost}" stroke-width="1" fill="none"/>`,
    )
  }
  for (const s of lane.segments) {
    const left = Math.max(0, x(s.baseOffset))
    const end = x(Math.max(s.endOffset, s.baseOffset + 1))
    const right =
      s.active && s.endOffset <= lane.range.to ? stageWidth : Math.min(x(lane.range.to), end)
    if (right - left < 1) continue
    const fill = s.active
      ? PALETTE.activeFill
      : s.archived
        ? PALETTE.archiveFill
        : PALETTE.segmentFill
    const edge = s.active
      ? `stroke="${PALETTE.activeEdge}" stroke-width="2"`
      : s.archived
        ? `stroke="${PALETTE.archive}" stroke-width="1.5" stroke-dasharray="6 3"`
        : `stroke="${PALETTE.segmentEdge}"`
    parts.push(
      rect(left + 0.5, bandY + 0.5, right - left - 1, bandHeight - 1, `fill="${fill}" ${edge}`),
    )
  }
  if (lane.archive !== null) {
    const left = Math.max(0, x(lane.archive.from))
    const right = Math.min(x(lane.range.to), x(lane.archive.to))
    if (right > left)
      parts.push(rect(left, bandY, right - left, CELL_INSET, `fill="${PALETTE.archive}"`))
  }
  const small = cellLabelPx(labelPx)
  const line = Math.ceil(small * 1.3)
  const top = bandY + CELL_INSET
  for (const cell of lane.cells ?? []) {
    const gap = lane.perOffset >= 6 ? 1 : 0
    const left = x(cell.offset) + gap
    const w = Math.max(1, lane.perOffset - 2 * gap)
    const ink = cell.tombstone ? INK.surface : INK.text
    const at = `font-size="${small}" text-anchor="middle" fill="${ink}"`
    parts.push(
      rect(
        left,
        top,
        w,
        bandHeight - 2 * CELL_INSET,
        `fill="${cell.tombstone ? PALETTE.tombstone : cell.color}"`,
      ),
    )
    const lines = [
      cell.offsetLabel === null ? null : cell.tombstone ? `×${cell.offsetLabel}` : cell.offsetLabel,
      cell.keyLabel,
      cell.writerLabel,
    ]
    lines.forEach((words, i) => {
      if (words !== null) parts.push(text(left + w / 2, top + small + 2 + i * line, words, at))
    })
  }
  if (lane.density !== null) {
    let d = ''
    const h = bandHeight - 2 * CELL_INSET
    lane.density.filled.forEach((share, c) => {
      if (share > 0)
        d += `M${c} ${n(top + h - Math.max(2, share * h))}h1v${n(Math.max(2, share * h))}h-1z`
    })
    parts.push(`<path d="${d}" fill="${PALETTE.density}"/>`)
  }
  for (const r of lane.resets) {
    const from = Math.max(0, x(r.requested))
    const to = x(r.resetTo)
    const y = bandY - 3
    parts.push(
      rect(
        Math.min(from, to),
        bandY,
        Math.abs(to - from),
        bandHeight,
        `fill="${PALETTE.resetSoft}" opacity="0.6"`,
      ),
      `<path d="M${n(from)} ${n(y)} C${n(from)} ${n(y - 14)} ${n(to)} ${n(y - 14)} ${n(to)} ${n(y)}" fill="none" stroke="${PALETTE.reset}" stroke-width="2"/>`,
      `<path d="M${n(to - 4)} ${n(y - 6)} L${n(to)} ${n(y)} L${n(to + 4)} ${n(y - 6)} z" fill="${PALETTE.reset}"/>`,
    )
  }
  for (const m of lane.markers) {
    const ink = markerInk(m)
    parts.push(
      `<line x1="${n(m.x)}" x2="${n(m.x)}" y1="${n(bandY - 2)}" y2="${n(bandY + bandHeight + 2)}" stroke="${ink}" stroke-width="2"/>`,
    )
  }
  for (const label of lane.labels) {
    const marker = lane.markers.find((m) => m.id === label.markerId)
    const ink =
      marker !== undefined
        ? markerInk(marker)
        : label.markerId === lane.archive?.id
          ? PALETTE.archiveText
          : INK.muted
    const { leader, box } = label
    const row = box.height / label.lines.length
    parts.push(
      `<line x1="${n(leader.x1)}" y1="${n(leader.y1)}" x2="${n(leader.x2)}" y2="${n(leader.y2)}" stroke="${ink}" stroke-width="1" stroke-dasharray="2 2"/>`,
      ...label.lines.map((line, i) =>
        text(
          box.x + 2,
          box.y + row * (i + 0.78),
          line,
          `fill="${ink}" paint-order="stroke" stroke="${INK.surface}" stroke-width="4"`,
        ),
      ),
    )
  }
  if (lane.newest !== null) parts.push(newestSvg(lane.newest))
  return `<g>${parts.join('')}</g>`
}

/** An output lane's newest value per key, as the stage draws it. */
function newestSvg(row: NewestRow): string {
  const { baseline } = row
  return [
    text(0, baseline, NEWEST_PREFIX, `fill="${INK.muted}"`),
    ...row.entries.map(
      (entry) =>
        rect(entry.x, row.swatchY, row.swatchPx, row.swatchPx, `fill="${entry.color}"`) +
        text(entry.textX, baseline, entry.text, `fill="${INK.text}"`),
    ),
    row.more ? text(row.moreX, baseline, '…', `fill="${INK.muted}"`) : '',
  ].join('')
}

function markerInk(marker: Lane['markers'][number]): string {
  if (marker.behind) return PALETTE.reset
  if (marker.inArchive) return PALETTE.archiveText
  return MARKER_INK[marker.kind] ?? INK.text
}

function jobsSvg(scene: Scene, labelPx: number): string {
  const row = labelRowHeight(labelPx)
  return scene.jobs
    .map((job) => {
      const { x, y, width, height } = job.box
      const entries = job.store.map((entry, i) =>
        [
          rect(
            x + 8,
            y + row * (i + 1.5) + 4,
            labelPx * 0.8,
            labelPx * 0.8,
            `fill="${entry.color}"`,
          ),
          text(
            x + 8 + labelPx,
            y + row * (i + 2.2) + 4,
            `${entry.key} → ${entry.value}`,
            `fill="${INK.text}"`,
          ),
        ].join(''),
      )
      const size =
        job.restoreNote ??
        (job.storeSize === 0
          ? 'store empty'
          : `store: ${job.storeSize} key${job.storeSize === 1 ? '' : 's'}`)
      return [
        rect(
          x,
          y,
          width,
          height,
          `rx="6" fill="${INK.surface}" stroke="${PALETTE.activeEdge}" stroke-width="2"`,
        ),
        text(
          x + 8,
          y + row,
          `${job.id} · ${job.status} · lag ${job.lag}`,
          `font-weight="bold" fill="${INK.text}" ${SANS}`,
        ),
        ...entries,
        text(x + 8, y + height - 6, size, `fill="${INK.muted}" ${SANS}`),
      ].join('')
    })
    .join('\n')
}

/** Each key on the stage beside its colour (wrapped in rows), then the tombstone. */
function keyLegend(scene: Scene, width: number): { markup: string; rows: number } {
  const charPx = 12 * 0.62
  const items =
    scene.keys.length <= MAX_NAMED_KEYS
      ? scene.keys.map((k) => ({ label: isolate(k.key), color: k.color }))
      : []
  items.push({ label: '× tombstone', color: PALETTE.tombstone })
  if (scene.keys.length > MAX_NAMED_KEYS)
    items.unshift({ label: `colour = key (${scene.keys.length} keys)`, color: INK.muted })
  const parts: string[] = []
  let x = 0
  let rowIndex = 0
  for (const item of items) {
    const size = 16 + item.label.length * charPx + 14
    if (x > 0 && x + size > width) {
      x = 0
      rowIndex++
    }
    const y = rowIndex * LAYOUT.legendRow + 12
    parts.push(
      rect(x, y - 10, 12, 12, `fill="${item.color}"`),
      text(x + 16, y, item.label, `fill="${INK.muted}"`),
    )
    x += size
  }
  return { markup: parts.join(''), rows: rowIndex + 1 }
}
