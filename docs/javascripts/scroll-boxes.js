// Keyboard access to the boxes that scroll sideways: wide tables and wide display formulas.
//
// Such a box scrolls inside the column, so the page never does. A box that scrolls must be
// reachable by keyboard (WCAG 2.1.1) and say what it holds, so while it is wider than its column
// it is a named tab stop (tabindex, role and name), and only then: the fonts and the width of the
// screen decide that, not the build. Material gives code blocks the same treatment itself.

// Material wraps each table in .md-typeset__scrollwrap; the TeX hook puts a formula in a div.
const BOXES = "article .md-typeset__scrollwrap, article div.arithmatex";

function boxName(box) {
  const headers = [...box.querySelectorAll("thead th")].map((th) => th.textContent.trim());
  return headers.length > 0 ? `Table: ${headers.join(", ")}` : "Formula";
}

function update(boxes) {
  const scrolls = boxes.map((box) => box.scrollWidth > box.clientWidth); // every read first …
  boxes.forEach((box, i) => {
    if (scrolls[i] === box.hasAttribute("tabindex")) return;
    if (scrolls[i]) {
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", boxName(box));
    } else {
      for (const name of ["tabindex", "role", "aria-label"]) box.removeAttribute(name);
    }
  }); // … then every write: one layout
}

export function watchScrollBoxes() {
  const boxes = [...document.querySelectorAll(BOXES)];
  // A box starts to scroll when it narrows (a smaller screen) or when what it holds widens
  // (other fonts), so both are watched.
  const resized = new ResizeObserver((entries) => {
    const changed = new Set(entries.map((entry) => entry.target.closest(BOXES)));
    update(boxes.filter((box) => changed.has(box)));
  });
  for (const box of boxes) {
    resized.observe(box);
    if (box.firstElementChild) resized.observe(box.firstElementChild);
  }
}
