import type { PartitionSnapshot, World } from '../../sim'
import { formatSimTime } from '../../derive/scene/format'
import { drawLogStrip, STRIP_PALETTES } from '../partitionLog/drawLogStrip'
import type { KeyColorOf } from '../partitionLog/keyColor'
import { KEY_COLORS } from '../partitionLog/keyColor'
import { offsetMarkers, placeMarkers, stripHeight } from '../partitionLog/offsetMarkers'
import type { OffsetRange } from '../../derive/scene/stripModel'
import { forEachRecordIn, stripMarks, stripSegments } from '../../derive/scene/stripModel'
import { escapeXml } from './escapeXml'
import { SvgRecorder } from './svgRecorder'

/** Colours of the marker lines and labels, as the screen's stylesheet gives them. */
const MARKER_COLOURS: Record<string, string> = {
  'strip-marker--checkpoint': '#7a4a00',
  'strip-marker--consumer': '#00664a',
  'strip-marker--job': '#0072b2',
  'strip-marker--behind': '#a40e26',
}
const INK = { text: '#1b1f24', muted: '#57606a' } as const
const FONT = 'font-family="DejaVu Sans Mono, Menlo, Consolas, monospace"'

export interface LogPicture {
  readonly scenarioName: string
  readonly time: number
  readonly topic: string
  readonly partition: PartitionSnapshot
  readonly world: World
  readonly range: OffsetRange
  readonly colorOf: KeyColorOf
  readonly selectedOffset: number | null
  readonly width: number
}

/** Room in px above the strip (title, facts), below it (legend), and around it. */
const LAYOUT = { header: 56, footer: 28, margin: 16 } as const

/**
 * The partition log as a standalone SVG document (for slides and handouts): a title, the strip as
 * the screen draws it, its markers, and a legend. Only shapes and escaped text: no scripts, no
 * foreignObject, no links.
 */
export function logSvg(picture: LogPicture): string {
  const { partition, range, width } = picture
  const placed = placeMarkers(offsetMarkers(picture.world, partition, picture.topic), range, width)
  const height = stripHeight(placed)
  const strip = new SvgRecorder()
  drawLogStrip(
    strip,
    {
      width,
      range,
      segments: stripSegments(partition),
      marks: stripMarks(partition, range, width),
      selectedOffset: picture.selectedOffset,
      selectedKey: null,
      colorOf: picture.colorOf,
      // Pictures go on slides and paper: always the light theme.
      palette: STRIP_PALETTES.light,
    },
    height,
  )
  const markers = placed
    .map((m) => {
      // The most specific class that has a colour: "behind" wins over the reader's own.
      const classes = m.marker.className.split(' ').reverse()
      const colour = classes.map((c) => MARKER_COLOURS[c]).find((c) => c !== undefined) ?? INK.text
      return [
        `<line x1="${m.x}" x2="${m.x}" y1="${m.lineTop}" y2="${m.lineBottom}" stroke="${colour}" stroke-width="2"/>`,
        `<text x="${m.x}" y="${m.labelY}" text-anchor="${m.anchor}" fill="${colour}" font-size="12" ${FONT} paint-order="stroke" stroke="#ffffff" stroke-width="3">${escapeXml(m.marker.label)}</text>`,
      ].join('')
    })
    .join('\n')

  const totalWidth = width + 2 * LAYOUT.margin
  const totalHeight = LAYOUT.header + height + LAYOUT.footer
  const title = `${picture.topic} partition ${partition.partition} at ${formatSimTime(picture.time)}`
  const facts = [
    `log start ${partition.logStartOffset}`,
    `log end ${partition.logEndOffset}`,
    `cleaner checkpoint ${partition.cleanerCheckpoint ?? 'none'}`,
    `${partition.segments.length} segments`,
    `offsets ${range.from}–${range.to - 1} shown`,
  ].join(' · ')
  const legendY = LAYOUT.header + height + 16
  const legend = keyLegend(picture, legendY)
  const legendX = legend.width + 6

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}">`,
    `<title>${escapeXml(`${title} — ${picture.scenarioName}`)}</title>`,
    `<rect width="${totalWidth}" height="${totalHeight}" fill="#ffffff"/>`,
    `<text x="${LAYOUT.margin}" y="22" font-size="16" font-weight="bold" fill="${INK.text}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">${escapeXml(title)}</text>`,
    `<text x="${LAYOUT.margin}" y="42" font-size="12" fill="${INK.muted}" ${FONT}>${escapeXml(facts)}</text>`,
    `<g transform="translate(${LAYOUT.margin} ${LAYOUT.header})">`,
    strip.markup(),
    markers,
    '</g>',
    legend.markup,
    `<rect x="${legendX}" y="${legendY - 10}" width="12" height="12" fill="${STRIP_PALETTES.light.tombstone}"/>`,
    `<text x="${legendX + 18}" y="${legendY}" font-size="12" fill="${INK.muted}" ${FONT}>× tombstone · ${escapeXml(picture.scenarioName)} · Rewind Lab</text>`,
    '</svg>',
  ].join('\n')
}

const CHAR_PX = 7.3
const MAX_NAMED_KEYS = 6

/**
 * Which colour is which key, for a slide: the keys shown, each with its swatch, when there are few
 * enough to name and no two share a colour; else the palette with "colour = key".
 */
function keyLegend(picture: LogPicture, y: number): { markup: string; width: number } {
  const keys = new Set<string>()
  forEachRecordIn(picture.partition, picture.range, (r) => {
    if (r.key !== null && r.value !== null) keys.add(r.key)
  })
  const named = [...keys]
  const colours = new Set(named.map((k) => picture.colorOf(k)))
  const swatch = (x: number, fill: string): string =>
    `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${fill}"/>`
  const text = (x: number, words: string): string =>
    `<text x="${x}" y="${y}" font-size="12" fill="${INK.muted}" ${FONT}>${escapeXml(words)}</text>`
  if (named.length === 0 || named.length > MAX_NAMED_KEYS || colours.size < named.length) {
    const palette = KEY_COLORS.map((c, i) => swatch(LAYOUT.margin + i * 14, c)).join('')
    const x = LAYOUT.margin + KEY_COLORS.length * 14 + 6
    return { markup: palette + text(x, 'colour = key'), width: x + 'colour = key'.length * CHAR_PX }
  }
  let x = LAYOUT.margin
  const parts: string[] = []
  for (const key of named.sort()) {
    parts.push(swatch(x, picture.colorOf(key)), text(x + 16, key))
    x += 16 + key.length * CHAR_PX + 12
  }
  return { markup: parts.join(''), width: x }
}
