import { useState } from 'react';
import type { CodeIssued } from './use-code-request.js';

/**
 * Keeps the `Code` and `FieldContent` to send. A resend replaces them
 * through the returned setter, and so does a new `issued` from the parent.
 */
export function useLatestIssued(issued: CodeIssued) {
  const [current, setCurrent] = useState(issued);
  const [previous, setPrevious] = useState(issued);
  if (
    issued.Code !== previous.Code ||
    issued.FieldContent !== previous.FieldContent
  ) {
    setPrevious(issued);
    setCurrent(issued);
  }
  return [current, setCurrent] as const;
}
