// Keyboard access to the boxes that scroll sideways: wide code blocks, tables and formulas.
//
// Such a box scrolls inside the column, so the page never does. A box that scrolls must be
// reachable by keyboard (WCAG 2.1.1), so while it is wider than its column it is a tab stop, and
// only then: the fonts and the width of the screen decide that, not the build. A table or a
// formula also says what it holds (a role and a name). Material gives a code block its tab stop
// itself, by the same rule, but only once the block comes into view (content.lazy keeps long
// pages fast); until then this does, so that Tab can reach a block below the screen.

// Material wraps each table in .md-typeset__scrollwrap; the TeX hook puts a formula in a div.
const BOXES = "article pre > code, article .md-typeset__scrollwrap, article div.arithmatex";
const NAMED = ["role", "aria-label"]; // what a table or formula gets besides its tab stop

function boxName(box) {
  const headers = [...box.querySelectorAll("thead th")].map((th) => th.textContent.trim());
  return headers.length > 0 ? `Table: ${headers.join(", ")}` : "Formula";
}

function update(boxes) {
  const scrolls = boxes.map((box) => box.scrollWidth > box.clientWidth); // every read first …
  boxes.forEach((box, i) => {
    if (scrolls[i] === box.hasAttribute("tabindex")) return;
    const named = box.tagName !== "CODE";
    if (scrolls[i]) {
      box.setAttribute("tabindex", "0");
      if (named) box.setAttribute("role", "region");
      if (named) box.setAttribute("aria-label", boxName(box));
    } else {
      for (const name of ["tabindex", ...(named ? NAMED : [])]) box.removeAttribute(name);
    }
  }); // … then every write: one layout
}

export function watchScrollBoxes() {
  const boxes = [...document.querySelectorAll(BOXES)];
  // A box starts to scroll when it narrows (a smaller screen) or when what it holds widens
  // (other fonts), so both are watched: a table's or a formula's content is one element.
  const resized = new ResizeObserver((entries) => {
    const changed = new Set(entries.map((entry) => entry.target.closest(BOXES)));
    update(boxes.filter((box) => changed.has(box)));
  });
  for (const box of boxes) {
    resized.observe(box);
    if (box.tagName !== "CODE" && box.firstElementChild) resized.observe(box.firstElementChild);
  }
}
