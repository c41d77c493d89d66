/** Every keyboard shortcut, for the handler and the `?` list alike. */
export const SHORTCUTS = [
  { keys: ['Space', 'K'], does: 'Play or pause' },
  { keys: ['L'], does: 'Play forwards; again to play faster' },
  { keys: ['J'], does: 'Play backwards; again to play faster' },
  { keys: ['→'], does: 'Next event' },
  { keys: ['←'], does: 'Previous event' },
  { keys: ['Shift + →', 'Page Down'], does: '10 events forwards' },
  { keys: ['Shift + ←', 'Page Up'], does: '10 events backwards' },
  { keys: ['Home'], does: 'Go to the start' },
  { keys: ['End'], does: 'Go to the end' },
  { keys: ['+', '−'], does: 'Zoom the partition log in or out' },
  { keys: ['Ctrl + Z'], does: 'Undo the last edit (outside text fields)' },
  { keys: ['Ctrl + Shift + Z', 'Ctrl + Y'], does: 'Redo the edit undone last' },
  { keys: ['P'], does: 'Presenter mode on or off, for any scenario (Esc also leaves it)' },
  {
    keys: ['Page Down', '→', 'Space'],
    does: 'Presenting a lesson: next step (Reveal at a prediction; the recap after the last)',
  },
  { keys: ['Page Up', '←'], does: 'Presenting a lesson: previous step' },
  { keys: ['1–9'], does: 'Presenting a lesson: one more vote of the class for that choice' },
  { keys: ['Backspace'], does: 'Presenting a lesson: take back the last vote' },
  { keys: ['?'], does: 'Show this list' },
  { keys: ['Esc'], does: 'Close this list' },
] as const

export const BIG_STEP = 10
