import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_INPUT_HINT, formatDateInput, parseDateInput } from '../../../core/format';
import { useLanguage } from '../use-language';

export interface DateFieldProps extends Omit<TextFieldProps, 'value' | 'onChange' | 'type' | 'error'> {
  /** ISO `YYYY-MM-DD`, or '' for none. */
  value: string;
  /** Called with ISO `YYYY-MM-DD` or '' once the text is a real date (or emptied). */
  onChange: (iso: string) => void;
  /** Marks the field as wrong from outside (a refused save). */
  error?: boolean;
  /** Told whether the text on screen is a date (or empty): a form keeps its save off while it is not. */
  onValidity?: (valid: boolean) => void;
}

/**
 * A date typed and shown in the UI language (fi 17.3.2026, en 17/03/2026),
 * not in the operating system's format as a native date input shows it.
 * What cannot be a date stays on screen as typed, with a message under it;
 * the stored value changes only to a real date.
 */
export function DateField({ value, onChange, onValidity, error, helperText, slotProps, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The text as typed, and the value and language it belongs to: a new value from outside (load, reset)
  // or a language switch replaces the text (React's "adjust state while rendering" pattern).
  const [shown, setShown] = useState(() => ({ value, language, text: formatDateInput(value, language) }));
  const [invalid, setInvalid] = useState(false);
  let text = shown.text;
  if (shown.value !== value || shown.language !== language) {
    text = formatDateInput(value, language);
    setShown({ value, language, text });
    setInvalid(false);
  }

  const type = (typed: string, final: boolean) => {
    const iso = parseDateInput(typed);
    // What the user typed stays as typed; the value it stands for moves with it, so no reformatting mid-typing.
    setShown({ value: iso ?? value, language, text: typed });
    if (final) setInvalid(iso === null);
    else if (iso !== null) setInvalid(false);
    onValidity?.(iso !== null);
    if (iso !== null && iso !== value) onChange(iso);
  };

  return (
    <TextField
      {...props}
      value={text}
      error={Boolean(error) || invalid}
      helperText={invalid ? t('common.invalidDate', { hint: DATE_INPUT_HINT[language] }) : helperText}
      placeholder={DATE_INPUT_HINT[language]}
      // A complete date counts at once (a save right after typing sees it); half-typed text is judged on blur.
      onChange={(e) => type(e.target.value, false)}
      onBlur={() => type(text, true)}
      slotProps={{
        ...slotProps,
        inputLabel: { shrink: true },
        htmlInput: { inputMode: 'numeric', autoComplete: 'off', ...((slotProps?.htmlInput as object) ?? {}) },
      }}
    />
  );
}
