// The one script that mkdocs.yml puts on every page; it loads the others.
//
// Every page gets the light/dark toggle and keyboard focus for its code blocks. The playground's
// module (34 KB) is fetched only where a page holds a playground: at once on the Playground page,
// whose widget owns the URL hash, and elsewhere when a playground nears the screen, so that it
// never competes with the page's first paint.

import "./palette-toggle.js";
import "./code-block-focus.js";

const playgrounds = [...document.querySelectorAll("[data-softmax-playground]")];
const loadPlayground = () => import("./softmax-playground.js");

if (playgrounds.some((root) => root.hasAttribute("data-hash-state"))) {
  loadPlayground();
} else if (playgrounds.length && !("IntersectionObserver" in window)) {
  loadPlayground();
} else if (playgrounds.length) {
  const nearScreen = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      nearScreen.disconnect();
      loadPlayground();
    },
    { rootMargin: "400px 0px" }, // the same margin as the module's own lazy mounting
  );
  for (const root of playgrounds) nearScreen.observe(root);
}
