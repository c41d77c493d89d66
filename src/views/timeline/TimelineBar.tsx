import { useAppStore } from '../../store/appStore'
import { formatSpeed, SPEEDS, speedAt } from '../../store/speeds'
import { formatSimTime } from '../../derive/scene/format'
import { Icon, type IconName } from '../shared/Icon'
import { useFutureHidden } from '../lessons/useFutureHidden'
import { Scrubber } from './Scrubber'
import { useMarkerKinds } from './useMarkerKinds'
import { useStepper } from './useStepper'
import './timeline.css'

/** The bar's id, for the skip link that is the page's first Tab stop (focusable by script only). */
export const TIME_CONTROLS_ID = 'time-controls'

/** Play, step, speed, the clock and the scrubber: everything about time, in one bar. */
export function TimelineBar() {
  const cursor = useAppStore((s) => s.cursor)
  const durationMs = useAppStore((s) => s.scenario.durationMs)
  const playing = useAppStore((s) => s.playing)
  const speedIndex = useAppStore((s) => s.speedIndex)
  const togglePlay = useAppStore((s) => s.togglePlay)
  const seek = useAppStore((s) => s.seek)
  const setSpeedIndex = useAppStore((s) => s.setSpeedIndex)
  const step = useStepper()
  const markerKinds = useMarkerKinds()
  const hideFuture = useFutureHidden()

  return (
    <section
      className="timeline-bar"
      aria-label="Time controls"
      id={TIME_CONTROLS_ID}
      tabIndex={-1}
    >
      <div className="timeline-bar__controls">
        <ControlButton
          icon="start"
          label="Go to the start"
          keys="Home"
          onClick={() => {
            seek(0)
          }}
        />
        <ControlButton
          icon="previous"
          label="Previous event"
          keys="ArrowLeft"
          onClick={() => {
            step(-1)
          }}
        />
        <button
          type="button"
          className="control control--primary"
          onClick={togglePlay}
          aria-keyshortcuts="Space K"
        >
          <Icon name={playing ? 'pause' : 'play'} />
          {playing ? 'Pause' : 'Play'}
        </button>
        <ControlButton
          icon="next"
          label="Next event"
          keys="ArrowRight"
          onClick={() => {
            step(1)
          }}
        />
        <ControlButton
          icon="end"
          label="Go to the end"
          keys="End"
          onClick={() => {
            seek(durationMs)
          }}
        />
        <p className="clock" aria-live="off">
          <span className="clock__now" data-testid="clock">
            {formatSimTime(Math.floor(cursor))}
          </span>
          <span className="clock__total"> / {formatSimTime(durationMs)}</span>
        </p>
        <label className="speed">
          <span>Speed</span>
          <input
            type="range"
            min={0}
            max={SPEEDS.length - 1}
            step={1}
            value={speedIndex}
            aria-valuetext={`${formatSpeed(speedAt(speedIndex))} (simulated time per real time)`}
            aria-keyshortcuts="J L"
            onChange={(event) => {
              setSpeedIndex(Number(event.target.value))
            }}
          />
          <output>{formatSpeed(speedAt(speedIndex))}</output>
        </label>
        <ul className="legend" aria-label="Marks on the time line">
          {markerKinds.map(({ kind, label }) => (
            <li key={kind}>
              <span className={`legend__swatch marker--${kind}`} aria-hidden="true" />
              {label}
            </li>
          ))}
          {hideFuture && <li className="legend__note">none after the cursor until the reveal</li>}
        </ul>
      </div>
      <Scrubber />
    </section>
  )
}

function ControlButton({
  icon,
  label,
  keys,
  onClick,
}: {
  readonly icon: IconName
  readonly label: string
  readonly keys: string
  readonly onClick: () => void
}) {
  return (
    <button
      type="button"
      className="control"
      aria-label={label}
      title={label}
      aria-keyshortcuts={keys}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  )
}
