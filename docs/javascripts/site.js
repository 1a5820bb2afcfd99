// The one script that mkdocs.yml puts on every page; it loads the others.
//
// Every page gets keyboard access to its wide tables and formulas. The playground's module is
// fetched only where a page holds a playground, and a playground is built there: at once on the
// Playground page, whose widget owns the URL hash, and elsewhere when it nears the screen, so
// that it never competes with the page's first paint.

import { watchScrollBoxes } from "./scroll-boxes.js";

// document$ is Material's documented hook for page scripts: it emits once Material has set the
// page up, so the tables are already in their scroll boxes.
document$.subscribe(watchScrollBoxes);

function mountPlayground(root) {
  import("./softmax-playground.js").then((playground) => playground.mountPlayground(root));
}

const nearScreen = new IntersectionObserver(
  (entries, observer) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      mountPlayground(entry.target);
    }
  },
  { rootMargin: "400px 0px" },
);

// Module scripts run after the document is parsed, so every container is already there.
for (const root of document.querySelectorAll("[data-softmax-playground]")) {
  if (root.hasAttribute("data-hash-state")) mountPlayground(root);
  else nearScreen.observe(root);
}
