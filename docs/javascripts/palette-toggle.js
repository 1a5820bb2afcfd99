// The light/dark toggle in the header, in place of mkdocs-material's own palette component.
//
// Material's component restyles every element of the page three times while the page loads: it
// marks the body as "switching" (a rule on `*` that turns transitions off), reads styles back,
// and adds a color-scheme meta tag. On the Softmax page that was 140-180 ms of main-thread work
// under Lighthouse's mobile CPU throttling, a quarter of all the long tasks while it loads.
// This module does the same job on Material's own markup and attributes, and keeps the choice
// where Material keeps it (localStorage "__palette", which Material's inline script applies before
// the first paint on the next page), but it restyles the page only when the scheme changes.
// hooks/theme_fixes.py renames the form so that Material's bundle leaves it to this module.

const form = document.querySelector("form[data-palette-toggle]");
const inputs = form ? [...form.querySelectorAll("input[data-md-color-scheme]")] : [];
const KEYS = ["media", "scheme", "primary", "accent"];

function colorOf(input) {
  return Object.fromEntries(KEYS.map((key) => [key, input.getAttribute(`data-md-color-${key}`)]));
}

function initialIndex() {
  const saved = globalThis.__md_get?.("__palette");
  if (saved && Number.isInteger(saved.index) && inputs[saved.index]) return saved.index;
  const matching = inputs.findIndex((input) => matchMedia(colorOf(input).media).matches);
  return Math.max(0, matching);
}

// The root's color-scheme gives the page's own scrollbar and form controls their colours; the
// theme-color meta tints the browser's toolbar on phones. Both follow the header, as in Material.
// A light page needs no color-scheme tag (light is the browser's default), and adding one would
// restyle the whole page.
function updateMetaTags() {
  const header = getComputedStyle(document.querySelector(".md-header"));
  setMeta("theme-color", header.backgroundColor, true);
  setMeta("color-scheme", header.colorScheme, !["normal", "light"].includes(header.colorScheme));
}

function setMeta(name, content, create) {
  let meta = document.head.querySelector(`meta[name="${name}"]`);
  if (!meta && !create) return;
  if (!meta) {
    meta = document.head.appendChild(Object.assign(document.createElement("meta"), { name }));
  }
  if (meta.content !== content) meta.content = content;
}

let current = -1;

function select(index, { switching }) {
  const color = colorOf(inputs[index]);
  const body = document.body;
  const changes = KEYS.filter((key) => body.getAttribute(`data-md-color-${key}`) !== color[key]);
  // A reader's switch changes colours at once, without Material's colour transitions.
  if (switching && changes.length) body.setAttribute("data-md-color-switching", "");
  for (const key of changes) body.setAttribute(`data-md-color-${key}`, color[key]);
  // Only the current scheme's label shows: it switches to the next scheme. Nothing is written
  // that is already so, and no radio is checked here, as with Material: a :checked change
  // restyles everything after the header (Material's drawer and search rules hang on it).
  inputs.forEach((input, i) => {
    const label = input.nextElementSibling;
    if (label instanceof HTMLElement && label.hidden !== (i !== index)) label.hidden = i !== index;
  });
  current = index;
  globalThis.__md_set?.("__palette", { index, color });
  if (switching) {
    updateMetaTags();
    requestAnimationFrame(() => body.removeAttribute("data-md-color-switching"));
  }
}

if (form) {
  select(initialIndex(), { switching: false });
  // The reader's clicks on the visible label check the next input; arrow keys move between them.
  inputs.forEach((input, index) => {
    input.addEventListener("change", () => select(index, { switching: true }));
  });
  // Enter on the focused toggle switches too, as it does with Material's component.
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const next = inputs[(current + 1) % inputs.length];
    next.click();
    next.focus();
  });
  // Off the critical path: once the page is idle, its styles are settled and cheap to read.
  const whenIdle = window.requestIdleCallback || ((callback) => setTimeout(callback, 200));
  whenIdle(updateMetaTags);
}
