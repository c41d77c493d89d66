import { useAppStore } from './appStore'

/** Test fixture: forks the scenario on screen at 30 s and, with B selected, produces one record in B. */
export async function forkAt30sWithARecordInB(): Promise<void> {
  useAppStore.getState().seek(30_000)
  useAppStore.getState().forkAtCursor()
  useAppStore.getState().selectBranch('b')
  await useAppStore.getState().act({
    type: 'produce',
    topic: 'user-profiles',
    partition: 0,
    records: [{ key: 'carol', value: 'only in B' }],
  })
}
