import { useCallback, useRef } from 'react';
import { applyAnswer, type AnswerChangeFields } from '../../../../core/assessment/apply-answer';
import type { Assessment } from '../../../../core/assessment/schema';

interface Entry {
  seq: number;
  done: boolean;
  statementId: string;
  change: AnswerChangeFields;
}

/**
 * The facilitator's own answer changes, kept until main's copy surely holds
 * them. When the runner fetches the assessment again (phones voted), these
 * are laid over main's reply, so an answer being saved, or saved after the
 * fetch was asked, is never replaced by an older one. One fetch at a time.
 */
export function useLocalChanges() {
  const seq = useRef(0);
  const entries = useRef<Entry[]>([]);

  /** Records a change as it is sent; call the returned function when main has answered. */
  const track = useCallback((statementId: string, change: AnswerChangeFields) => {
    const entry: Entry = { seq: ++seq.current, done: false, statementId, change };
    entries.current.push(entry);
    return () => {
      entry.done = true;
    };
  }, []);

  /** Where the changes stand now; pass it to `overlay` with the reply of a fetch asked now. */
  const mark = useCallback(() => seq.current, []);

  /** Main's assessment, fetched from `asked` on, with every change it may not hold yet applied on top. */
  const overlay = useCallback((fresh: Assessment, asked: number): Assessment => {
    // A change main answered before the fetch was asked is in its reply.
    entries.current = entries.current.filter((e) => !e.done || e.seq > asked);
    let answers = fresh.answers;
    for (const e of entries.current) answers = { ...answers, [e.statementId]: applyAnswer(answers[e.statementId], e.change) };
    return answers === fresh.answers ? fresh : { ...fresh, answers };
  }, []);

  return { track, mark, overlay };
}
