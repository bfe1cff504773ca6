/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly LSQ_PORTAL_BASE_URL?: string;
  readonly LSQ_PUBLIC_AUTH_KEY?: string;
  readonly LSQ_REGISTER_TOKEN?: string;
  readonly LSQ_PORTAL_ID?: string;
}
