import { useEffect, useRef } from 'react'
import { useAppStore } from '../store/appStore'
import { SHORTCUTS } from './shortcuts'
import './help.css'

/** The `?` list of keyboard shortcuts, in a modal dialog that returns focus when it closes. */
export function HelpDialog() {
  const open = useAppStore((s) => s.helpOpen)
  const setHelpOpen = useAppStore((s) => s.setHelpOpen)
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (dialog === null) return
    if (open && !dialog.open) {
      dialog.showModal()
      // showModal focuses the first control, Close at the bottom, which scrolls a dialog taller
      // than the window to its end. The list is read from its title: start there.
      dialog.focus({ preventScroll: true })
      dialog.scrollTop = 0
    }
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      className="help"
      tabIndex={-1}
      aria-labelledby="help-title"
      onClose={() => {
        setHelpOpen(false)
      }}
    >
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table className="help__keys">
        <tbody>
          {SHORTCUTS.map(({ keys, does }) => (
            <tr key={does}>
              <th scope="row">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' or '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </th>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help__note">
        Shortcuts do nothing while you type in a field. Every shortcut also has a button.
      </p>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  )
}
