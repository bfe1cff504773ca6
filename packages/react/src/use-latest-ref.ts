import { useEffect, useRef } from 'react';

/** Keeps a ref to the latest `value`, for callbacks that outlive a render. */
export function useLatestRef<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
