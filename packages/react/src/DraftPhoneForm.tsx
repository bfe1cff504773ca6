import {
  type FormEvent,
  type RefObject,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import { defaultRequestMessages } from './messages.js';
import type { PhoneOtpRequestFormProps } from './PhoneOtpRequestForm.js';

/** Focus and caret of the draft's phone input when it unmounted. */
export interface DraftState {
  focused: boolean;
  caret: number;
}

export interface DraftPhoneFormProps extends PhoneOtpRequestFormProps {
  text: string;
  onTextChange: (text: string) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  stateRef: RefObject<DraftState | null>;
}

/**
 * Renders the fields of `<PhoneOtpRequestForm>` without validation while its
 * code and libphonenumber-js metadata load. It imports nothing from
 * `@lsq-otp/core`, so none of the metadata lands in the page's first chunk.
 */
export function DraftPhoneForm({
  text,
  onTextChange,
  onSubmit,
  stateRef,
  defaultCountry,
  locale,
  disabled = false,
  className,
  messages: messageOverrides,
}: DraftPhoneFormProps) {
  const messages = { ...defaultRequestMessages, ...messageOverrides };
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  // Calling codes come with the metadata, so only the name is shown. Without
  // a defaultCountry the loaded form picks one, so the select stays empty.
  const countryName = useMemo(
    () =>
      defaultCountry
        ? new Intl.DisplayNames(locale, { type: 'region' }).of(defaultCountry)
        : undefined,
    [defaultCountry, locale],
  );

  // Layout cleanups of a removed tree run before React removes its elements,
  // so the input still has its focus and caret here.
  useLayoutEffect(() => {
    const input = inputRef.current;
    return () => {
      if (!input) return;
      stateRef.current = {
        focused: input.ownerDocument.activeElement === input,
        caret: input.selectionStart ?? input.value.length,
      };
    };
  }, [stateRef]);

  return (
    <form className={className} noValidate onSubmit={onSubmit} aria-busy>
      <label htmlFor={`${id}-country`}>{messages.countryLabel}</label>
      <select id={`${id}-country`} disabled>
        <option value={defaultCountry ?? ''}>{countryName}</option>
      </select>

      <label htmlFor={`${id}-phone`}>{messages.phoneLabel}</label>
      <input
        ref={inputRef}
        id={`${id}-phone`}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        dir="ltr"
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(event) => onTextChange(event.currentTarget.value)}
      />
      <p id={`${id}-hint`}>{messages.phoneHint}</p>

      <button type="submit" disabled={disabled}>
        {messages.submit}
      </button>
    </form>
  );
}
