/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Portal API base URL. Default: the mock portal that `vite` serves. */
  readonly VITE_LSQ_PORTAL_BASE_URL?: string;
  /** The portal's public auth key. Default: the mock portal's key. */
  readonly VITE_LSQ_PUBLIC_AUTH_KEY?: string;
}
