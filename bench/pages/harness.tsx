import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Profiler, type ComponentType, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';

/** Measurements of one keystroke, from its keydown to the last commit. */
export interface KeystrokeSample {
  durationMs: number;
  renders: number;
}

declare global {
  interface Window {
    bench: {
      remount(): void;
      lastKeystroke(): KeystrokeSample;
    };
  }
}

let keydownAt = 0;
let workEndedAt = 0;
let renders = 0;

// Capture on window runs before any handler of the page, and the bubbling
// input listener on window runs after React's root listener has rendered and
// committed a synchronous update.
window.addEventListener(
  'keydown',
  () => {
    keydownAt = performance.now();
    workEndedAt = keydownAt;
    renders = 0;
  },
  { capture: true },
);
window.addEventListener('input', () => {
  workEndedAt = performance.now();
});

function onRender() {
  renders += 1;
  workEndedAt = performance.now();
}

/**
 * Mounts `Form` inside a Profiler that counts commits, and exposes
 * `window.bench` for the benchmark driver.
 */
export function mountBench(Form: ComponentType) {
  let remount = () => {};

  function Bench() {
    const [key, setKey] = useState(0);
    const [queryClient] = useState(() => new QueryClient());
    useEffect(() => {
      remount = () => setKey((current) => current + 1);
    }, []);
    return (
      <QueryClientProvider client={queryClient}>
        <Profiler id="form" onRender={onRender}>
          <Form key={key} />
        </Profiler>
      </QueryClientProvider>
    );
  }

  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no element with id "root".');
  createRoot(container).render(<Bench />);

  window.bench = {
    remount: () => flushSync(() => remount()),
    lastKeystroke: () => ({ durationMs: workEndedAt - keydownAt, renders }),
  };
}
