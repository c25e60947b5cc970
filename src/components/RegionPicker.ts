import {t} from "../shared/i18n/index.js";
import {pageLang} from "../shared/i18n/page.js";
import type {Lang} from "../shared/i18n/types.js";
import type {PickableRegion} from "../lib/region-picker.js";

export type {PickableRegion};

/**
 * A multi-select for regions: the chosen regions as removable chips and a list to add one more. Its `value` is the
 * array of chosen codes, and it fires `input` on every change, so it works with Generators.input and bindToUrl.
 * At least one region stays chosen (the last chip has no remove button).
 */
export function RegionPicker(
  regions: readonly PickableRegion[],
  {
    value = [],
    lang = pageLang(),
    label = t(lang, "picker.label")
  }: {value?: readonly string[]; lang?: Lang; label?: string} = {}
): HTMLElement & {value: string[]} {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const root = document.createElement("div") as unknown as HTMLElement & {value: string[]};
  root.className = "rm-region-picker";
  root.value = value.filter((code) => byCode.has(code));
  const heading = document.createElement("span");
  heading.className = "rm-picker-label";
  heading.textContent = label;
  const chips = document.createElement("ul");
  chips.className = "rm-chips";
  chips.setAttribute("aria-label", t(lang, "picker.chosen"));
  const add = document.createElement("select");
  add.setAttribute("aria-label", t(lang, "picker.add"));
  root.append(heading, chips, add);

  const change = (codes: string[]) => {
    root.value = codes;
    render();
    root.dispatchEvent(new Event("input", {bubbles: true}));
  };

  function render() {
    chips.replaceChildren(
      ...root.value.map((code, index) => {
        const item = document.createElement("li");
        item.dataset.code = code;
        item.append(byCode.get(code)!.name);
        if (root.value.length > 1) {
          const remove = document.createElement("button");
          remove.type = "button";
          remove.textContent = "×";
          remove.title = t(lang, "picker.remove", {name: byCode.get(code)!.name});
          remove.setAttribute("aria-label", remove.title);
          remove.addEventListener("click", () => {
            change(root.value.filter((c) => c !== code));
            // The button is gone with its chip: focus the next chip's button (or the last, or the list to add one),
            // not the page's body (WCAG 2.4.3).
            const buttons = chips.querySelectorAll("button");
            (buttons[Math.min(index, buttons.length - 1)] ?? add).focus();
          });
          item.append(remove);
        }
        return item;
      })
    );
    const placeholder = new Option(t(lang, "picker.addPlaceholder"), "");
    const groups = new Map<string, HTMLOptGroupElement>();
    for (const region of regions) {
      if (root.value.includes(region.code)) continue;
      let group = groups.get(region.group);
      if (!group) {
        group = document.createElement("optgroup");
        group.label = region.group;
        groups.set(region.group, group);
      }
      group.append(new Option(region.name, region.code));
    }
    add.replaceChildren(placeholder, ...groups.values());
    add.value = "";
  }

  add.addEventListener("change", () => {
    if (add.value) change([...root.value, add.value]);
  });
  // The select's own input event must not reach listeners of the picker with a half-updated value.
  add.addEventListener("input", (event) => event.stopPropagation());
  render();
  return root;
}
