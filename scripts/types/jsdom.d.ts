/** Minimal typings for jsdom 26 (it ships none; @types/jsdom is not a dependency): only what scripts/prerender uses. */
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string, options?: {pretendToBeVisual?: boolean; url?: string});
    readonly window: Window & typeof globalThis;
    serialize(): string;
  }
}
