import { downloadBlob, fileNameFrom } from '../shared/download'
import { partitionAt } from '../../derive/partitionAt'
import { scene } from '../../derive/scene'
import { useAppStore } from '../../store/appStore'
import { notableEventsOf, worldAt } from '../../derive/simulation'
import { keyColorsFor } from '../partitionLog/keyColor'
import { visibleRange } from '../../derive/scene/stripModel'
import { stageSvg } from './stageSvg'

/** Export width of the stage in px: wide enough for a slide, whatever the window's size. */
const EXPORT_WIDTH = 1200
/** Label size in the picture: the desk's, which a slide enlarges. */
const EXPORT_LABEL_PX = 12
/** PNG pixels per SVG pixel, so the image stays sharp on a projector. */
const PNG_SCALE = 2

export type PictureFormat = 'svg' | 'png'

/** The stage at the cursor, as the user sees it (same partitions, same zoom of the selected one). */
function currentStageSvg(): { svg: string; name: string } | null {
  const state = useAppStore.getState()
  const world = worldAt(state.scenario, state.cursor)
  const partition = partitionAt(world, state.topic, state.partition)
  if (partition === null) return null
  const drawn = scene(world, {
    width: EXPORT_WIDTH,
    labelPx: EXPORT_LABEL_PX,
    history: notableEventsOf(state.scenario),
    colorOf: keyColorsFor(state.scenario.producers),
    focus: { topic: state.topic, partition: state.partition },
    window: state.logWindow === null ? null : visibleRange(partition, state.logWindow),
  })
  const svg = stageSvg({
    scene: drawn,
    scenarioName: state.scenario.name,
    time: Math.floor(state.cursor),
    labelPx: EXPORT_LABEL_PX,
  })
  const name = fileNameFrom(
    `${state.topic}-${state.partition}-at-${Math.floor(state.cursor)}ms`,
    'log',
  )
  return { svg, name }
}

/** Draws the SVG into a canvas at PNG_SCALE and encodes it. */
async function rasterize(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth * PNG_SCALE
    canvas.height = image.naturalHeight * PNG_SCALE
    const ctx = canvas.getContext('2d')
    if (ctx === null) throw new Error('this browser cannot draw the picture')
    ctx.scale(PNG_SCALE, PNG_SCALE)
    ctx.drawImage(image, 0, 0)
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob)
        else reject(new Error('the picture could not be encoded as PNG'))
      }, 'image/png')
    })
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Saves the stage as an SVG or PNG file; returns why not, or null. */
export async function saveLogPicture(format: PictureFormat): Promise<string | null> {
  const picture = currentStageSvg()
  if (picture === null) return 'this partition does not exist at the cursor'
  const blob =
    format === 'svg'
      ? new Blob([picture.svg], { type: 'image/svg+xml' })
      : await rasterize(picture.svg)
  downloadBlob(blob, `${picture.name}.${format}`)
  return null
}
