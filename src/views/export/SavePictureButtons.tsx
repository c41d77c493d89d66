import { useAppStore } from '../../store/appStore'
import type { PictureFormat } from './saveView'
import './savePicture.css'

const FORMATS: readonly { format: PictureFormat; label: string }[] = [
  { format: 'png', label: 'PNG' },
  { format: 'svg', label: 'SVG' },
]

/** Save the partition log view as a picture; the export code loads only when first used. */
export function SavePictureButtons() {
  const notify = useAppStore((s) => s.notify)
  const save = async (format: PictureFormat): Promise<void> => {
    try {
      const { saveLogPicture } = await import('./saveView')
      const refused = await saveLogPicture(format)
      if (refused !== null) notify('error', `The picture was not saved: ${refused}.`)
    } catch (error) {
      notify('error', `The picture was not saved: ${String(error)}.`)
    }
  }
  return (
    <span className="save-picture" role="group" aria-label="Save this view as a picture">
      <span aria-hidden="true">Save view</span>
      {FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          className="button"
          aria-label={`Save as ${label}`}
          onClick={() => {
            void save(format)
          }}
        >
          {label}
        </button>
      ))}
    </span>
  )
}
