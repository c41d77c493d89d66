import { create } from 'zustand'

/** What the user chose; "system" follows the operating system's light or dark setting. */
export type ThemePreference = 'system' | 'light' | 'dark'
export type Theme = 'light' | 'dark'

const STORAGE_KEY = 'rewind-lab:theme'

function storedPreference(): ThemePreference {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : 'system'
  } catch {
    // Storage can be blocked (private windows, policies): the system setting still works.
    return 'system'
  }
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
}

interface ThemeState {
  readonly preference: ThemePreference
  readonly systemDark: boolean
  readonly setPreference: (preference: ThemePreference) => void
  readonly setSystemDark: (dark: boolean) => void
}

/** The colour theme: a display preference of this browser, so not part of the scenario or link. */
export const useThemeStore = create<ThemeState>()((set) => ({
  preference: storedPreference(),
  systemDark: systemPrefersDark(),
  setPreference: (preference) => {
    try {
      localStorage.setItem(STORAGE_KEY, preference)
    } catch {
      // Not remembered across reloads, but applied now.
    }
    set({ preference })
  },
  setSystemDark: (systemDark) => {
    set({ systemDark })
  },
}))

function effectiveTheme(state: Pick<ThemeState, 'preference' | 'systemDark'>): Theme {
  if (state.preference !== 'system') return state.preference
  return state.systemDark ? 'dark' : 'light'
}

export function useTheme(): Theme {
  return useThemeStore(effectiveTheme)
}
