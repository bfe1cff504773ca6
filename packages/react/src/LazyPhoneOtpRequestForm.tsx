import {
  type ComponentType,
  type FormEvent,
  forwardRef,
  lazy,
  type RefAttributes,
  Suspense,
  useCallback,
  useRef,
  useState,
} from 'react';
import { DraftPhoneForm, type DraftState } from './DraftPhoneForm.js';
import { mergeRefs } from './merge-refs.js';
import type { PhoneOtpRequestFormProps } from './PhoneOtpRequestForm.js';

type FormComponent = ComponentType<
  PhoneOtpRequestFormProps & RefAttributes<HTMLInputElement>
>;

/**
 * Creates a component that renders a draft form at once and the form that
 * `load` resolves to when it arrives, carrying over the typed text, focus,
 * caret and a submit made meanwhile.
 */
export function createLazyPhoneOtpRequestForm(
  load: () => Promise<FormComponent>,
) {
  const LoadedForm = lazy(() =>
    load().then((component) => ({ default: component })),
  );

  return forwardRef<HTMLInputElement, PhoneOtpRequestFormProps>(
    function LazyPhoneOtpRequestForm(props, forwardedRef) {
      const [text, setText] = useState(props.defaultPhone ?? '');
      // Written when the draft form unmounts, read once when the loaded
      // form's input mounts.
      const draftStateRef = useRef<DraftState | null>(null);
      const submitRequestedRef = useRef(false);

      const takeOver = useCallback((input: HTMLInputElement | null) => {
        const draftState = draftStateRef.current;
        if (!input || !draftState) return;
        draftStateRef.current = null;

        if (draftState.focused) {
          input.focus();
          input.setSelectionRange(draftState.caret, draftState.caret);
        }
        if (submitRequestedRef.current) {
          submitRequestedRef.current = false;
          // Submitting after the commit that mounted the form lets its
          // handlers and react-hook-form's fields attach first.
          queueMicrotask(() => input.form?.requestSubmit());
        }
      }, []);

      const onDraftSubmit = (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        submitRequestedRef.current = true;
      };

      return (
        <Suspense
          fallback={
            <DraftPhoneForm
              {...props}
              text={text}
              onTextChange={setText}
              onSubmit={onDraftSubmit}
              stateRef={draftStateRef}
            />
          }
        >
          <LoadedForm
            {...props}
            ref={mergeRefs(forwardedRef, takeOver)}
            defaultPhone={text}
          />
        </Suspense>
      );
    },
  );
}

/**
 * Renders `<PhoneOtpRequestForm>` from a chunk of its own, loaded on first
 * render with libphonenumber-js and its metadata, so the page does not wait
 * for them. A draft form with the same fields accepts typing meanwhile, and
 * a submit made before the chunk arrives is sent once it has.
 */
export const LazyPhoneOtpRequestForm = createLazyPhoneOtpRequestForm(() =>
  import('./PhoneOtpRequestForm.js').then(
    (module) => module.PhoneOtpRequestForm,
  ),
);
