// Paths on this gateway the pages ask, as gateway/src/web.ts serves them.
export const SIGN_IN_CONFIG_PATH = '/web/sign-in.json';
