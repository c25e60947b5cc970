// @observablehq/inputs ships no types; the options are documented at https://github.com/observablehq/inputs.
declare module "@observablehq/inputs" {
  type Options = Record<string, unknown>;
  export function table(data: unknown, options?: Options): HTMLElement & {value: unknown};
  export function search(data: unknown, options?: Options): HTMLElement & {value: unknown};
  export function select(data: unknown, options?: Options): HTMLElement & {value: unknown};
  export function radio(data: unknown, options?: Options): HTMLElement & {value: unknown};
  export function checkbox(data: unknown, options?: Options): HTMLElement & {value: unknown[]};
  export function toggle(options?: Options): HTMLElement & {value: boolean};
  export function text(options?: Options): HTMLElement & {value: string};
  export function button(content: unknown, options?: Options): HTMLElement & {value: unknown};
}
