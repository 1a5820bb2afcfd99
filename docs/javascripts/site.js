// The one script that mkdocs.yml puts on every page; it loads the others.
//
// Every page gets the light/dark toggle and keyboard focus for its code blocks. Only a page that
// holds a softmax playground loads the playground's module: on the other pages its 34 KB would
// share the network with the stylesheets while the page is first drawn.

import "./palette-toggle.js";
import "./code-block-focus.js";

if (document.querySelector("[data-softmax-playground]")) {
  import("./softmax-playground.js");
}
