import TextField from '@mui/material/TextField';
import { useCallback, useEffect, useRef, useState, type Ref } from 'react';

/** A note saved when typing pauses and when the field is left; Escape returns to scoring. */
export function NoteField({
  label,
  placeholder,
  value,
  onSave,
  inputRef,
  language,
  minRows = 3,
  maxRows = 10,
}: {
  label: string;
  placeholder: string;
  value: string;
  onSave: (value: string | null) => void;
  inputRef?: Ref<HTMLTextAreaElement>;
  language: string;
  minRows?: number;
  maxRows?: number;
}) {
  const [text, setText] = useState(value);
  const latest = useRef(value);
  const saved = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const flush = useCallback(
    (next: string) => {
      clearTimeout(timer.current);
      if (next === saved.current) return;
      saved.current = next;
      onSave(next === '' ? null : next);
    },
    [onSave],
  );
  // Leaving the statement (its key changes) must not drop a note typed moments ago.
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);
  useEffect(() => () => flushRef.current(latest.current), []);
  return (
    <TextField
      label={label}
      placeholder={placeholder}
      multiline
      minRows={minRows}
      maxRows={maxRows}
      value={text}
      inputRef={inputRef}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        latest.current = next;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => flush(next), 700);
      }}
      onBlur={() => flush(text)}
      slotProps={{ htmlInput: { maxLength: 10_000, lang: language } }}
    />
  );
}
