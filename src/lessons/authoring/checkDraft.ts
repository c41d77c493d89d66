import type { Lesson } from '../format/parse'
import { parseLesson } from '../format/parse'
import type { Result } from '../../scenario/problems'
import type { ScenarioDocument } from '../../scenario/branches/scenarioDocument'
import { draftDocument, type LessonDraft } from './draft'

/**
 * The draft checked by the lesson boundary every shared lesson passes: the lesson, or the
 * problems, each naming its field ("steps[1].title: …"). Apart from draft.ts, which the store
 * holds from the start: the check brings the lesson schemas, loaded with the lesson editor.
 */
export function checkDraft(draft: LessonDraft, on: ScenarioDocument): Result<Lesson> {
  return parseLesson(draftDocument(draft, on))
}
