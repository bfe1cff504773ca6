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
import { partClassNames, rootStylingProps } from './styling.js';

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
export function DraftPhoneForm(props: DraftPhoneFormProps) {
  const {
    text,
    onTextChange,
    onSubmit,
    stateRef,
    defaultCountry,
    disabled = false,
    className,
    messages: messageOverrides,
  } = props;
  const messages = { ...defaultRequestMessages, ...messageOverrides };
  const locale = props.locale ?? messages.locale;
  const classNameOf = partClassNames(props);
  const rootClassName = [classNameOf('root'), className]
    .filter(Boolean)
    .join(' ');
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
    <form
      {...rootStylingProps(props)}
      className={rootClassName || undefined}
      dir={props.dir ?? messages.dir}
      lang={messages.locale}
      noValidate
      onSubmit={onSubmit}
      aria-busy
    >
      <label htmlFor={`${id}-country`} className={classNameOf('label')}>
        {messages.countryLabel}
      </label>
      <select
        id={`${id}-country`}
        className={classNameOf('countrySelect')}
        disabled
      >
        <option value={defaultCountry ?? ''}>{countryName}</option>
      </select>

      <label htmlFor={`${id}-phone`} className={classNameOf('label')}>
        {messages.phoneLabel}
      </label>
      <input
        ref={inputRef}
        className={classNameOf('input')}
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
      <p id={`${id}-hint`} className={classNameOf('hint')}>
        {messages.phoneHint}
      </p>

      <button
        type="submit"
        className={classNameOf('button')}
        disabled={disabled}
      >
        {messages.submit}
      </button>
    </form>
  );
}
