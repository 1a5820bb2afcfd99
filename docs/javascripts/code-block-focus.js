// Keeps keyboard focus from falling off code blocks.
//
// The build gives every code block tabindex="0" (hooks/code_blocks.py), so a keyboard can scroll
// the blocks that are wider than the page. Material sets each block up only when it first comes
// into view (the content.lazy feature) and then drops the tabindex from a block that fits. When
// Tab itself brought the block into view, the block lost its focus to the page body. So, once
// the page is idle, this drops the tabindex from every block that fits, with Material's own rule,
// before a keyboard gets there; a block that scrolls keeps it.

const hover = matchMedia("(hover)").matches; // Material keeps the tabindex only where it can hover

function dropTabStopsFromBlocksThatFit() {
  // Blocks in a closed <details> are skipped: they cannot take focus, and measuring them would
  // make the browser lay out the hidden content, which is slow.
  const blocks = [...document.querySelectorAll("pre > code[tabindex]")].filter(
    (code) => !code.closest("details:not([open])"),
  );
  const fits = blocks.map((code) => code.scrollWidth <= code.clientWidth); // every read first …
  blocks.forEach((code, i) => {
    if (fits[i] || !hover) code.removeAttribute("tabindex"); // … then every write: one layout
  });
}

const whenIdle = window.requestIdleCallback || ((callback) => setTimeout(callback, 200));
if (document.readyState === "complete") whenIdle(dropTabStopsFromBlocksThatFit);
else addEventListener("load", () => whenIdle(dropTabStopsFromBlocksThatFit), { once: true });
