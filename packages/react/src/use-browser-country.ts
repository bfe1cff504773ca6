import { type CountryCode, regionOfLanguage } from '@lsq-otp/core';
import { useSyncExternalStore } from 'react';

function subscribe(onLanguageChange: () => void) {
  window.addEventListener('languagechange', onLanguageChange);
  return () => window.removeEventListener('languagechange', onLanguageChange);
}

const browserLanguage = () => navigator.language;

// Server rendering and hydration see no language, so the markup matches.
// The browser's country follows in the render right after hydration.
const serverLanguage = () => undefined;

/** Returns the country of the browser's language, e.g. GB for `en-GB`. */
export function useBrowserCountry(): CountryCode | undefined {
  const language = useSyncExternalStore(
    subscribe,
    browserLanguage,
    serverLanguage,
  );
  return language ? regionOfLanguage(language) : undefined;
}
