import { compareCodeUnits } from '../text/order';

/** What ordering assessments in time needs: a date, and the creation time to break ties. */
interface Dated {
  id: string;
  date: string;
  createdAt: string;
}

/**
 * A client's assessments made before `current`, newest first: the candidates
 * for "the previous assessment" on the results screen and for the report's
 * trend. Same date counts as earlier when it was created earlier.
 */
export function earlierAssessments<T extends Dated>(all: readonly T[], current: Dated): T[] {
  return all
    .filter((s) => s.id !== current.id && (s.date < current.date || (s.date === current.date && s.createdAt < current.createdAt)))
    .sort((a, b) => compareCodeUnits(b.date, a.date) || compareCodeUnits(b.createdAt, a.createdAt));
}
